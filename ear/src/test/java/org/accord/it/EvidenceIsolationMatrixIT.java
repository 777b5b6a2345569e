package org.accord.it;

import static org.accord.it.support.DemoUser.AUDITOR;
import static org.accord.it.support.DemoUser.LIAISON;
import static org.accord.it.support.DemoUser.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every evidence endpoint × every demo user, on CN evidence shared with US (docs/evidence.md, "Who sees
 * what"): CN's and US's users and the oversight auditor see it, DE and FR (third countries) never do — 404
 * exactly like unknown evidence, never listed, nothing of it in any answer — admins and users without a role
 * get 403, auditors never download, only the owner's liaison shares.
 */
class EvidenceIsolationMatrixIT {

    enum Endpoint {
        GET(REPORTER, LIAISON, AUDITOR), LIST(REPORTER, LIAISON, AUDITOR), CONTENT(REPORTER, LIAISON),
        CUSTODY(REPORTER, LIAISON, AUDITOR), SHARES(REPORTER, LIAISON, AUDITOR), VERIFY(REPORTER, LIAISON, AUDITOR),
        SHARE(LIAISON), REVOKE(LIAISON);

        final Set<String> roles;

        Endpoint(String... roles) {
            this.roles = Set.of(roles);
        }
    }

    static JsonObject evidence;

    @BeforeAll
    static void sharedEvidence() {
        Agreements.inForce("CN", "US", "AMBER", 90, "logs");
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("EvidenceIsolationMatrixIT"))
                .getString("id");
        evidence = EvidenceApi.upload(DemoUsers.CN_REPORTER, report, "logs", "AMBER",
                ("matrix " + System.nanoTime()).getBytes());
        EvidenceApi.share(DemoUsers.CN_LIAISON, evidence.getString("id"), "US").expect(201);
    }

    static boolean reads(DemoUser user) {
        return Set.of("CN", "US").contains(user.country()) || user.equals(DemoUsers.INT_AUDITOR);
    }

    /** The rules, written once: role first (403), then visibility (404), then what the reader may do. */
    static int expected(DemoUser user, Endpoint endpoint) {
        if (user.realmRole().filter(endpoint.roles::contains).isEmpty()) {
            return 403;
        }
        if (endpoint == Endpoint.LIST) {
            return 200;
        }
        if (!reads(user)) {
            return 404;
        }
        return switch (endpoint) {
            case SHARE -> 403; // CN: no CN-FR agreement in force; US: not the owner
            case REVOKE -> user.country().equals("CN") ? 409 : 403; // no share with FR to revoke
            default -> 200;
        };
    }

    static Reply send(DemoUser user, Endpoint endpoint) {
        String path = EvidenceApi.path(evidence.getString("id"));
        return switch (endpoint) {
            case GET -> Api.get(path).as(user).send();
            case LIST -> Api.get(EvidenceApi.PATH).as(user).send();
            case CONTENT -> Api.get(path + "/content").as(user).send();
            case CUSTODY -> Api.get(path + "/custody").as(user).send();
            case SHARES -> Api.get(path + "/shares").as(user).send();
            case VERIFY -> Api.post(path + "/verify").as(user).send();
            case SHARE -> EvidenceApi.share(user, evidence.getString("id"), "FR");
            case REVOKE -> Api.delete(path + "/shares/FR").as(user).send();
        };
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> DemoUsers.all().stream().map(user -> {
            int status = expected(user, endpoint);
            String name = user + " " + endpoint.name().toLowerCase() + " CN evidence shared with US → " + status;
            return dynamicTest(name, () -> check(user, endpoint, status, name));
        }));
    }

    private static void check(DemoUser user, Endpoint endpoint, int status, String name) {
        Reply reply = send(user, endpoint);
        if (status == 200) {
            reply.expect(200);
        } else {
            reply.expectProblem(status);
        }
        if (endpoint == Endpoint.LIST && status == 200) {
            assertEquals(reads(user), Reply.strings(reply.array(), "id").contains(evidence.getString("id")), name);
        }
        if (!reads(user)) {
            assertFalse(reply.body().contains(evidence.getString("sha256")), name + " leaks the hash: " + reply.body());
        }
    }
}
