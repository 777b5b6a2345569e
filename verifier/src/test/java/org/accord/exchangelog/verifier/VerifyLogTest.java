package org.accord.exchangelog.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accord.exchangelog.files.ConsistencyJson;
import org.accord.exchangelog.files.LogFiles;
import org.accord.exchangelog.merkle.ConsistencyProof;
import org.accord.exchangelog.merkle.LeafHashSource;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output, exit codes, options, and the real main in a JVM of its own. */
class VerifyLogTest {

    @TempDir
    Path folder;
    private SampleLog log;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeLog() throws IOException {
        log = SampleLog.write(folder, 1000, 250, 500, 999, 1000);
    }

    @Test
    void anUntouchedLogPrintsEveryCheckAndOk() {
        assertEquals(0, run(folder.toString()));
        List<String> lines = out().lines().toList();
        assertEquals("OK: 1000 entries, 4 tree heads verified", lines.get(lines.size() - 1));
        assertTrue(lines.contains("tree head #2 (size=500, time=" + log.treeHeads.get(1).time() + "): signature valid"), out());
        assertTrue(lines.contains("tree heads size=500 -> size=999: consistent (both roots recomputed from the same entries)"));
    }

    @Test
    void quietPrintsTheVerdictOnly() {
        assertEquals(0, run("-q", folder.toString()));
        assertEquals("OK: 1000 entries, 4 tree heads verified\n", out());
    }

    @Test
    void theZipThePortalServesIsReadLikeAFolder() throws IOException {
        Path zip = folder.resolveSibling(folder.getFileName() + "-log.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of(LogFiles.ENTRIES, LogFiles.TREE_HEADS, LogFiles.PUBLIC_KEY)) {
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                Files.copy(folder.resolve(name), out);
            }
        }
        try {
            assertEquals(0, run("-q", zip.toString()));
            assertEquals("OK: 1000 entries, 4 tree heads verified\n", out());
        } finally {
            Files.delete(zip);
        }
    }

    @Test
    void aTamperedLogFailsWithExitOne() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(LogFiles.ENTRIES));
        lines.set(700, lines.get(700).replace("\"seq\":700", "\"seq\":700,\"actor\":\"x\""));
        Files.write(folder.resolve(LogFiles.ENTRIES), lines);
        assertEquals(1, run(folder.toString()));
        assertTrue(out().endsWith("FAILED: first bad entry seq=700 (line 701 is not a valid entry: member \"actor\" appears twice)\n"), out());
    }

    @Test
    void filesCanBeNamedOneByOne() throws IOException {
        Path key = Files.writeString(folder.resolve("key.txt"), Ed25519Keys.toBase64Der(log.keys.getPublic()));
        Path entries = Files.move(folder.resolve(LogFiles.ENTRIES), folder.resolve("range.jsonl"));
        assertEquals(0, run("--public-key", key.toString(), "--entries", entries.toString(), "--tree-heads",
                folder.resolve(LogFiles.TREE_HEADS).toString(), "--threads", "1", "-q"));
    }

    @Test
    void consistencyProofsAreCheckedWhenGiven() throws IOException {
        LeafHashSource leaves = LeafHashSource.of(log.leafHashes);
        List<ConsistencyJson.Proof> proofs = List.of(
                new ConsistencyJson.Proof(250, 1000, ConsistencyProof.generate(250, 1000, leaves)),
                new ConsistencyJson.Proof(500, 999, ConsistencyProof.generate(500, 999, leaves)));
        Files.write(folder.resolve(LogFiles.CONSISTENCY), ConsistencyJson.write(proofs));
        assertEquals(0, run(folder.toString()));
        assertTrue(out().contains("consistency proof #2 (size=500 -> size=999): valid"), out());

        List<byte[]> damaged = new java.util.ArrayList<>(proofs.get(1).proof());
        damaged.remove(0);
        Files.write(folder.resolve(LogFiles.CONSISTENCY), ConsistencyJson.write(List.of(proofs.get(0),
                new ConsistencyJson.Proof(500, 999, damaged))));
        out.reset();
        assertEquals(1, run(folder.toString()));
        assertTrue(out().endsWith("FAILED: consistency proof #2 (size=500 -> size=999): the proof lacks elements for"
                + " sizes 500 and 999\n"), out());
    }

    @Test
    void unreadableInputExitsTwo() throws IOException {
        Files.delete(folder.resolve(LogFiles.PUBLIC_KEY));
        assertEquals(2, run(folder.toString()));
        assertTrue(err().contains("cannot read the public key"), err());
        assertEquals("UNREADABLE: nothing verified\n", out());

        Files.writeString(folder.resolve(LogFiles.PUBLIC_KEY), Ed25519Keys.toPem(log.keys.getPublic()));
        Files.writeString(folder.resolve(LogFiles.TREE_HEADS), "[{\"size\":1,");
        assertEquals(2, run(folder.toString()));
        assertTrue(err().contains("cannot read the tree heads"), err());
    }

    @Test
    void badUsageExitsTwoAndHelpExitsZero() {
        assertEquals(2, run("--threads", "zero", folder.toString()));
        assertEquals(2, run("--bogus"));
        assertEquals(2, run("one", "two"));
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: java -jar accord-verifier.jar [options] [FOLDER | BUNDLE.zip]"), out());
    }

    @Test
    void theMainRunsInAJvmOfItsOwn() throws Exception {
        Path classes = Path.of(VerifyLog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), VerifyLog.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.endsWith("OK: 1000 entries, 4 tree heads verified\n"), output);
    }

    private int run(String... args) {
        return VerifyLog.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
