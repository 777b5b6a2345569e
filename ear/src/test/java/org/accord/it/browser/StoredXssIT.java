package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * SECURITY.md case 17: script and event-handler payloads in every text a user can write (report title and
 * description, request title and body, messages, agreement title, evidence file names) are shown as text on
 * every page that shows them, in headless Chromium: no dialog, no injected element, no script run; the
 * request PDF shows them as text; a file name with CR, LF and quotes cannot split {@code Content-Disposition}.
 */
class StoredXssIT {

    static final String MARK = "x" + Long.toHexString(System.nanoTime());

    /** Each payload, if it ran, would set {@code window.__xss}, raise a dialog or leave an element with id xss-MARK. */
    static String payload(String where) {
        return "<script id=\"xss-" + MARK + "-" + where + "\">alert(1)</script>\"'><img id=\"xss-" + MARK + "-" + where
                + "i\" src=x onerror=\"window.__xss='" + where + "';alert(2)\">";
    }

    @Test
    void payloadsInEveryTextFieldAreShownAsTextAndNeverRun() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String agreement = Api.post("/api/agreements").as(DemoUsers.CN_LIAISON).json(Json.createObjectBuilder()
                .add("title", "agreement " + payload("a")).add("legalBasis", "MoU " + payload("l"))
                .add("legalBasisKind", "bilateral-mou").add("parties", Json.createArrayBuilder().add("CN").add("US"))
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusYears(1).toString())
                .add("requestTypes", Json.createArrayBuilder().add("mitigation-takedown")).add("maxTlp", "AMBER")
                .add("evidenceCategories", Json.createArrayBuilder().add("logs")).add("ackHours", 24)
                .add("answerBusinessDays", 5).add("retentionDays", 30).add("onwardSharing", false).build())
                .send().expect(201).json().getString("id");
        Api.post("/api/agreements/" + agreement + "/ratify").as(DemoUsers.US_LIAISON).send().expect(200);
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.body("report " + payload("t"))
                .add("description", "description " + payload("d")).build()).getString("id");
        var body = Requests.body("US", "request " + payload("r"), List.of(report))
                .add("body", "body " + payload("b")).build();
        String request = Requests.send(DemoUsers.CN_REPORTER, body).expect(201).json().getString("id");
        Requests.post(DemoUsers.CN_REPORTER, request, "message " + payload("m")).expect(201);
        String name = "name\"><img src=x id=xss-" + MARK + "-file onerror=alert(4)>.txt";
        String evidence = EvidenceApi.upload(DemoUsers.CN_REPORTER, EvidenceApi.query(report, "logs", "AMBER", name),
                BodyPublishers.ofString("evidence")).expect(201).json().getString("id");
        EvidenceApi.share(DemoUsers.CN_LIAISON, evidence, "US").expect(201);

        List<String> pages = List.of("/report.xhtml?id=" + report, "/request.xhtml?id=" + request,
                "/evidence.xhtml?id=" + evidence, "/agreement.xhtml?id=" + agreement, "/agreements.xhtml",
                "/requests.xhtml", "/evidence-list.xhtml", "/index.xhtml");
        for (String user : List.of("cn-liaison", "us-liaison")) {
            try (Browser browser = new Browser()) {
                browser.open("/");
                new LoginPage(browser.driver()).submit(user);
                for (String page : pages) {
                    browser.open(page);
                    assertInert(browser.driver(), user + " " + page);
                }
                browser.open("/report.xhtml?id=" + report);
                String text = browser.driver().findElement(By.tagName("body")).getText();
                assertTrue(text.contains("<script id=\"xss-" + MARK + "-t\">"), "the title is shown as text: " + text);
            }
        }

        String pdf = Pdfs.text(Pdfs.download(DemoUsers.US_LIAISON, Requests.PATH + "/" + request + "/pdf").body());
        Agreements.terminate(agreement, "CN");
        for (String where : List.of("r", "b", "m")) {
            // pdftotext joins a word broken at a hyphen in a narrow cell: compare without spaces and hyphens
            assertTrue(pdf.replaceAll("[\\s-]+", "").contains(("<script id=\"xss-" + MARK + "-" + where + "\">")
                    .replaceAll("[\\s-]+", "")), () -> where + " not shown as text in the PDF: " + pdf);
        }
    }

    private static void assertInert(WebDriver driver, String where) {
        try {
            String alert = driver.switchTo().alert().getText();
            throw new AssertionError(where + ": a dialog opened: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertEquals(List.of(), driver.findElements(By.cssSelector("[id^='xss-" + MARK + "']")), where);
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__xss || null;"), where);
    }

    @Test
    void aFileNameWithCrLfAndQuotesCannotSplitContentDisposition() throws Exception {
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("StoredXssIT header")).getString("id");
        String name = "a\"; filename=evil.html\r\nX-Injected: yes\r\nContent-Type: text/html\r\n\r\n<script>.txt";
        String id = EvidenceApi.upload(DemoUsers.CN_REPORTER, "/api/evidence?report=" + report
                + "&category=logs&tlp=AMBER&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                BodyPublishers.ofString("header split")).expect(201).json().getString("id");
        var download = EvidenceApi.downloadStream(DemoUsers.CN_REPORTER, id);
        download.body().close();
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("X-Injected").isEmpty(), download.headers()::toString);
        List<String> dispositions = download.headers().allValues("Content-Disposition");
        assertEquals(1, dispositions.size(), dispositions::toString);
        String disposition = dispositions.get(0);
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertFalse(disposition.contains("\r") || disposition.contains("\n"), disposition);
        assertFalse(disposition.contains("filename=evil.html"), disposition);
        assertEquals(1, disposition.split("filename=", -1).length - 1, disposition);
        assertFalse(download.headers().firstValue("Content-Type").orElse("").contains("html"), download.headers()::toString);
        Reply meta = Api.get(EvidenceApi.path(id)).as(DemoUsers.CN_REPORTER).send().expect(200);
        assertFalse(meta.json().getString("name").contains("\n"), meta::toString);
    }
}
