package org.accord.exchangelog.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.files.DossierJson;
import org.accord.exchangelog.merkle.InclusionProof;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier's machine-readable part ({@code dossier.jsonl}) of three entries of a 1000-entry log verifies
 * alone; a changed field, a wrong position, a proof of another entry, a forged tree head and a foreign key
 * each fail, naming the first bad entry.
 */
class DossierVerifierTest {

    private static final long[] SEQS = {10, 17, 500};

    @TempDir
    Path folder;
    private SampleLog log;
    private Path dossier;

    @BeforeEach
    void writeDossier() throws IOException {
        log = SampleLog.write(folder, 1000, 1000);
        dossier = folder.resolve(DossierJson.FILE_NAME);
        write(header(log.treeHeads.get(0)), entryLines());
    }

    @Test
    void anIntactDossierVerifies() throws Exception {
        DossierVerifier.Report report = verify(true);
        assertEquals("OK: 3 entries of the dossier verified against the signed tree head size=1000", report.summary(),
                String.join("\n", report.checks()));
        assertTrue(report.checks().contains("entries: 3 (seq 10..500), each hashes to its leaf hash and its audit path"
                + " leads to the root signed for size 1000"), report.checks().toString());
    }

    @Test
    void withoutThePublishedKeyItSaysWhoseKeyItUsed() throws Exception {
        DossierVerifier.Report report = verify(false);
        assertTrue(report.ok(), report.summary());
        assertTrue(report.checks().stream().anyMatch(c -> c.startsWith("public key: Ed25519, taken from the dossier")));
    }

    @Test
    void aChangedFieldIsNamed() throws Exception {
        List<String> lines = entryLines();
        lines.set(1, lines.get(1).replace("\"objectId\":\"ev-17\"", "\"objectId\":\"ev-71\""));
        write(header(log.treeHeads.get(0)), lines);
        assertFailure(17, "do not hash to the leaf hash printed");
    }

    @Test
    void anEntryMovedToAnotherPositionIsNamed() throws Exception {
        List<String> lines = entryLines();
        // the entry claims seq 18, with a hash recomputed to match, but its audit path is that of seq 17
        String moved = lines.get(1).replace("\"seq\":17,", "\"seq\":18,");
        byte[] hash = new EntryEncoder().leafHash(renumbered(SampleLog.entry(17), 18));
        lines.set(1, moved.replaceAll("\"leafHash\":\"[^\"]+\"", "\"leafHash\":\""
                + java.util.Base64.getEncoder().encodeToString(hash) + "\""));
        write(header(log.treeHeads.get(0)), lines);
        assertFailure(18, "audit path does not lead to the signed root");
    }

    @Test
    void entriesOutOfOrderAreNamed() throws Exception {
        List<String> lines = entryLines();
        lines.add(lines.remove(0));
        write(header(log.treeHeads.get(0)), lines);
        assertFailure(10, "out of order");
    }

    @Test
    void aForgedTreeHeadFails() throws Exception {
        SignedTreeHead signed = log.treeHeads.get(0);
        SignedTreeHead forged = new SignedTreeHead(999, signed.rootHash(), signed.time(), signed.signature());
        write(header(forged), entryLines());
        DossierVerifier.Report report = verify(true);
        assertTrue(report.summary().startsWith("FAILED: tree head (size=999"), report.summary());
    }

    @Test
    void aDossierSignedWithAnotherKeyThanThePortalsFails() throws Exception {
        Files.writeString(folder.resolve("other.pem"), Ed25519Keys.toPem(SampleLog.newKeys().getPublic()));
        DossierVerifier.Report report = new DossierVerifier().verify(
                new DossierVerifier.Inputs(dossier, folder.resolve("other.pem")));
        assertTrue(report.summary().contains("not the portal's key"), report.summary());
    }

    @Test
    void theCommandLineExitsWithTheVerdict() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyLog.run(new String[] {"verify-dossier", "--public-key",
            folder.resolve("public-key.pem").toString(), dossier.toString()}, new PrintStream(out), System.err);
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
        List<String> lines = entryLines();
        lines.set(2, lines.get(2).replace("\"seq\":500,", "\"seq\":501,"));
        write(header(log.treeHeads.get(0)), lines);
        out.reset();
        status = VerifyLog.run(new String[] {"verify-dossier", "-q", dossier.toString()}, new PrintStream(out), System.err);
        assertEquals(1, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("FAILED: first bad entry seq=501"),
                out.toString(StandardCharsets.UTF_8));
    }

    private static org.accord.exchangelog.entry.LogEntry renumbered(org.accord.exchangelog.entry.LogEntry e, long seq) {
        return new org.accord.exchangelog.entry.LogEntry(seq, e.time(), e.actor(), e.actorCountry(), e.action(),
                e.countries(), e.objectType(), e.objectId(), e.agreementId(), e.outcome());
    }

    private void assertFailure(long seq, String why) throws Exception {
        DossierVerifier.Report report = verify(true);
        Failure failure = report.failure().orElseThrow(() -> new AssertionError(report.summary()));
        assertEquals(seq, failure.firstBadSeq(), report.summary());
        assertTrue(failure.reason().contains(why), report.summary());
    }

    private DossierVerifier.Report verify(boolean withKey) throws UnreadableInputException {
        return new DossierVerifier().verify(new DossierVerifier.Inputs(dossier,
                withKey ? folder.resolve("public-key.pem") : null));
    }

    private byte[] header(SignedTreeHead head) {
        return DossierJson.header(new DossierJson.Header("One exchange", "objectId=x", "all", "int-auditor (INT)",
                Instant.parse("2027-01-01T00:00:00Z"), 1000, head, Ed25519Keys.toBase64Der(log.keys.getPublic())));
    }

    private List<String> entryLines() throws IOException {
        List<String> lines = new ArrayList<>();
        EntryEncoder encoder = new EntryEncoder();
        for (long seq : SEQS) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            String leafHash = java.util.Base64.getEncoder().encodeToString(log.leafHashes.get((int) seq));
            DossierJson.writeEntry(line, encoder, SampleLog.entry(seq), leafHash,
                    InclusionProof.generate(seq, log.leafHashes));
            lines.add(line.toString(StandardCharsets.UTF_8).strip());
        }
        return lines;
    }

    private void write(byte[] header, List<String> lines) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(header);
        for (String line : lines) {
            file.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dossier, file.toByteArray());
    }
}
