package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditor's workspace: a US reporter's attempt to open a CN report is refused and logged; CN's
 * auditor finds that refusal in the exchange log, filtered by the partner US, and verifies the log;
 * the oversight body's auditor sees entries of every country; an administrator is not let in.
 * Runs against the running portal and Keycloak (system property {@code accord.base-url}).
 */
class AuditorWorkspaceIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void auditorsFindTheRefusedReadAndVerifyTheLog() {
        String reportId = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("Auditor workspace")).getString("id");

        browser.open("/");
        DashboardPage usDashboard = new LoginPage(browser.driver()).logInAs("us-reporter");
        assertTrue(usDashboard.navigation().contains("Exchange log"), "reporters read their country's log");
        browser.open("/report.xhtml?id=" + reportId);
        NotFoundPage notFound = new NotFoundPage(browser.driver());
        LoginPage login = notFound.logOut();

        ExchangeLogPage cnLog = login.logInAs("cn-auditor").exchangeLog();
        assertEquals("Exchange log · CN", cnLog.heading());
        assertTrue(cnLog.offersVerifyNow(), "auditors verify the log");

        ExchangeLogPage log = cnLog.filterByPartner("US").newest();
        assertEquals("US · United States", log.partnerShown(), "the filter stays chosen");
        assertTrue(browser.driver().getCurrentUrl().contains("partner=US"), "the filter is in the address");
        List<ExchangeLogPage.Entry> refused = log.entriesAbout(reportId);
        assertEquals(1, refused.size(), () -> "one entry about " + reportId + " in " + refused);
        ExchangeLogPage.Entry entry = refused.get(0);
        assertAll("the refused read as CN's auditor sees it",
                () -> assertEquals("report.read.refused", entry.action()),
                () -> assertTrue(entry.refusedBadge(), "marked 'Refused' in words, not by colour alone"),
                () -> assertEquals("us-reporter (US)", entry.actor()),
                () -> assertTrue(entry.countries().contains("CN") && entry.countries().contains("US"), entry.countries()),
                () -> assertEquals("report " + reportId, entry.object()),
                () -> assertTrue(entry.reportLink().orElse("").endsWith("/report.xhtml?id=" + reportId),
                        "CN's auditor may open CN's report: " + entry.reportLink()),
                () -> assertEquals("report of another country, not shared", entry.outcome()),
                () -> assertTrue(entry.leafHash().matches("[A-Za-z0-9+/]{43}="), "the full leaf hash: " + entry.leafHash()),
                () -> assertTrue(log.publicKey().startsWith("-----BEGIN PUBLIC KEY-----"), "the public key is shown"));

        ExchangeLogPage verified = log.verifyNow();
        assertAll("Verify now",
                () -> assertTrue(verified.verification().startsWith("Log intact: "), verified.verification()),
                () -> assertTrue(verified.verification().matches("(?s)Log intact: [\\d,]+ entr(y|ies) checked against "
                        + "the signed head of size [\\d,]+\\..*"), verified.verification()),
                () -> assertEquals("status", verified.verificationRole()),
                () -> assertEquals("US · United States", verified.partnerShown(),
                        () -> "the filter survives the check: " + browser.driver().getCurrentUrl()));

        login = verified.logOut();
        ExchangeLogPage germany = login.logInAs("de-auditor").exchangeLog().filterByObject(reportId);
        assertEquals("Exchange log · DE", germany.heading());
        assertEquals("No entries match these filters.", germany.notice(), "DE's auditor does not see a CN-US entry");

        login = germany.logOut();
        ExchangeLogPage oversight = login.logInAs("int-auditor").exchangeLog();
        assertEquals("Exchange log · all countries", oversight.heading());
        ExchangeLogPage.Entry seenByInt = oversight.filterByObject(reportId).entriesAbout(reportId).stream()
                .filter(e -> e.action().equals("report.read.refused")).findFirst()
                .orElseThrow(() -> new AssertionError("INT does not see the refusal of " + reportId));
        assertEquals(entry.position(), seenByInt.position(), "INT sees the CN-US entry");
        List<String> actorsWithDe = oversight.clearFilters().filterByPartner("DE").newest().entries().stream()
                .map(ExchangeLogPage.Entry::actor).toList();
        assertTrue(actorsWithDe.contains("de-auditor (DE)"), () -> "INT sees DE's entries too: " + actorsWithDe);

        login = oversight.logOut();
        login.submit("portal-admin");
        browser.open("/exchange-log.xhtml");
        ForbiddenPage forbidden = new ForbiddenPage(browser.driver());
        assertAll("an administrator's visit",
                () -> assertEquals("Not allowed", forbidden.heading()),
                () -> assertFalse(forbidden.navigation().contains("Exchange log"), "no nav entry for administrators"),
                () -> assertFalse(forbidden.pageText().contains("Log head"), "nothing of the log shows"));
    }
}
