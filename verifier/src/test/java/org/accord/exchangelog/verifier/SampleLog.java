package org.accord.exchangelog.verifier;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.EntryLineWriter;
import org.accord.exchangelog.files.LogFiles;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadSigner;

/**
 * A synthetic exchange log, as the portal would serve it for download: entries of varied shape (optional
 * fields present or not, non-ASCII and characters that need escaping), signed tree heads at chosen sizes
 * under a fresh Ed25519 key. Streams, so it also makes the million-entry benchmark input.
 */
final class SampleLog {

    private static final String[] ACTIONS = {"request.sent", "request.acknowledged", "request.answered",
        "report.shared", "report.read.refused", "evidence.downloaded", "agreement.ratified"};
    private static final String[] COUNTRIES = {"CN", "US", "DE", "FR", "BR", "INT", "KE"};
    private static final String[] ACTORS = {"li.wei", "j.smith", "José Müller", "o'brien \"auditor\"", "李伟",
        "tab\there"};
    private static final Instant START = Instant.parse("2026-11-29T08:00:00.000000Z");

    final KeyPair keys;
    final List<SignedTreeHead> treeHeads = new ArrayList<>();
    /** The leaf hashes, kept for logs of up to 100,000 entries (for proofs in tests). */
    final List<byte[]> leafHashes = new ArrayList<>();

    private SampleLog(KeyPair keys) {
        this.keys = keys;
    }

    static KeyPair newKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entry at {@code seq}: deterministic, every seventh without agreement, every fifth with an outcome. */
    static LogEntry entry(long seq) {
        int i = (int) (seq % 1_000_003);
        return LogEntry.builder()
                .seq(seq)
                .time(START.plusNanos(seq * 1_234_567_000L))
                .actor(ACTORS[i % ACTORS.length])
                .actorCountry(COUNTRIES[i % COUNTRIES.length])
                .action(ACTIONS[i % ACTIONS.length])
                .countries(COUNTRIES[i % COUNTRIES.length], COUNTRIES[(i / 7 + 1 + i) % COUNTRIES.length])
                .objectType(i % 2 == 0 ? "request" : "evidence")
                .objectId((i % 2 == 0 ? "req-" : "ev-") + seq)
                .agreementId(i % 7 == 0 ? null : "agr-" + (i % 40))
                .outcome(i % 5 == 0 ? "refused: TLP:RED needs an agreement of level 3" : null)
                .build();
    }

    /** Writes {@code entries} entries with tree heads at {@code treeHeadSizes} (ascending) into {@code folder}. */
    static SampleLog write(Path folder, long entries, long... treeHeadSizes) throws IOException {
        SampleLog log = new SampleLog(newKeys());
        TreeHeadSigner signer = new TreeHeadSigner(log.keys.getPrivate());
        CompactRange tree = new CompactRange();
        int next = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(LogFiles.ENTRIES)), 1 << 16)) {
            EntryLineWriter lines = new EntryLineWriter(out);
            for (long seq = 0; seq <= entries; seq++) {
                while (next < treeHeadSizes.length && treeHeadSizes[next] == seq) {
                    log.treeHeads.add(signer.sign(seq, tree.root(), START.plusSeconds(3_600L * 24 * 365 + next)));
                    next++;
                }
                if (seq < entries) {
                    byte[] leafHash = lines.write(entry(seq));
                    tree.append(leafHash);
                    if (entries <= 100_000) {
                        log.leafHashes.add(leafHash);
                    }
                }
            }
        }
        Files.write(folder.resolve(LogFiles.TREE_HEADS), TreeHeadsJson.write(log.treeHeads));
        Files.writeString(folder.resolve(LogFiles.PUBLIC_KEY), Ed25519Keys.toPem(log.keys.getPublic()));
        return log;
    }
}
