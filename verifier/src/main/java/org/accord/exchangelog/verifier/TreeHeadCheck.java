package org.accord.exchangelog.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadVerifier;

/**
 * Checks the signed tree heads among themselves: every signature against the portal's key, one root per
 * size (two signed roots for one size would mean the portal showed two different logs, a "fork"), and
 * time growing with size. Only tree heads with a valid signature are trusted for the entry checks.
 */
final class TreeHeadCheck {

    /** The trusted tree heads, by increasing size, one per size; and the first problem, or null. */
    record Result(List<SignedTreeHead> trusted, Failure failure) {
    }

    private TreeHeadCheck() {
    }

    static Result check(List<SignedTreeHead> treeHeads, TreeHeadVerifier verifier, Consumer<String> out) {
        if (treeHeads.isEmpty()) {
            out.accept("tree heads: none given");
            return new Result(List.of(), Failure.ofTreeHeads("no signed tree head to verify the entries against"));
        }
        Failure failure = null;
        List<SignedTreeHead> valid = new ArrayList<>();
        for (int i = 0; i < treeHeads.size(); i++) {
            SignedTreeHead head = treeHeads.get(i);
            String name = "tree head #" + (i + 1) + " (size=" + head.size() + ", time=" + head.time() + ")";
            if (verifier.verify(head)) {
                out.accept(name + ": signature valid");
                valid.add(head);
            } else {
                out.accept(name + ": signature INVALID");
                if (failure == null) {
                    failure = Failure.ofTreeHeads(name + ": the signature does not verify with the public key"
                            + " (the tree head was altered, or signed with another key)");
                }
            }
        }
        valid.sort(Comparator.comparingLong(SignedTreeHead::size));
        List<SignedTreeHead> trusted = new ArrayList<>();
        for (SignedTreeHead head : valid) {
            SignedTreeHead previous = trusted.isEmpty() ? null : trusted.get(trusted.size() - 1);
            if (previous != null && previous.size() == head.size()) {
                if (!Arrays.equals(previous.rootHash(), head.rootHash())) {
                    out.accept("tree heads of size " + head.size() + ": two different roots signed");
                    failure = first(failure, Failure.ofTreeHeads("two signed tree heads of size " + head.size()
                            + " have different roots: the portal signed two versions of the log"));
                }
                continue;
            }
            if (previous != null && head.time().isBefore(previous.time())) {
                out.accept("tree head size=" + head.size() + ": signed before the smaller tree head size=" + previous.size());
                failure = first(failure, Failure.ofTreeHeads("tree head size=" + head.size() + " is signed at "
                        + head.time() + ", before the smaller tree head size=" + previous.size() + " at " + previous.time()));
            }
            trusted.add(head);
        }
        return new Result(trusted, failure);
    }

    private static Failure first(Failure earlier, Failure later) {
        return earlier != null ? earlier : later;
    }
}
