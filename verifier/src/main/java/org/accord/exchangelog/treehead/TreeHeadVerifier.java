package org.accord.exchangelog.treehead;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PublicKey;
import java.security.Signature;

/** Checks tree head signatures against the portal's published Ed25519 public key. */
public final class TreeHeadVerifier {

    private final PublicKey key;

    /** @throws IllegalArgumentException if {@code key} is not an Ed25519 public key */
    public TreeHeadVerifier(PublicKey key) {
        try {
            Signature.getInstance("Ed25519").initVerify(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 15+ provides Ed25519", e);
        }
        this.key = key;
    }

    /** A verifier for the key given as base64 of its X.509 SubjectPublicKeyInfo DER (as the API publishes it). */
    public static TreeHeadVerifier fromBase64Der(String base64) {
        return new TreeHeadVerifier(Ed25519Keys.fromBase64Der(base64));
    }

    /** Whether the tree head's signature is this key's over its {@link SignedTreeHead#signedBytes()}. */
    public boolean verify(SignedTreeHead treeHead) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(treeHead.signedBytes());
            return ed25519.verify(treeHead.signature());
        } catch (java.security.SignatureException e) {
            return false; // a signature of the wrong length or shape is simply not valid
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification failed with a key that was accepted", e);
        }
    }
}
