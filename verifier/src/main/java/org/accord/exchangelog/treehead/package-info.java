/**
 * Signed tree heads: the portal's Ed25519 signature over a tree size, its Merkle root and a time, which
 * commits the portal to the log's content up to that size (the role of the STH in RFC 9162 §4.10).
 * The signed bytes are specified in {@code docs/exchange-log-format.md}.
 */
package org.accord.exchangelog.treehead;
