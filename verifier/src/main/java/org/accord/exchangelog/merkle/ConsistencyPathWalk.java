package org.accord.exchangelog.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Steps 2 to 7 of RFC 9162 §2.1.4.2 on a well-formed proof ({@code 0 < size1 < size2}, every hash 32
 * bytes, at least one element): rebuild the old root ({@code fr}) and the new root ({@code sr}) at once.
 */
final class ConsistencyPathWalk {

    private final long size1;
    private final long size2;
    private final byte[] root1;
    private final byte[] root2;

    ConsistencyPathWalk(long size1, long size2, byte[] root1, byte[] root2) {
        this.size1 = size1;
        this.size2 = size2;
        this.root1 = root1;
        this.root2 = root2;
    }

    void walk(List<byte[]> proof) throws InvalidProofException {
        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        // step 2: when the old tree is a perfect subtree of the new one, its root is the path's first node
        boolean oldRootFirst = TreeShape.isPowerOfTwo(size1);
        int elements = proof.size() + (oldRootFirst ? 1 : 0);
        long fn = size1 - 1; // step 3
        long sn = size2 - 1;
        while ((fn & 1) == 1) { // step 4: climb to the largest perfect subtree the old tree ends with
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] first = oldRootFirst ? root1 : proof.get(0); // step 5
        byte[] fr = first.clone();
        byte[] sr = first.clone();
        for (int i = 1; i < elements; i++) { // step 6
            byte[] c = proof.get(oldRootFirst ? i - 1 : i);
            if (sn == 0) {
                throw new InvalidProofException("the proof has more elements than sizes " + size1 + " and "
                        + size2 + " need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                hasher.nodeHash(c, fr, fr);
                hasher.nodeHash(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                hasher.nodeHash(sr, c, sr);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) { // step 7
            throw new InvalidProofException("the proof lacks elements for sizes " + size1 + " and " + size2);
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new InvalidProofException("the proof does not rebuild root hash 1 (tree of " + size1 + ")");
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new InvalidProofException("the proof does not rebuild root hash 2 (tree of " + size2 + ")");
        }
    }
}
