package org.accord.exchangelog.merkle;

import static org.accord.exchangelog.merkle.MerkleHasher.HASH_LENGTH;

import java.util.List;

/** Shape checks that every proof verification makes before hashing anything. */
final class ProofChecks {

    private ProofChecks() {
    }

    static void requireHash(byte[] hash, String what) throws InvalidProofException {
        if (hash == null) {
            throw new InvalidProofException(what + " is missing");
        }
        if (hash.length != HASH_LENGTH) {
            throw new InvalidProofException(what + " has " + hash.length + " bytes, a SHA-256 hash has " + HASH_LENGTH);
        }
    }

    static void requireHashes(List<byte[]> proof) throws InvalidProofException {
        if (proof == null) {
            throw new InvalidProofException("the proof is missing (an empty proof is an empty list)");
        }
        for (int i = 0; i < proof.size(); i++) {
            requireHash(proof.get(i), "proof element " + i);
        }
    }
}
