package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reporter of CN asks US for help about one of its reports through the web UI; the liaison of US sees
 * the request in the inbox with its deadline in New York time, acknowledges, accepts and answers it.
 * The liaison opens the request from a link before logging in and lands on it after the login. The
 * agreement and the report are made through the API beforehand: they have their own journeys.
 */
class RequestJourneyIT {

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
    void aLiaisonSeesAnIncomingRequestWithItsDeadlineAcknowledgesAndAnswersIt() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String agreement = Api.post("/api/agreements").as(DemoUsers.CN_LIAISON).json(Json.createObjectBuilder()
                .add("title", "RequestJourneyIT " + UUID.randomUUID()).add("legalBasis", "MoU")
                .add("legalBasisKind", "bilateral-mou").add("parties", Json.createArrayBuilder().add("CN").add("US"))
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusYears(1).toString())
                .add("requestTypes", Json.createArrayBuilder().add("mitigation-takedown")).add("maxTlp", "AMBER")
                .add("ackHours", 24).add("answerBusinessDays", 5).add("retentionDays", 30).add("onwardSharing", false)
                .build()).send().expect(201).json().getString("id");
        Api.post("/api/agreements/" + agreement + "/ratify").as(DemoUsers.US_LIAISON).send().expect(200);
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("RequestJourneyIT")).getString("id");
        String title = "Take down the C2 servers " + UUID.randomUUID().toString().substring(0, 8);

        browser.open("/");
        new LoginPage(browser.driver()).logInAs("cn-reporter");
        browser.open("/request-new.xhtml?report=" + report);
        RequestFormPage form = new RequestFormPage(browser.driver());
        assertTrue(form.reportTicked(report), "the form opened from the report is about it");
        RequestPage sent = form.choose("requestedCountry", "US").choose("type", "Mitigation takedown")
                .type("title", title).type("body", "2,196 control servers in your networks; list in the report.")
                .send();
        String id = sent.requestId();
        assertAll("the sender's view",
                () -> assertTrue(id.matches("RQ-\\d{4}-\\d{4,}"), id),
                () -> assertEquals("Request " + id + " sent to US.", sent.messages()),
                () -> assertEquals("Sent", sent.status()),
                () -> assertEquals(List.of("Withdraw"), sent.actions()),
                () -> assertTrue(sent.answerDeadline().contains("Asia/Shanghai"), sent.answerDeadline()));
        RequestPage withMessage = sent.post("The list of the 2,196 servers is in " + report + ".");
        assertEquals("Message posted.", withMessage.messages());
        assertTrue(withMessage.thread().get(0).contains("cn-reporter (CN)"), withMessage.thread().toString());
        withMessage.logOut();

        // the liaison follows a link to the request, as a colleague would send it, and lands on it after login
        browser.open("/request.xhtml?id=" + id);
        new LoginPage(browser.driver()).submit("us-liaison");
        RequestPage linked = new RequestPage(browser.driver());
        assertEquals(id, linked.requestId(), "the login returns to the linked request");
        InboxPage inbox = linked.requests();
        String row = inbox.incomingRow(id);
        assertAll("the liaison's inbox",
                () -> assertTrue(row.contains(title), row),
                () -> assertTrue(row.contains("Sent"), row),
                () -> assertTrue(row.contains("America/New_York") && row.contains("(in "), "deadline and time left: " + row),
                () -> assertTrue(inbox.deadlineHeader().contains("America/New_York")));
        RequestPage request = inbox.open(id);
        assertEquals(List.of("Acknowledge", "Decline"), request.actions());
        request = request.step("Acknowledge");
        assertEquals("Acknowledged", request.status());
        request = request.step("Accept");
        assertEquals("Accepted", request.status());
        RequestPage refused = request.step("Answer");
        assertEquals("Answer is required", refused.textMessage());
        RequestPage answered = refused.text("1,900 of the 2,196 servers are down; the rest follow this week.")
                .step("Answer");
        assertAll("after the answer",
                () -> assertEquals("Answered", answered.status()),
                () -> assertEquals("Request " + id + " is now answered.", answered.messages()),
                () -> assertTrue(answered.thread().get(0).contains("The list of the 2,196 servers is in"),
                        answered.thread().toString()),
                () -> assertTrue(answered.thread().get(1).contains("1,900 of the 2,196 servers are down"),
                        answered.thread().toString()),
                () -> assertEquals(4, answered.history().size(), answered.history().toString()),
                () -> assertEquals(List.of(), answered.actions()));
    }
}
