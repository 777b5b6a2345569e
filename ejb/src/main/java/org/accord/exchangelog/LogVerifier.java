package org.accord.exchangelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadVerifier;

/**
 * "Verify now": checks every signed tree head's signature, recomputes every stored entry's leaf hash
 * from its fields, checks that positions run 0, 1, 2, ... without gap or repeat, and that the Merkle
 * root of the first {@code size} entries is the signed root of every head. Names the first bad entry
 * (or, when only a root disagrees, the first entry after the last head that still agrees).
 */
@ApplicationScoped
public class LogVerifier {

    @Inject
    LeafHashStore store;

    @Inject
    ExchangeLogRepository repository;

    @Inject
    SigningKey signingKey;

    public Verification verify() {
        List<SignedTreeHead> heads = repository.treeHeads().stream().map(LogVerifier::signed)
                .sorted(Comparator.comparingLong(SignedTreeHead::size)).toList();
        long size = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).size();
        TreeHeadVerifier signatures = new TreeHeadVerifier(signingKey.publicKey());
        for (SignedTreeHead head : heads) {
            if (!signatures.verify(head)) {
                return Verification.failed(0, size, 0, "the signature of the tree head of size " + head.size()
                        + " is wrong");
            }
        }
        Walk walk = new Walk(heads);
        store.forEachEntry(Long.MAX_VALUE, walk::check);
        if (walk.firstBad == null && walk.count < size) {
            walk.fail(walk.count, "entries from " + walk.count + " on are missing");
        }
        return walk.firstBad == null ? Verification.ok(walk.count, size)
                : Verification.failed(walk.count, size, walk.firstBad, walk.reason);
    }

    private static LogEntry renumbered(LogEntry e, long seq) {
        return new LogEntry(seq, e.time(), e.actor(), e.actorCountry(), e.action(), e.countries(), e.objectType(),
                e.objectId(), e.agreementId(), e.outcome());
    }

    private static SignedTreeHead signed(TreeHead head) {
        Base64.Decoder base64 = Base64.getDecoder();
        return new SignedTreeHead(head.getSize(), base64.decode(head.getRootHash()), head.getAt(),
                base64.decode(head.getSignature()));
    }

    /** One pass over the entries in stored order, comparing roots as it reaches each head's size. */
    private static final class Walk {
        private final CompactRange range = new CompactRange();
        private final EntryEncoder encoder = EntryEncoder.forCurrentThread();
        private final List<SignedTreeHead> heads;
        private int nextHead;
        private long lastGoodHeadSize;
        long count;
        Long firstBad;
        String reason;

        Walk(List<SignedTreeHead> heads) {
            this.heads = heads;
            compareRoots();
        }

        void check(ExchangeLogEntry entry) {
            if (firstBad != null) {
                return;
            }
            if (entry.getSeq() != count) {
                fail(count, entry.getSeq() > count ? "entry " + count + " is missing"
                        : "entry " + entry.getSeq() + " appears again at position " + count);
                return;
            }
            byte[] recomputed = encoder.leafHash(entry.record());
            byte[] stored = Base64.getDecoder().decode(entry.getLeafHash());
            if (!Arrays.equals(recomputed, stored)) {
                explainMismatch(entry, stored);
                return;
            }
            range.append(recomputed);
            count++;
            compareRoots();
        }

        /** A changed entry, or one that was renumbered because an entry before it was inserted or removed. */
        private void explainMismatch(ExchangeLogEntry entry, byte[] stored) {
            if (count > 0 && Arrays.equals(stored, encoder.leafHash(renumbered(entry.record(), count - 1)))) {
                fail(count - 1, "an entry was inserted at position " + (count - 1)
                        + ": the entries after it were moved up by one");
            } else if (Arrays.equals(stored, encoder.leafHash(renumbered(entry.record(), count + 1)))) {
                fail(count, "entry " + count + " holds the entry logged at position " + (count + 1)
                        + ": an entry was removed or entries were reordered");
            } else {
                fail(count, "entry " + count + " was changed: its fields no longer match its leaf hash");
            }
        }

        private void compareRoots() {
            while (firstBad == null && nextHead < heads.size() && heads.get(nextHead).size() == count) {
                SignedTreeHead head = heads.get(nextHead++);
                if (!Arrays.equals(range.root(), head.rootHash())) {
                    fail(lastGoodHeadSize, "the entries from " + lastGoodHeadSize + " to " + (head.size() - 1)
                            + " do not hash to the root signed for size " + head.size());
                }
                lastGoodHeadSize = head.size();
            }
        }

        void fail(long seq, String why) {
            firstBad = seq;
            reason = why;
        }
    }
}
