package org.accord.exchangelog.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.accord.exchangelog.files.ConsistencyJson;
import org.accord.exchangelog.files.FrontierJson;
import org.accord.exchangelog.files.LogFiles;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadVerifier;

/**
 * Verifies a downloaded exchange log with no access to the portal: tree head signatures and order
 * ({@link TreeHeadCheck}), then all entries in one streaming pass ({@link EntryStreamCheck}), then the
 * optional consistency proofs ({@link ConsistencyCheck}). The verdict names the first bad entry when there
 * is one, otherwise the first bad tree head or proof.
 */
public final class LogVerifier {

    /**
     * Where the input files are; {@code consistency} and {@code frontier} may be null (the entries then
     * start at seq 0).
     */
    public record Inputs(Path entries, Path treeHeads, Path publicKey, Path consistency, Path frontier) {

        /** The files of a folder by their usual names ({@link LogFiles}); the optional ones if they exist. */
        public static Inputs inFolder(Path folder) {
            return new Inputs(folder.resolve(LogFiles.ENTRIES), folder.resolve(LogFiles.TREE_HEADS),
                    folder.resolve(LogFiles.PUBLIC_KEY), ifExists(folder.resolve(LogFiles.CONSISTENCY)),
                    ifExists(folder.resolve(LogFiles.FRONTIER)));
        }

        private static Path ifExists(Path file) {
            return Files.exists(file) ? file : null;
        }
    }

    private final int threads;

    /** A verifier parsing and hashing on one worker per processor (at most 8). */
    public LogVerifier() {
        this(EntryBatchReader.defaultThreads());
    }

    public LogVerifier(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.threads = threads;
    }

    public VerificationReport verify(Inputs inputs) throws UnreadableInputException {
        return verify(inputs, line -> { });
    }

    /** Verifies, handing each check's line to {@code progress} as soon as it is known. */
    public VerificationReport verify(Inputs inputs, Consumer<String> progress) throws UnreadableInputException {
        List<String> checks = new ArrayList<>();
        Consumer<String> out = line -> {
            checks.add(line);
            progress.accept(line);
        };
        TreeHeadVerifier verifier = new TreeHeadVerifier(read(inputs.publicKey(), "public key", Ed25519Keys::read));
        out.accept("public key: Ed25519, from " + inputs.publicKey());
        List<SignedTreeHead> treeHeads = read(inputs.treeHeads(), "tree heads", TreeHeadsJson::read);
        List<ConsistencyJson.Proof> proofs = inputs.consistency() == null ? List.of()
                : read(inputs.consistency(), "consistency proofs", text -> ConsistencyJson.read(text.getBytes(StandardCharsets.UTF_8)));

        FrontierJson.Frontier frontier = inputs.frontier() == null ? null
                : read(inputs.frontier(), "frontier", text -> FrontierJson.read(text.getBytes(StandardCharsets.UTF_8)));

        TreeHeadCheck.Result heads = TreeHeadCheck.check(treeHeads, verifier, out);
        EntryStreamCheck.Result entries;
        try (EntryBatchReader reader = new EntryBatchReader(Files.newInputStream(inputs.entries()), threads)) {
            entries = new EntryStreamCheck(heads.trusted(), frontier, out).run(reader);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableInputException("cannot read the entries " + inputs.entries() + ": " + e.getMessage(), e);
        }
        Failure proofFailure = ConsistencyCheck.check(proofs, heads.trusted(), out);

        Failure failure = entries.failure() != null ? entries.failure()
                : heads.failure() != null ? heads.failure() : proofFailure;
        return new VerificationReport(checks, entries.verifiedEntries(), entries.leafOnly(),
                entries.treeHeadsMatched(), Optional.ofNullable(failure));
    }

    private interface Reader<T> {
        T read(String text);
    }

    private static <T> T read(Path file, String what, Reader<T> reader) throws UnreadableInputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read the " + what + " " + file + ": " + e, e);
        }
        try {
            return reader.read(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("cannot read the " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
