package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A liaison of CN proposes an agreement with US through the web UI; the liaison of US ratifies it,
 * which puts it in force; a liaison of DE, not a party, does not see it, not even by its address.
 * Runs against the running portal and Keycloak (system property {@code accord.base-url}).
 */
class AgreementJourneyIT {

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
    void liaisonsProposeAndRatifyAnAgreementThatAThirdCountryCannotSee() {
        String title = "CN-US botnet takedown cooperation " + UUID.randomUUID();

        browser.open("/");
        AgreementFormPage form = new LoginPage(browser.driver()).logInAs("cn-liaison").agreements().propose();

        form.proposeRefused();
        assertAll("an empty form is refused, with a message next to each missing field",
                () -> assertTrue(form.errorSummary().startsWith("The agreement was not proposed"), form.errorSummary()),
                () -> assertEquals("Title is required", form.messageAt("title")),
                () -> assertEquals("Legal basis kind is required", form.messageAt("legalBasisKind")),
                () -> assertEquals("Partner countries: must name two or more countries", form.messageAt("parties")),
                () -> assertEquals("", form.messageAt("validFrom"), "the validity starts filled in"));

        AgreementPage agreement = form
                .type("title", title)
                .choose("legalBasisKind", "Bilateral MoU")
                .type("legalBasis", "Memorandum of understanding between CNCERT and US-CERT, 2026.")
                .tick("parties", "US")
                .tick("requestTypes", "Information request")
                .tick("requestTypes", "Mitigation takedown")
                .choose("maxTlp", "TLP:AMBER")
                .tick("evidenceCategories", "Logs")
                .type("ackHours", "24")
                .type("answerBusinessDays", "5")
                .type("retentionDays", "90")
                .propose();
        String agreementId = agreement.agreementId();
        assertAll("the new agreement's page",
                () -> assertTrue(agreementId.matches("AG-\\d{4}-\\d{4,}"), agreementId),
                () -> assertEquals(title, agreement.title()),
                () -> assertEquals("Agreement " + agreementId + " proposed.", agreement.messages()),
                () -> assertEquals("Proposed", agreement.status()),
                () -> assertEquals("Not yet ratified", agreement.ratifiedBy("US")),
                () -> assertFalse(agreement.actions().contains("Ratify"), "CN ratified by proposing"),
                () -> assertTrue(agreement.pageText().contains("TLP:AMBER")));

        assertTrue(agreement.logOut().isShown(), "after logging out, the portal asks for a login again");

        browser.open("/");
        AgreementsPage usList = new LoginPage(browser.driver()).logInAs("us-liaison").agreements();
        assertEquals("Proposed", usList.statusOf(title));
        AgreementPage usView = usList.open(title);
        assertEquals(List.of("Ratify", "Reject", "Terminate"), usView.actions());
        AgreementPage refused = usView.rejectRefused();
        assertAll("rejecting needs a reason; nothing changes without one",
                () -> assertEquals("Reason is required", refused.reasonMessage()),
                () -> assertEquals("Proposed", refused.status()),
                () -> assertEquals(title, refused.title()));
        AgreementPage ratified = refused.ratify();
        assertAll("after US ratifies, the agreement is in force",
                () -> assertEquals("Agreement " + agreementId + " ratified.", ratified.messages()),
                () -> assertEquals("In force", ratified.status()),
                () -> assertFalse(ratified.ratifiedBy("US").equals("Not yet ratified")),
                () -> assertEquals(List.of("Propose a new version", "Suspend", "Terminate"), ratified.actions()));
        AgreementFormPage nextVersion = ratified.proposeNewVersion();
        assertAll("a new version starts from the agreement's terms",
                () -> assertEquals("New version of " + agreementId, nextVersion.heading()),
                () -> assertEquals(title, nextVersion.valueOf("title")),
                () -> assertEquals("24", nextVersion.valueOf("ackHours")));
        assertEquals("In force", nextVersion.agreements().statusOf(title));

        new AgreementsPage(browser.driver()).logOut();
        browser.open("/");
        new LoginPage(browser.driver()).logInAs("de-liaison");
        browser.open("/agreement.xhtml?id=" + agreementId);
        NotFoundPage notFound = new NotFoundPage(browser.driver());
        assertEquals("Page not found", notFound.heading());
        assertFalse(notFound.pageText().contains(title), "nothing of the agreement shows");
    }

    @Test
    void aPartySuspendsThenTerminatesAnAgreementInForce() {
        String title = "CN-US evidence preservation " + UUID.randomUUID();
        browser.open("/");
        AgreementPage proposed = new LoginPage(browser.driver()).logInAs("cn-liaison").agreements().propose()
                .type("title", title)
                .choose("legalBasisKind", "Budapest Convention")
                .type("legalBasis", "Budapest Convention, Art. 29 and 35.")
                .tick("parties", "US")
                .tick("requestTypes", "Evidence preservation")
                .choose("maxTlp", "TLP:GREEN")
                .type("ackHours", "12")
                .type("answerBusinessDays", "3")
                .type("retentionDays", "30")
                .propose();
        proposed.logOut();

        browser.open("/");
        AgreementPage inForce = new LoginPage(browser.driver()).logInAs("us-liaison").agreements().open(title).ratify();
        assertEquals("In force", inForce.status());

        AgreementPage refused = inForce.step("Suspend");
        assertEquals("Reason is required", refused.reasonMessage());
        AgreementPage suspended = refused.reason("Partner CERT unreachable for a week").step("Suspend");
        assertAll("suspended, with the reason shown",
                () -> assertEquals("Suspended", suspended.status()),
                () -> assertTrue(suspended.stateNotice().contains("Partner CERT unreachable for a week"),
                        suspended.stateNotice()),
                () -> assertEquals(List.of("Propose a new version", "Terminate"), suspended.actions()));

        AgreementPage terminated = suspended.reason("Replaced by a CSIRTs Network arrangement").step("Terminate");
        assertAll("terminated: nothing more to do",
                () -> assertEquals("Terminated", terminated.status()),
                () -> assertEquals(List.of(), terminated.actions()));
    }

    @Test
    void adminsHaveNoAgreementPages() {
        browser.open("/");
        LoginPage login = new LoginPage(browser.driver());
        login.submit("portal-admin");
        browser.open("/agreements.xhtml");
        ForbiddenPage forbidden = new ForbiddenPage(browser.driver());
        assertFalse(forbidden.navigation().contains("Agreements"), "no Agreements entry for an admin");
    }

    @Test
    void reportersReadAgreementsButDoNotPropose() {
        browser.open("/");
        AgreementsPage list = new LoginPage(browser.driver()).logInAs("us-reporter").agreements();
        assertFalse(list.pageText().contains("Propose an agreement"));
    }
}
