package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.exchangelog.merkle.InclusionProof;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadVerifier;
import org.accord.it.support.Api;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.VerifierJar;
import org.accord.it.support.DemoUser;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Pdfs.Download;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Audit dossiers (issue 5, item 5) of the running portal, read as an outsider reads them: a TLP:RED
 * report of CN that a US reporter tried to read and the oversight body read; its dossier, turned into
 * text by pdftotext, must hold each entry's leaf hash and an audit path that leads to the root of a tree
 * head signed by the portal's key, and nothing of the report's content. National auditors get only the
 * entries that involve their country; only auditors export; the export is itself logged.
 */
class DossierIT {

    private static final String DOSSIER = "/api/exchange-log/dossier.pdf";
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9+/]{43}=");

    static String reportId;
    static String title;
    static String secret;
    static JsonObject refused;
    static JsonObject oversight;

    @BeforeAll
    static void aRedReportOfCnThatUsTriedToReadAndTheOversightBodyRead() {
        title = Reports.uniqueTitle("Dossier");
        secret = "Red detail " + UUID.randomUUID();
        reportId = Reports.create(CN_REPORTER, Reports.body(title).add("tlp", "RED").add("description", secret).build())
                .getString("id");
        Api.get(Reports.path(reportId)).as(US_REPORTER).send().expectProblem(404);
        Reports.read(INT_AUDITOR, reportId);

        List<JsonObject> entries = entries(CN_AUDITOR, "objectId", reportId);
        refused = only(entries, "report.read.refused");
        oversight = only(entries, "report.read");
        assertAll(() -> assertEquals(List.of("CN", "US"), countries(refused)),
                () -> assertEquals("us-reporter", refused.getString("actor")),
                () -> assertEquals(List.of("CN", "INT"), countries(oversight)),
                () -> assertEquals("int-auditor", oversight.getString("actor")));
    }

    @Test
    void theOwningCountrysAuditorGetsEveryEntryWithAProofToTheSignedRoot() {
        Download pdf = Pdfs.download(CN_AUDITOR, DOSSIER + "?objectId=" + reportId);
        assertEquals(200, pdf.status(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        assertTrue(pdf.isPdf(), "a PDF: " + pdf.header("Content-Type"));
        assertEquals("attachment; filename=\"accord-dossier-" + reportId + ".pdf\"", pdf.header("Content-Disposition"));
        DossierText dossier = new DossierText(Pdfs.text(pdf.body()));

        JsonObject head = signedHead(dossier.treeSize());
        String publicKey = publicKey();
        assertAll("the signed tree head and the key, whole",
                () -> dossier.assertContains(head.getString("rootHash")),
                () -> dossier.assertContains(head.getString("signature")),
                () -> dossier.assertContains(publicKey),
                () -> assertTrue(TreeHeadVerifier.fromBase64Der(publicKey).verify(new SignedTreeHead(
                        head.getJsonNumber("size").longValue(), decode(head.getString("rootHash")),
                        Instant.parse(head.getString("time")), decode(head.getString("signature"))))));
        for (JsonObject entry : List.of(refused, oversight)) {
            dossier.assertProves(entry, head);
        }
        dossier.assertHidesReportContent();

        assertTrue(entries(CN_AUDITOR, "action", "exchange-log.dossier", "from", refused.getString("time")).stream()
                .anyMatch(e -> e.getString("actor").equals("cn-auditor")
                        && e.getString("outcome", "").equals("objectId=" + reportId)),
                "the export is an entry of the log");
    }

    /** The dossier alone, checked by the verifier jar against the key the portal publishes. */
    @Test
    void theVerifierChecksTheDossierAlone() throws Exception {
        Path folder = Files.createTempDirectory("dossier-it");
        Path pdf = Files.write(folder.resolve("dossier.pdf"), ok(US_AUDITOR, "?objectId=" + reportId));
        Path key = Files.writeString(folder.resolve("key.pem"),
                Api.get("/api/exchange-log/public-key").as(US_AUDITOR).send().expect(200).body());
        VerifierJar.Run run = VerifierJar.run("verify-dossier", "--public-key", key.toString(), pdf.toString());
        assertEquals(0, run.exitStatus(), run.output());
        assertTrue(run.verdict().matches("OK: 1 entry of the dossier verified against the signed tree head size=\\d+"),
                run.output());
        assertTrue(run.output().contains("entries: 1 (seq " + refused.getJsonNumber("seq") + ".."), run.output());
    }

    /**
     * Someone rewrites an entry in the database before the dossier is exported: the PDF flags it, and the
     * verifier run on the dossier names it.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "ACCORD_DB_DRIVER", matches = "postgresql")
    void aDossierOfARewrittenEntryFailsNamingIt() throws Exception {
        long seq = refused.getJsonNumber("seq").longValue();
        LogDatabase.run("update exchange_log_entry set actor = 'someone-else' where seq = " + seq);
        Path pdf;
        try {
            pdf = Files.write(Files.createTempDirectory("dossier-it").resolve("dossier.pdf"),
                    ok(US_AUDITOR, "?objectId=" + reportId));
        } finally {
            LogDatabase.run("update exchange_log_entry set actor = 'us-reporter' where seq = " + seq);
        }
        assertTrue(Pdfs.text(Files.readAllBytes(pdf)).contains("WARNING"), "the PDF flags the changed entry");
        VerifierJar.Run run = VerifierJar.run("verify-dossier", pdf.toString());
        assertEquals(1, run.exitStatus(), run.output());
        assertTrue(run.verdict().startsWith("FAILED: first bad entry seq=" + seq + " ("), run.output());
    }

    @Test
    void theOtherCountrysAuditorGetsOnlyTheEntriesThatInvolveItsCountry() {
        Download pdf = Pdfs.download(US_AUDITOR, DOSSIER + "?objectId=" + reportId);
        assertEquals(200, pdf.status(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        DossierText dossier = new DossierText(Pdfs.text(pdf.body()));
        dossier.assertProves(refused, signedHead(dossier.treeSize()));
        assertFalse(dossier.lists(oversight), "the CN-INT entry is not US's");
        assertFalse(dossier.text.contains("int-auditor"), "the CN-INT entry is not US's");
        dossier.assertHidesReportContent();
    }

    @Test
    void aPeriodDossierHoldsTheEntriesBetweenTheTwoCountriesNamed() {
        String day = refused.getString("time").substring(0, 10);
        String period = "&from=" + day + "&to=" + day;
        DossierText cnUs = new DossierText(Pdfs.text(ok(CN_AUDITOR, "?partner=US" + period)));
        cnUs.assertProves(refused, signedHead(cnUs.treeSize()));
        assertFalse(cnUs.lists(oversight), "the CN-INT entry is not between CN and US");

        DossierText cnInt = new DossierText(Pdfs.text(ok(INT_AUDITOR, "?country=CN&partner=INT" + period)));
        cnInt.assertProves(oversight, signedHead(cnInt.treeSize()));
        assertFalse(cnInt.lists(refused), "the CN-US entry is not between CN and INT");
    }

    @Test
    void onlyAuditorsExportAndNationalAuditorsOnlyTheirOwnCountry() {
        Api.get(DOSSIER + "?objectId=" + reportId).as(CN_REPORTER).send().expectProblem(403);
        Api.get(DOSSIER + "?country=CN&partner=DE&from=2026-11-01&to=2026-11-30").as(US_AUDITOR).send()
                .expectProblem(403);
    }

    @Test
    void aBadFilterIsAProblemNamingTheField() {
        assertAll(() -> bad("", "objectId"), () -> bad("?objectId=" + reportId + "&partner=US", "objectId"),
                () -> bad("?partner=us&from=2026-11-01&to=2026-11-30", "partner"),
                () -> bad("?partner=US&to=2026-11-30", "from"),
                () -> bad("?partner=CN&from=2026-11-01&to=2026-11-30", "partner"),
                () -> bad("?partner=US&from=2026-11-30&to=2026-11-01", "to"),
                () -> bad("?partner=US&from=yesterday&to=2026-11-30", "from"));
    }

    private static void bad(String query, String field) {
        Api.get(DOSSIER + query).as(CN_AUDITOR).send().expectInvalidField(field);
    }

    private static byte[] ok(DemoUser user, String query) {
        Download pdf = Pdfs.download(user, DOSSIER + query);
        assertEquals(200, pdf.status(),
                () -> user + " " + query + ": " + new String(pdf.body(), StandardCharsets.UTF_8));
        assertTrue(pdf.isPdf());
        return pdf.body();
    }

    /** The dossier as pdftotext gives it. */
    private record DossierText(String text) {

        long treeSize() {
            Matcher size = Pattern.compile("Tree size\\s+(\\d+)").matcher(text);
            assertTrue(size.find(), "no tree size in:\n" + text);
            return Long.parseLong(size.group(1));
        }

        /**
         * Whether the entry is one of the dossier's. (Its hash may still be printed: the audit path of a
         * neighbouring entry holds the hashes of the leaves and subtrees beside it, which reveal nothing.)
         */
        boolean lists(JsonObject entry) {
            return text.contains("leaf hash of #" + entry.getJsonNumber("seq") + ":");
        }

        void assertContains(String value) {
            assertTrue(text.contains(value), () -> value + " is not in the dossier:\n" + text);
        }

        /** The entry's leaf hash is printed whole and its audit path leads to the signed root. */
        void assertProves(JsonObject entry, JsonObject head) {
            long seq = entry.getJsonNumber("seq").longValue();
            Matcher leaf = Pattern.compile("leaf hash of #" + seq + ":\\s*(" + HASH + ")").matcher(text);
            assertTrue(leaf.find(), () -> "no leaf hash of #" + seq + " in:\n" + text);
            assertEquals(entry.getString("leafHash"), leaf.group(1), "leaf hash of #" + seq);
            Matcher length = Pattern.compile("audit path \\((\\d+) hashes[^:]*:").matcher(text);
            assertTrue(length.find(leaf.end()), () -> "no audit path of #" + seq);
            Matcher hash = HASH.matcher(text).region(length.end(), text.length());
            List<byte[]> path = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(length.group(1)); i++) {
                assertTrue(hash.find(), "audit path of #" + seq + " ends early");
                path.add(decode(hash.group()));
            }
            long size = head.getJsonNumber("size").longValue();
            byte[] root = decode(head.getString("rootHash"));
            assertTrue(InclusionProof.isValid(seq, size, decode(leaf.group(1)), path, root),
                    "the audit path of #" + seq + " leads to the root signed for size " + size);
        }

        void assertHidesReportContent() {
            assertFalse(text.contains(secret), "the TLP:RED description is in the dossier");
            assertFalse(text.contains(title), "the report's title is in the dossier");
        }
    }

    private static JsonObject signedHead(long size) {
        return Api.get("/api/exchange-log/tree-heads").as(CN_AUDITOR).send().expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(h -> h.getJsonNumber("size").longValue() == size)
                .findFirst().orElseThrow(() -> new AssertionError("no signed tree head of size " + size));
    }

    private static String publicKey() {
        String pem = Api.get("/api/exchange-log/public-key").as(CN_AUDITOR).send().expect(200).body();
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** The entries {@code user} may read that match a filter and a value, plus further parameters. */
    private static List<JsonObject> entries(DemoUser user, String filter, String value, String... more) {
        StringBuilder query = new StringBuilder("/api/exchange-log/entries?size=500&").append(filter).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < more.length; i += 2) {
            query.append('&').append(more[i]).append('=')
                    .append(URLEncoder.encode(more[i + 1], StandardCharsets.UTF_8));
        }
        Reply reply = Api.get(query.toString()).as(user).send().expect(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject only(List<JsonObject> entries, String action) {
        List<JsonObject> found = entries.stream().filter(e -> e.getString("action").equals(action)).toList();
        assertEquals(1, found.size(), () -> action + " entries: " + entries);
        return found.get(0);
    }

    private static List<String> countries(JsonObject entry) {
        return entry.getJsonArray("countries").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
