package org.accord.exchangelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.DossierJson;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadSigner;
import org.accord.exchangelog.verifier.DossierVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a dossier of a few synthetic entries and reads it back as text, the way an outsider would:
 * every leaf hash, every audit path hash, the root, the signature and the public key must come out whole.
 */
class DossierWriterTest {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final int TREE_SIZE = 13;
    private static final String KEY = "MCowBQYDK2VwAyEAYFs2IlH9GNsHiejTA0Mx70VcDzTY6fph1CGtY3hgLDE=";
    private static final int[] SHOWN = {2, 5, 7, 12};

    @TempDir
    Path folder;

    @Test
    void everyHashComesOutWholeWithOpenPdfsExtractor() throws Exception {
        Rendered dossier = render();
        String text = openPdfText(dossier.pdf());
        dossier.expected().forEach(hash -> assertTrue(text.contains(hash), () -> hash + " not in:\n" + text));
        assertTrue(text.contains("How to verify this dossier offline"));
        assertTrue(text.contains("4 entries."));
    }

    @Test
    void everyHashComesOutWholeWithPdftotext() throws Exception {
        Rendered dossier = render();
        String text = pdftotext(dossier.pdf());
        if (text == null) {
            System.err.println("pdftotext (poppler-utils) is not installed: checked with OpenPDF's extractor only");
            return;
        }
        dossier.expected().forEach(hash -> assertTrue(text.contains(hash), () -> hash + " not in:\n" + text));
        assertTrue(text.contains("cn-auditor (CN)"));
        assertTrue(text.contains("\\u674E\\u4F1F (CN)"), "a name outside Latin-1 is escaped:\n" + text);
    }

    @Test
    void anEntryChangedAfterItWasLoggedIsFlagged() throws Exception {
        LogEntry entry = entry(0);
        LogEntry changed = new LogEntry(0, entry.time(), "someone-else", "CN", entry.action(), entry.countries(),
                entry.objectType(), entry.objectId(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DossierWriter writer = new DossierWriter(out, cover(new byte[32], new byte[64], KEY))) {
            writer.add(changed, BASE64.encodeToString(EntryEncoder.forCurrentThread().leafHash(entry)), List.of());
            writer.finish();
        }
        String text = openPdfText(out.toByteArray());
        assertTrue(text.contains("WARNING"), text);
        assertFalse(openPdfText(render().pdf()).contains("WARNING"));
    }

    @Test
    void theAttachedMachineReadablePartVerifiesAlone() throws Exception {
        Path pdf = Files.write(folder.resolve("dossier.pdf"), render().pdf());
        DossierVerifier.Report report = new DossierVerifier().verify(new DossierVerifier.Inputs(pdf, null));
        assertTrue(report.ok(), String.join("\n", report.checks()) + "\n" + report.summary());
        assertEquals("OK: 4 entries of the dossier verified against the signed tree head size=" + TREE_SIZE,
                report.summary());
        assertTrue(report.checks().contains("entries: 4 (seq 2..12), each hashes to its leaf hash and its audit path"
                + " leads to the root signed for size " + TREE_SIZE), report.checks().toString());
    }

    @Test
    void pdfToolsSeeTheAttachment() throws Exception {
        Path pdf = Files.write(folder.resolve("dossier.pdf"), render().pdf());
        Process process;
        try {
            process = new ProcessBuilder("pdfdetach", "-saveall", "-o", folder.toString(), pdf.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            System.err.println("pdfdetach (poppler-utils) is not installed: attachment checked by the verifier only");
            return;
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdfdetach failed");
        List<String> lines = Files.readAllLines(folder.resolve(DossierJson.FILE_NAME));
        assertEquals(1 + SHOWN.length, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("{\"format\":\"" + DossierJson.FORMAT + "\""), lines.get(0));
        DossierVerifier.Report extracted = new DossierVerifier().verify(
                new DossierVerifier.Inputs(folder.resolve(DossierJson.FILE_NAME), null));
        assertTrue(extracted.ok(), extracted.summary());
    }

    private record Rendered(byte[] pdf, List<String> expected) {
    }

    private Rendered render() throws Exception {
        List<LogEntry> log = new ArrayList<>();
        byte[] leaves = new byte[TREE_SIZE * 32];
        for (int seq = 0; seq < TREE_SIZE; seq++) {
            log.add(entry(seq));
            EntryEncoder.forCurrentThread().leafHash(log.get(seq), leaves, seq * 32);
        }
        TreeLevels tree = TreeLevels.build(leaves, TREE_SIZE);
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SignedTreeHead head = new TreeHeadSigner(keys.getPrivate()).sign(TREE_SIZE, tree.root(),
                Instant.parse("2026-11-29T08:00:00.123Z"));
        String publicKey = BASE64.encodeToString(keys.getPublic().getEncoded());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DossierWriter writer = new DossierWriter(out, cover(head.rootHash(), head.signature(), publicKey))) {
            return new Rendered(write(writer, out, tree, log, head, publicKey), expected(tree, head, publicKey));
        }
    }

    private static byte[] write(DossierWriter writer, ByteArrayOutputStream out, TreeLevels tree, List<LogEntry> log,
            SignedTreeHead head, String publicKey) {
        for (int seq : SHOWN) {
            writer.add(log.get(seq), BASE64.encodeToString(tree.leafHash(seq)), tree.auditPath(seq));
        }
        writer.finish();
        return out.toByteArray();
    }

    private static List<String> expected(TreeLevels tree, SignedTreeHead head, String publicKey) {
        List<String> expected = new ArrayList<>(List.of(BASE64.encodeToString(head.rootHash()),
                BASE64.encodeToString(head.signature()), publicKey));
        for (int seq : SHOWN) {
            expected.add(BASE64.encodeToString(tree.leafHash(seq)));
            tree.auditPath(seq).forEach(hash -> expected.add(BASE64.encodeToString(hash)));
        }
        return expected;
    }

    private static DossierCover cover(byte[] root, byte[] signature, String publicKey) {
        return new DossierCover("One exchange: every entry about CN-2026-000123", "objectId=CN-2026-000123",
                "entries that involve CN", "cn-auditor (CN)", Instant.parse("2026-11-29T08:01:00Z"), 99,
                TREE_SIZE, Instant.parse("2026-11-29T08:00:00.123Z"), BASE64.encodeToString(root),
                BASE64.encodeToString(signature), publicKey);
    }

    private static LogEntry entry(int seq) {
        return LogEntry.builder().seq(seq).time(Instant.parse("2026-11-29T07:00:00Z").plusSeconds(seq * 61L))
                .actor(seq == 5 ? "\u674e\u4f1f" : seq % 2 == 0 ? "us-reporter" : "cn-auditor")
                .actorCountry(seq % 2 == 0 ? "US" : "CN")
                .action(seq == 2 ? "report.read.refused" : "report.read").countries("CN", seq % 2 == 0 ? "US" : "INT")
                .objectType("report").objectId("CN-2026-000123")
                .outcome(seq == 2 ? "report of another country, not shared" : null).build();
    }

    static String openPdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The text pdftotext extracts, or null when poppler-utils is not installed. */
    private String pdftotext(byte[] pdf) throws Exception {
        Path file = Files.write(folder.resolve("dossier.pdf"), pdf);
        Path text = folder.resolve("dossier.txt");
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", file.toString(), text.toString()).redirectErrorStream(true)
                    .start();
        } catch (IOException notInstalled) {
            return null;
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed");
        return Files.readString(text, StandardCharsets.UTF_8);
    }
}
