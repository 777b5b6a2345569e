package org.accord.exchangelog.treehead;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Signs tree heads with the portal's Ed25519 private key (JDK {@code Signature "Ed25519"}, RFC 8032). */
public final class TreeHeadSigner {

    private final PrivateKey key;

    /** @throws IllegalArgumentException if {@code key} is not an Ed25519 private key */
    public TreeHeadSigner(PrivateKey key) {
        try {
            Signature.getInstance("Ed25519").initSign(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 15+ provides Ed25519", e);
        }
        this.key = key;
    }

    /** Signs {@code size} and {@code rootHash} at {@code time}, truncated to milliseconds (what is signed). */
    public SignedTreeHead sign(long size, byte[] rootHash, Instant time) {
        Instant millis = time.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(SignedTreeHead.signedBytes(size, millis, rootHash));
            return new SignedTreeHead(size, rootHash, millis, ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed with a key that was accepted", e);
        }
    }
}
