package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reporter of CN files a report through the web UI; a reporter of US does not see it, not even by
 * its address. Runs against the running portal and Keycloak (system property {@code accord.base-url}).
 */
class ReportJourneyIT {

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
    void reporterFilesReportThatAnotherCountryCannotSee() {
        String title = "Botnet C2 takedown request " + UUID.randomUUID();

        browser.open("/");
        DashboardPage dashboard = new LoginPage(browser.driver()).logInAs("cn-reporter");
        assertEquals("CN", dashboard.signedInCountry());
        assertEquals("Incident reports · CN", dashboard.heading());

        ReportFormPage form = dashboard.newReport().saveRefused();
        assertAll("an empty form is refused, with a message next to each missing field",
                () -> assertTrue(form.errorSummary().startsWith("The report was not saved: 7 fields need attention"),
                        form.errorSummary()),
                () -> assertEquals("Title is required", form.messageAt("title")),
                () -> assertEquals("Description is required", form.messageAt("description")),
                () -> assertEquals("Incident class is required", form.messageAt("rsitClass")),
                () -> assertEquals("Incident type is required", form.messageAt("rsitType")),
                () -> assertEquals("Severity is required", form.messageAt("severity")),
                () -> assertEquals("TLP is required", form.messageAt("tlp")),
                () -> assertEquals("Time of awareness is required", form.messageAt("awareAt")),
                () -> assertEquals("", form.messageAt("nis2Stage"), "an optional field has no message"));

        form.type("title", title).type("description", "C2 servers in our constituency.").saveRefused();
        assertAll("a half-filled form is refused too; what was typed stays, its messages go",
                () -> assertEquals(title, form.valueOf("title")),
                () -> assertEquals("", form.messageAt("title")),
                () -> assertEquals("Severity is required", form.messageAt("severity")));

        LocalDateTime awareAt = LocalDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        ReportPage report = form
                .type("description", "C2 servers in our constituency controlled 1,290,000 infected computers.")
                .chooseClass("malicious-code", "c2-server")
                .choose("severity", "High")
                .choose("tlp", "TLP:AMBER")
                .choose("nis2Stage", "Early warning")
                .dateTime("awareAt", awareAt)
                .tick("Energy").tick("Digital infrastructure")
                .type("affectedSystems", "1290000")
                .save();
        String reportId = report.reportId();
        assertAll("the new report's page",
                () -> assertTrue(reportId.matches("CN-\\d{4}-\\d{6}"), reportId),
                () -> assertEquals(title, report.title()),
                () -> assertEquals("Report " + reportId + " saved.", report.messages()),
                () -> assertTrue(report.pageText().contains("1,290,000")),
                () -> assertTrue(report.pageText().contains("TLP:AMBER")));

        dashboard = report.dashboard();
        assertEquals(1, Collections.frequency(dashboard.titles(), title),
                "the refused attempts stored nothing: the title is listed once");

        LoginPage login = dashboard.logOut();
        assertTrue(login.isShown(), "after logging out, the portal asks for a login again");

        browser.open("/");
        DashboardPage usDashboard = new LoginPage(browser.driver()).logInAs("us-reporter");
        assertEquals("US", usDashboard.signedInCountry());
        assertFalse(usDashboard.titles().contains(title), "US does not see CN's report");

        browser.open("/report.xhtml?id=" + reportId);
        NotFoundPage notFound = new NotFoundPage(browser.driver());
        assertEquals("Page not found", notFound.heading());
        assertFalse(notFound.pageText().contains(title), "nothing of the report shows");
    }

    @Test
    void reportFormWorksWithTheKeyboardAlone() {
        browser.open("/");
        DashboardPage dashboard = new LoginPage(browser.driver()).logInAs("cn-reporter");
        ReportFormPage form = dashboard.newReportByKeyboard();

        List<String> reached = form.tabThroughPage();
        for (String control : form.controls()) {
            assertTrue(reached.contains(control), control + " is reached with Tab; reached: " + reached);
        }
        assertTrue(form.focusIsVisible("title"), "the focused field is outlined");

        form.saveRefused();
        assertTrue(form.summaryHasFocus(), "after a refused save, the error summary is read first");
    }
}
