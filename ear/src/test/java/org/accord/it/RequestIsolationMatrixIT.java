package org.accord.it;

import static org.accord.it.support.DemoUser.AUDITOR;
import static org.accord.it.support.DemoUser.LIAISON;
import static org.accord.it.support.DemoUser.OVERSIGHT;
import static org.accord.it.support.DemoUser.REPORTER;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request endpoint × every demo user, on a CN → US request about a CN report: exactly the status
 * {@link #expected} says, and a third country's users never get the request, its PDF or its report,
 * nor find it in a list. Steps that succeed run on a fresh request each, so no cell depends on another.
 */
class RequestIsolationMatrixIT {

    enum Endpoint {
        GET(REPORTER, LIAISON, AUDITOR), PDF(REPORTER, LIAISON, AUDITOR), LINKED_REPORT(REPORTER, LIAISON, AUDITOR),
        INCOMING(REPORTER, LIAISON, AUDITOR), OUTGOING(REPORTER, LIAISON, AUDITOR), MESSAGE(REPORTER, LIAISON),
        ACKNOWLEDGE(REPORTER, LIAISON), WITHDRAW(REPORTER, LIAISON);

        final Set<String> roles;

        Endpoint(String... roles) {
            this.roles = Set.of(roles);
        }
    }

    static final String SENDER = "CN";
    static final String REQUESTED = "US";
    private static String request;
    private static String report;
    private static String requestTitle;
    private static String reportTitle;

    @BeforeAll
    static void fixture() {
        AgreementIT.inForce("request matrix");
        reportTitle = Reports.uniqueTitle("request matrix");
        report = Reports.create(CN_REPORTER, Reports.body(reportTitle).add("tlp", "GREEN").build()).getString("id");
        requestTitle = Requests.uniqueTitle("matrix");
        request = Requests.send(CN_REPORTER, Requests.body(REQUESTED, requestTitle, List.of(report)).build()).expect(201)
                .json().getString("id");
    }

    static String fresh() {
        return Requests.send(CN_REPORTER, Requests.body(REQUESTED, Requests.uniqueTitle("matrix"), List.of(report))
                .build()).expect(201).json().getString("id");
    }

    /**
     * The rules of docs/cooperation-requests.md, written once: the role decides first (403); to anyone
     * outside the two countries and the oversight body the request does not exist (404); the responder's
     * liaison acknowledges, the sender's reporters and liaisons withdraw, the other side is refused (403).
     */
    static int expected(DemoUser user, Endpoint endpoint) {
        if (user.realmRole().filter(endpoint.roles::contains).isEmpty()) {
            return 403;
        }
        if (endpoint == Endpoint.INCOMING || endpoint == Endpoint.OUTGOING) {
            return 200;
        }
        if (!party(user) && !oversight(user)) {
            return 404;
        }
        return switch (endpoint) {
            case MESSAGE -> 201;
            case ACKNOWLEDGE -> user.country().equals(REQUESTED) && user.hasRole(LIAISON) ? 200 : 403;
            case WITHDRAW -> user.country().equals(SENDER) ? 200 : 403;
            default -> 200;
        };
    }

    static boolean party(DemoUser user) {
        return user.country().equals(SENDER) || user.country().equals(REQUESTED);
    }

    static boolean oversight(DemoUser user) {
        return user.country().equals(OVERSIGHT) && user.hasRole(AUDITOR);
    }

    /** Whether the request shows in this list of this user. */
    static boolean listed(DemoUser user, Endpoint list) {
        String side = list == Endpoint.INCOMING ? REQUESTED : SENDER;
        return user.country().equals(side) || oversight(user);
    }

    @TestFactory
    Stream<DynamicContainer> matrix() {
        return Stream.of(Endpoint.values()).map(e -> dynamicContainer(e.name().toLowerCase(),
                DemoUsers.all().stream().map(u -> dynamicTest(u.username() + " " + e.name().toLowerCase() + " → "
                        + expected(u, e), () -> check(u, e)))));
    }

    private static void check(DemoUser user, Endpoint endpoint) {
        int status = expected(user, endpoint);
        boolean succeeds = status / 100 == 2;
        String target = succeeds && (endpoint == Endpoint.ACKNOWLEDGE || endpoint == Endpoint.WITHDRAW) ? fresh() : request;
        Reply reply = switch (endpoint) {
            case GET -> Requests.read(user, target);
            case PDF -> Api.get(Requests.PATH + "/" + target + "/pdf").as(user).send();
            case LINKED_REPORT -> Api.get(Reports.path(report)).as(user).send();
            case INCOMING -> Api.get(Requests.PATH + "?size=200&direction=incoming").as(user).send();
            case OUTGOING -> Api.get(Requests.PATH + "?size=200&direction=outgoing").as(user).send();
            case MESSAGE -> Requests.post(user, target, "matrix message from " + user.username());
            case ACKNOWLEDGE -> Requests.act(user, target, "acknowledge", null);
            case WITHDRAW -> Requests.act(user, target, "withdraw", null);
        };
        if (succeeds) {
            reply.expect(status);
        } else {
            reply.expectProblem(status);
        }
        if (succeeds && (endpoint == Endpoint.INCOMING || endpoint == Endpoint.OUTGOING)) {
            List<String> ids = Reply.strings(reply.json().getJsonArray("items"), "id");
            assertEquals(listed(user, endpoint), ids.contains(request), () -> user + " lists " + ids);
        }
        if (!party(user) && !oversight(user)) {
            // a refusal may repeat the id the caller sent, never what is behind it
            assertFalse(reply.body().contains(requestTitle) || reply.body().contains(reportTitle)
                    || (!reply.body().contains("No request") && reply.body().contains(request)),
                    () -> user + " got the request or its report: " + reply.body());
        }
    }
}
