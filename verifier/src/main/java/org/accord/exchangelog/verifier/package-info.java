/**
 * The offline verifier of the exchange log: given the downloaded entries, signed tree heads and the
 * portal's public key, it checks every signature, recomputes every leaf hash and every signed root, and
 * names the first bad entry when an entry was changed, removed, reordered or inserted. {@link
 * org.accord.exchangelog.verifier.VerifyLog} is the command line; {@link
 * org.accord.exchangelog.verifier.LogVerifier} the API the portal's "verify now" can share.
 */
package org.accord.exchangelog.verifier;
