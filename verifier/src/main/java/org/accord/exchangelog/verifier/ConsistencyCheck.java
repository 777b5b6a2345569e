package org.accord.exchangelog.verifier;

import java.util.List;
import java.util.function.Consumer;
import org.accord.exchangelog.files.ConsistencyJson;
import org.accord.exchangelog.merkle.ConsistencyProof;
import org.accord.exchangelog.merkle.InvalidProofException;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * Checks the optional consistency proofs (RFC 9162 §2.1.4.2) against the roots of the trusted tree heads
 * of their two sizes. With all entries at hand, recomputing the roots already proves consistency; the
 * proofs matter to whoever keeps only tree heads, and checking them here catches a portal that serves
 * wrong ones.
 */
final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /** The first proof that fails, or null. */
    static Failure check(List<ConsistencyJson.Proof> proofs, List<SignedTreeHead> trusted, Consumer<String> out) {
        Failure failure = null;
        for (int i = 0; i < proofs.size(); i++) {
            ConsistencyJson.Proof proof = proofs.get(i);
            String name = "consistency proof #" + (i + 1) + " (size=" + proof.size1() + " -> size=" + proof.size2() + ")";
            SignedTreeHead from = bySize(trusted, proof.size1());
            SignedTreeHead to = bySize(trusted, proof.size2());
            String problem;
            if (from == null || to == null) {
                problem = "no trusted tree head of size " + (from == null ? proof.size1() : proof.size2());
            } else {
                try {
                    ConsistencyProof.verify(proof.size1(), proof.size2(), from.rootHash(), to.rootHash(), proof.proof());
                    problem = null;
                } catch (InvalidProofException e) {
                    problem = e.getMessage();
                }
            }
            out.accept(name + (problem == null ? ": valid" : ": INVALID, " + problem));
            if (problem != null && failure == null) {
                failure = Failure.ofTreeHeads(name + ": " + problem);
            }
        }
        return failure;
    }

    private static SignedTreeHead bySize(List<SignedTreeHead> trusted, long size) {
        return trusted.stream().filter(head -> head.size() == size).findFirst().orElse(null);
    }
}
