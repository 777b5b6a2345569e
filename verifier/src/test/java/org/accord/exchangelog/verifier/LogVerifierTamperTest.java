package org.accord.exchangelog.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.EntryLineWriter;
import org.accord.exchangelog.files.LogFiles;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log of 1000 entries with tree heads at 1, 100, 256, 500, 999 and 1000 verifies; each kind of tampering
 * the issue names (a field changed, a line deleted, two swapped, one inserted, a root changed, a signature
 * corrupted) fails and names the first bad entry or tree head.
 */
class LogVerifierTamperTest {

    private static final int ENTRIES = 1000;

    @TempDir
    Path folder;
    private SampleLog log;

    @BeforeEach
    void writeLog() throws IOException {
        log = SampleLog.write(folder, ENTRIES, 1, 100, 256, 500, 999, 1000);
    }

    @Test
    void anUntouchedLogVerifies() throws Exception {
        VerificationReport report = verify();
        assertEquals("OK: 1000 entries, 6 tree heads verified", report.summary(), String.join("\n", report.checks()));
        assertTrue(report.checks().contains("tree head size=256: root matches entries 0..255"), report.checks().toString());
        assertTrue(report.checks().contains("entries: 1000 claimed leaf hashes equal the ones recomputed from the fields"));
    }

    @Test
    void aFieldChangedInPlaceIsNamedByItsClaimedHash() throws Exception {
        List<String> lines = lines();
        lines.set(300, lines.get(300).replace("\"objectId\":\"req-300\"", "\"objectId\":\"req-301\""));
        write(lines);
        assertFailure(300, 300, "do not hash to the leafHash", verify());
    }

    @Test
    void aFieldChangedWithARecomputedHashIsNamedByTheTreeHeads() throws Exception {
        List<String> lines = lines();
        LogEntry original = SampleLog.entry(300);
        lines.set(300, line(LogEntry.builder().seq(300).time(original.time()).actor(original.actor())
                .actorCountry(original.actorCountry()).action("report.read.refused").countries(original.countries())
                .objectType(original.objectType()).objectId(original.objectId()).build()));
        write(lines);
        assertFailure(256, 499, "differs from the signed tree head size=500; entries 0..255 match", verify());
    }

    @Test
    void aDeletedLineIsNamed() throws Exception {
        List<String> lines = lines();
        lines.remove(400);
        write(lines);
        assertFailure(400, 400, "seq=400 is missing: line 401 jumps from seq=399 to seq=401", verify());
    }

    @Test
    void aDeletedLastLineIsNamed() throws Exception {
        List<String> lines = lines();
        lines.remove(999);
        write(lines);
        assertFailure(999, 999, "the entries end at seq=998", verify());
    }

    @Test
    void swappedLinesAreNamed() throws Exception {
        List<String> lines = lines();
        String line200 = lines.get(200);
        lines.set(200, lines.get(600));
        lines.set(600, line200);
        write(lines);
        assertFailure(200, 200, "out of order: line 201 holds seq=600 where seq=200 belongs, and seq=200 is on line 601",
                verify());
    }

    @Test
    void anInsertedLineIsNamed() throws Exception {
        List<String> lines = lines();
        LogEntry forged = LogEntry.builder().seq(500).time(SampleLog.entry(500).time()).actor("mallory")
                .actorCountry("US").action("request.answered").countries("CN", "US").objectType("request")
                .objectId("req-forged").build();
        lines.add(500, line(forged)); // with its own, correct leaf hash: only its seq gives it away
        write(lines);
        assertFailure(500, 500, "seq=500 is on both line 501 and line 502: an entry was inserted", verify());
    }

    @Test
    void anInsertedLineWithTheRestRenumberedIsNamedByTheTreeHeads() throws Exception {
        List<String> lines = new ArrayList<>(lines().subList(0, 120));
        lines.add(line(LogEntry.builder().seq(120).time(Instant.parse("2026-12-01T00:00:00Z")).actor("mallory")
                .actorCountry("US").action("request.answered").countries("US").objectType("request")
                .objectId("req-forged").build()));
        for (long seq = 121; seq <= ENTRIES; seq++) {
            LogEntry shifted = SampleLog.entry(seq - 1);
            lines.add(line(LogEntry.builder().seq(seq).time(shifted.time()).actor(shifted.actor())
                    .actorCountry(shifted.actorCountry()).action(shifted.action()).countries(shifted.countries())
                    .objectType(shifted.objectType()).objectId(shifted.objectId()).agreementId(shifted.agreementId())
                    .outcome(shifted.outcome()).build()));
        }
        write(lines);
        assertFailure(100, 255, "the root of entries 0..255 differs", verify());
    }

    @Test
    void aMalformedLineIsNamed() throws Exception {
        List<String> lines = lines();
        lines.set(42, lines.get(42).replace("\"seq\":42", "\"seq\":42,\"note\":\"unhashed\""));
        write(lines);
        assertFailure(42, 42, "line 43 is not a valid entry: unknown member \"note\"", verify());
    }

    @Test
    void aChangedTreeHeadRootIsNamed() throws Exception {
        List<SignedTreeHead> heads = new ArrayList<>(log.treeHeads);
        SignedTreeHead head = heads.get(3);
        byte[] root = head.rootHash();
        root[0] ^= 1;
        heads.set(3, new SignedTreeHead(head.size(), root, head.time(), head.signature()));
        Files.write(folder.resolve(LogFiles.TREE_HEADS), TreeHeadsJson.write(heads));
        VerificationReport report = verify();
        assertEquals("FAILED: tree head #4 (size=500, time=" + head.time() + "): the signature does not verify with"
                + " the public key (the tree head was altered, or signed with another key)", report.summary());
    }

    @Test
    void aCorruptedSignatureIsNamed() throws Exception {
        List<SignedTreeHead> heads = new ArrayList<>(log.treeHeads);
        SignedTreeHead head = heads.get(5);
        byte[] signature = head.signature();
        signature[10] ^= 0x40;
        heads.set(5, new SignedTreeHead(head.size(), head.rootHash(), head.time(), signature));
        Files.write(folder.resolve(LogFiles.TREE_HEADS), TreeHeadsJson.write(heads));
        VerificationReport report = verify();
        assertTrue(report.summary().startsWith("FAILED: tree head #6 (size=1000"), report.summary());
        assertTrue(report.checks().contains("tree head size=999: root matches entries 0..998"), "the others still count");
    }

    @Test
    void twoSignedRootsForOneSizeAreAFork() throws Exception {
        List<SignedTreeHead> heads = new ArrayList<>(log.treeHeads);
        heads.add(new TreeHeadSigner(log.keys.getPrivate()).sign(256, new byte[32], Instant.parse("2027-12-01T00:00:00Z")));
        Files.write(folder.resolve(LogFiles.TREE_HEADS), TreeHeadsJson.write(heads));
        assertEquals("FAILED: two signed tree heads of size 256 have different roots: the portal signed two versions"
                + " of the log", verify().summary());
    }

    @Test
    void anEmptyLogVerifiesAgainstTheEmptyTreeHead() throws Exception {
        SampleLog.write(folder, 0, 0);
        VerificationReport report = verify();
        assertEquals("OK: 0 entries, 1 tree heads verified", report.summary(), String.join("\n", report.checks()));
        assertTrue(report.checks().contains("tree head size=0: root matches the empty tree"), report.checks().toString());
        assertTrue(report.checks().contains("entries: none"), report.checks().toString());
    }

    @Test
    void entriesBeyondTheNewestTreeHeadAreCheckedButNotCounted() throws Exception {
        SampleLog.write(folder, 120, 100);
        VerificationReport report = verify();
        assertEquals("OK: 100 entries, 1 tree heads verified", report.summary());
        assertTrue(report.checks().contains("entries: seq 100..119 come after the newest signed tree head: not covered"
                + " by a signature yet"), report.checks().toString());
    }

    private VerificationReport verify() throws UnreadableInputException {
        return new LogVerifier(2).verify(LogVerifier.Inputs.inFolder(folder));
    }

    private static void assertFailure(long first, long last, String reasonPart, VerificationReport report) {
        String context = report.summary() + "\n" + String.join("\n", report.checks());
        assertTrue(report.failure().isPresent(), context);
        assertEquals(first, report.failure().get().firstBadSeq(), context);
        assertEquals(last, report.failure().get().lastBadSeq(), context);
        assertTrue(report.failure().get().reason().contains(reasonPart), context);
        String seq = first == last ? "seq=" + first : "seq in " + first + ".." + last;
        assertTrue(report.summary().startsWith("FAILED: first bad entry " + seq + " ("), context);
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(folder.resolve(LogFiles.ENTRIES)));
    }

    private void write(List<String> lines) throws IOException {
        Files.write(folder.resolve(LogFiles.ENTRIES), lines);
    }

    private static String line(LogEntry entry) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new EntryLineWriter(out).write(entry);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }
}
