package org.accord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * SECURITY.md case 1: every operation of the running server's OpenAPI document × every demo user
 * answers exactly the status {@link #EXPECTED} declares, on fixtures of CN shared with US (a report
 * shown through a CN → US request under an agreement in force, a message, evidence shared with US, an indicator
 * sent to US in a request of its own and so in US's TAXII collection of CN).
 * An operation the table does not know fails the suite, so a new endpoint cannot ship without its
 * access rule being written down here.
 * <p>
 * Calls never change the fixtures: writes carry a stale {@code If-Match} or an empty body, so a caller
 * who may act reaches the version check or validation (412, 422), one who may not is stopped before
 * (403 by role, 404 for an object the caller's country cannot see). No answer to DE, FR, the admin or
 * the guest carries a fixture's title, text, file name, hash or (unless sent in the path) id.
 */
class OpenApiIsolationMatrixIT {

    /**
     * Columns: CN (owner) reporter liaison auditor | US (partner) reporter liaison auditor | DE and FR
     * (third countries) reporter liaison auditor | INT auditor | portal admin | CN guest (no role).
     */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        // public
        expect("GET /api/health", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 200 | 200");
        expect("GET /api/me", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 200 | 200");
        // countries: everyone with a role reads; the admin alone writes
        expect("GET /api/countries", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 200 | 403");
        expect("GET /api/countries/{code}", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 200 | 403");
        expect("POST /api/countries", "403 403 403 | 403 403 403 | 403 403 403 | 403 | 422 | 403");
        expect("PUT /api/countries/{code}", "403 403 403 | 403 403 403 | 403 403 403 | 403 | 422 | 403");
        // reports: the partner reads the shown report, never changes it; third countries do not see it
        expect("GET /api/reports", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("POST /api/reports", "422 422 403 | 422 422 403 | 422 422 403 | 403 | 403 | 403");
        expect("GET /api/reports/{id}", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("PUT /api/reports/{id}", "412 412 403 | 403 403 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/reports/{id}/submit", "412 412 403 | 403 403 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/reports/{id}/triage", "403 412 403 | 403 403 403 | 403 404 403 | 403 | 403 | 403");
        expect("POST /api/reports/{id}/close", "412 412 403 | 403 403 403 | 404 404 403 | 403 | 403 | 403");
        expect("GET /api/reports/{id}/history", "200 200 200 | 404 404 404 | 404 404 404 | 200 | 403 | 403");
        // agreements: the parties and the oversight body read; liaisons act
        expect("GET /api/agreements", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("POST /api/agreements", "403 422 403 | 403 422 403 | 403 422 403 | 403 | 403 | 403");
        expect("GET /api/agreements/{id}", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("POST /api/agreements/{id}/ratify", "403 412 403 | 403 412 403 | 403 404 403 | 403 | 403 | 403");
        expect("POST /api/agreements/{id}/reject", "403 412 403 | 403 412 403 | 403 404 403 | 403 | 403 | 403");
        expect("POST /api/agreements/{id}/suspend", "403 412 403 | 403 412 403 | 403 404 403 | 403 | 403 | 403");
        expect("POST /api/agreements/{id}/terminate", "403 412 403 | 403 412 403 | 403 404 403 | 403 | 403 | 403");
        expect("POST /api/agreements/{id}/versions", "403 422 403 | 403 422 403 | 403 404 403 | 403 | 403 | 403");
        // cooperation requests: both sides read. The version check (412) comes before the side check for
        // anyone who may read the request, so the steps' sides are asserted in RequestIsolationMatrixIT
        expect("GET /api/requests", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("POST /api/requests", "422 422 403 | 422 422 403 | 422 422 403 | 403 | 403 | 403");
        expect("GET /api/requests/{id}", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/requests/{id}/pdf", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("POST /api/requests/{id}/messages", "422 422 403 | 422 422 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/requests/{id}/acknowledge", "412 412 403 | 412 412 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/requests/{id}/accept", "412 412 403 | 412 412 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/requests/{id}/decline", "412 412 403 | 412 412 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/requests/{id}/answer", "412 412 403 | 412 412 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/requests/{id}/withdraw", "412 412 403 | 412 412 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/requests/{id}/close", "412 412 403 | 412 412 403 | 404 404 403 | 403 | 403 | 403");
        // evidence: the partner reads and downloads shared evidence, never shares or revokes it
        expect("GET /api/evidence", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("POST /api/evidence", "422 422 403 | 422 422 403 | 422 422 403 | 403 | 403 | 403");
        expect("GET /api/evidence/{id}", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/evidence/{id}/content", "200 200 403 | 200 200 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/evidence/{id}/verify", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/evidence/{id}/custody", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/evidence/{id}/shares", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("POST /api/evidence/{id}/shares", "403 422 403 | 403 403 403 | 403 404 403 | 403 | 403 | 403");
        expect("DELETE /api/evidence/{id}/shares/{country}", "403 409 403 | 403 403 403 | 403 404 403 | 403 | 403 | 403");
        // the exchange log: every role reads entries about its own country; auditors export and verify
        expect("GET /api/exchange-log/entries", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/tree-heads", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/tree-heads/latest", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("POST /api/exchange-log/tree-heads", "403 403 200 | 403 403 200 | 403 403 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/proofs/inclusion", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/proofs/consistency", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/public-key", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/export/entries.jsonl", "403 403 200 | 403 403 200 | 403 403 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/export/log.zip", "403 403 200 | 403 403 200 | 403 403 200 | 200 | 403 | 403");
        expect("GET /api/exchange-log/dossier.pdf", "403 403 200 | 403 403 200 | 403 403 200 | 200 | 403 | 403");
        expect("POST /api/exchange-log/verify", "403 403 200 | 403 403 200 | 403 403 200 | 200 | 403 | 403");
        // indicators: the owner's country lists and imports them; a partner reads only those of a request to it
        expect("GET /api/reports/{id}/indicators", "200 200 200 | 404 404 404 | 404 404 404 | 200 | 403 | 403");
        expect("POST /api/reports/{id}/indicators", "422 422 403 | 404 404 403 | 404 404 403 | 403 | 403 | 403");
        expect("GET /api/reports/{id}/indicators/stix", "200 200 200 | 404 404 404 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/reports/{id}/indicators/stix/context", "200 200 200 | 404 404 404 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/reports/{id}/indicators/pdf", "200 200 200 | 404 404 404 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/reports/{id}/indicators/routing", "200 200 200 | 404 404 404 | 404 404 404 | 200 | 403 | 403");
        expect("POST /api/reports/{id}/indicators/routing", "200 200 403 | 404 404 403 | 404 404 403 | 403 | 403 | 403");
        expect("POST /api/reports/{id}/indicators/requests", "422 422 403 | 404 404 403 | 404 404 403 | 403 | 403 | 403");
        expect("GET /api/reports/{id}/indicators/imports", "200 200 403 | 404 404 404 | 404 404 404 | 403 | 403 | 403");
        expect("GET /api/imports/{id}", "404 404 404 | 404 404 404 | 404 404 404 | 404 | 403 | 403");
        expect("DELETE /api/imports/{id}", "404 404 403 | 404 404 403 | 404 404 403 | 403 | 403 | 403");
        expect("GET /api/requests/{id}/indicators", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        expect("GET /api/requests/{id}/indicators/csv", "200 200 200 | 200 200 200 | 404 404 404 | 200 | 403 | 403");
        // TAXII 2.1: the partner's collection of what CN's requests carried; nobody else has it (docs/taxii.md)
        expect("GET /api/taxii2", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/taxii2/accord", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/taxii2/accord/collections", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        expect("GET /api/taxii2/accord/collections/{id}", "404 404 404 | 200 200 200 | 404 404 404 | 404 | 403 | 403");
        expect("GET /api/taxii2/accord/collections/{id}/objects",
                "404 404 404 | 200 200 200 | 404 404 404 | 404 | 403 | 403");
        expect("GET /api/taxii2/accord/collections/{id}/objects/{objectId}",
                "404 404 404 | 200 200 200 | 404 404 404 | 404 | 403 | 403");
        expect("GET /api/taxii2/accord/collections/{id}/manifest",
                "404 404 404 | 200 200 200 | 404 404 404 | 404 | 403 | 403");
        expect("GET /api/notifications", "200 200 200 | 200 200 200 | 200 200 200 | 200 | 403 | 403");
        // knobs of the test server only (-Daccord.test-controls=true): the admin alone
        expect("PUT /api/test-controls/clock", "403 403 403 | 403 403 403 | 403 403 403 | 403 | 422 | 403");
        expect("POST /api/test-controls/retention-purge", "403 403 403 | 403 403 403 | 403 403 403 | 403 | 200 | 403");
        expect("PUT /api/test-controls/evidence-limits", "403 403 403 | 403 403 403 | 403 403 403 | 403 | 200 | 403");
        expect("DELETE /api/test-controls/evidence-limits", "403 403 403 | 403 403 403 | 403 403 403 | 403 | 200 | 403");
    }

    private static void expect(String operation, String statuses) {
        EXPECTED.put(operation, statuses);
    }

    static final String MARK = "oamx" + Long.toHexString(System.nanoTime());
    /** The fixture report's one indicator, routed to US (4.0.0.0/9). */
    static final String INDICATOR = "ipv4 4.99.77.55";

    static String agreement;
    static String report;
    static String request;
    static String evidence;
    static String sha256;
    static String indicatorRequest;
    static String collection;
    static String stixObject;
    static List<String> operations;
    static int treeSize;

    @BeforeAll
    static void fixtures() {
        agreement = AgreementIT.inForce(MARK + " agreement");
        report = Reports.create(DemoUsers.CN_REPORTER, Reports.body(MARK + " report title").build()).getString("id");
        request = Requests.send(DemoUsers.CN_REPORTER, Requests.body("US", MARK + " request title", List.of(report))
                .build()).expect(201).json().getString("id");
        Requests.post(DemoUsers.CN_REPORTER, request, MARK + " message text").expect(201);
        JsonObject uploaded = EvidenceApi.upload(DemoUsers.CN_REPORTER, report, "logs", "AMBER",
                (MARK + " evidence bytes").getBytes(StandardCharsets.UTF_8));
        evidence = uploaded.getString("id");
        sha256 = uploaded.getString("sha256");
        EvidenceApi.share(DemoUsers.CN_LIAISON, evidence, "US").expect(201);
        shareAnIndicatorOverTaxii();
        operations = operationsOfTheOpenApiDocument();
        treeSize = Api.post("/api/exchange-log/tree-heads").as(DemoUsers.INT_AUDITOR).send().expect(200).json()
                .getInt("size");
    }

    /** The report's one indicator goes to US in a request of its own; US's TAXII collection of CN then shows it. */
    static void shareAnIndicatorOverTaxii() {
        Indicators.importCsv(DemoUsers.CN_REPORTER, report, INDICATOR.replace(' ', ',') + ",c2-server\n", "")
                .expect(201);
        indicatorRequest = Api.post(Indicators.path(report) + "/requests").as(DemoUsers.CN_REPORTER)
                .json(Json.createObjectBuilder().add("countries", Json.createArrayBuilder().add("US"))
                        .add("type", "mitigation-takedown").add("title", MARK + " indicator request")
                        .add("body", MARK + " body").add("agreement", agreement).build())
                .send().expect(200).array().getJsonObject(0).getString("request");
        JsonObject collections = Api.get("/api/taxii2/accord/collections/").as(DemoUsers.US_LIAISON).send()
                .expect(200).json();
        collection = collections.getJsonArray("collections").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals("Indicators shared by CN with US")).findFirst().orElseThrow()
                .getString("id");
        Instant sent = Instant.parse(Requests.read(DemoUsers.US_LIAISON, indicatorRequest).expect(200).json()
                .getString("sentAt")).truncatedTo(ChronoUnit.MICROS);
        stixObject = Api.get("/api/taxii2/accord/collections/" + collection + "/objects/?added_after="
                + sent.minus(1, ChronoUnit.MICROS)).as(DemoUsers.US_LIAISON).send().expect(200).json()
                .getJsonArray("objects").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("x_accord_request").equals(indicatorRequest)).findFirst().orElseThrow()
                .getString("id");
    }

    /** Every method × path of {@code /openapi}, a path parameter with alternatives expanded into each. */
    static List<String> operationsOfTheOpenApiDocument() {
        JsonObject paths = Api.get("/openapi?format=JSON").send().expect(200).json().getJsonObject("paths");
        List<String> found = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (method.equals("parameters")) {
                return;
            }
            List<String> expanded = List.of(path);
            for (JsonValue p : operation.asJsonObject().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY)
                    .asJsonArray()) {
                JsonObject parameter = p.asJsonObject();
                String pattern = parameter.getJsonObject("schema") == null ? ""
                        : parameter.getJsonObject("schema").getString("pattern", "");
                if (parameter.getString("in").equals("path") && pattern.matches("[a-z|-]+")) {
                    String name = "{" + parameter.getString("name") + "}";
                    expanded = expanded.stream().flatMap(x -> Stream.of(pattern.split("\\|"))
                            .map(alt -> x.replace(name, alt))).toList();
                }
            }
            expanded.forEach(x -> found.add(method.toUpperCase() + " " + x));
        }));
        return found;
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasAnExpectation() {
        List<String> unknown = operations.stream().filter(op -> !EXPECTED.containsKey(op)).toList();
        assertTrue(unknown.isEmpty(), () -> "operations without an access rule in OpenApiIsolationMatrixIT.EXPECTED "
                + "(add a row): " + unknown);
        assertTrue(operations.size() >= 50, () -> "the OpenAPI document lists too few operations: " + operations);
    }

    @TestFactory
    Stream<DynamicNode> matrix() {
        return operations.stream().filter(EXPECTED::containsKey).map(op -> dynamicContainer(op,
                DemoUsers.all().stream().map(user -> dynamicTest(user + " " + op + " → " + expected(op, user),
                        () -> cell(op, user)))));
    }

    /** The expected status of {@code user} on {@code operation}, read from its column of {@link #EXPECTED}. */
    static int expected(String operation, DemoUser user) {
        String[] columns = EXPECTED.get(operation).replace("|", " ").trim().split("\\s+");
        assertEquals(12, columns.length, () -> "12 columns for " + operation);
        int column = switch (user.country()) {
            case "CN" -> user.role() == null ? 11 : roleIndex(user);
            case "US" -> 3 + roleIndex(user);
            case "DE", "FR" -> 6 + roleIndex(user);
            default -> user.hasRole(DemoUser.AUDITOR) ? 9 : 10;
        };
        return Integer.parseInt(columns[column]);
    }

    private static int roleIndex(DemoUser user) {
        return List.of(DemoUser.REPORTER, DemoUser.LIAISON, DemoUser.AUDITOR).indexOf(user.role());
    }

    static void cell(String operation, DemoUser user) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("/reports/{id}", "/reports/" + report).replace("/requests/{id}", "/requests/" + request)
                .replace("/evidence/{id}", "/evidence/" + evidence).replace("/agreements/{id}", "/agreements/" + agreement)
                .replace("{code}", "CN").replace("{country}", "DE").replace("/imports/{id}", "/imports/999999999")
                .replace("{job}", "no-such-job").replace("/collections/{id}", "/collections/" + collection)
                .replace("{objectId}", stixObject);
        String query = switch (operation) {
            case "GET /api/exchange-log/proofs/inclusion" -> "?seq=0&treeSize=" + treeSize;
            case "GET /api/exchange-log/proofs/consistency" -> "?from=" + treeSize + "&to=" + treeSize;
            case "GET /api/exchange-log/export/entries.jsonl", "GET /api/exchange-log/export/log.zip" -> "?start=0&end="
                    + treeSize;
            case "GET /api/exchange-log/dossier.pdf" -> "?objectId=" + request;
            case "GET /api/reports", "GET /api/requests", "GET /api/exchange-log/entries" -> "?size=200";
            default -> "";
        };
        Api.Call call = switch (method) {
            case "GET" -> Api.get(path + query);
            case "DELETE" -> Api.delete(path);
            case "PUT" -> Api.put(path);
            default -> Api.post(path);
        };
        call.as(user);
        if (!method.equals("GET")) {
            call.ifMatch("\"999\"");
        }
        if (method.equals("POST") || method.equals("PUT")) {
            call.body("{}");
        }
        if (operation.equals("POST /api/evidence")) {
            call.header("Content-Type", "application/octet-stream");
        }
        if (operation.equals("POST /api/reports/{id}/indicators")) {
            call.header("Content-Type", "text/csv");
        }
        Reply reply = call.send();
        assertEquals(expected(operation, user), reply.status(), () -> user + " " + operation + " answered " + reply);
        if (reply.status() >= 500) {
            throw new AssertionError(user + " " + operation + ": " + reply);
        }
        if (!sharedWith(user)) {
            assertNoFixtureIn(reply.request(), othersPart(operation, user, reply), path + query);
        }
    }

    /** The fixtures are CN's, shown to and shared with US; the INT auditor oversees every country. */
    static boolean sharedWith(DemoUser user) {
        return (user.country().equals("CN") && user.role() != null) || user.country().equals("US")
                || user.equals(DemoUsers.INT_AUDITOR);
    }

    /**
     * The body, less the exchange-log entries of the caller's own country's actions: a refused attempt of
     * DE on a CN id is DE's own entry and names the id DE sent.
     */
    static String othersPart(String operation, DemoUser user, Reply reply) {
        if (!operation.equals("GET /api/exchange-log/entries") || reply.status() != 200) {
            return reply.body();
        }
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.getString("actorCountry").equals(user.country())).toList().toString();
    }

    static void assertNoFixtureIn(String request, String body, String sentPath) {
        List<String> secrets = new ArrayList<>(List.of(MARK, sha256, INDICATOR.substring(INDICATOR.indexOf(' ') + 1)));
        for (String id : List.of(report, request, evidence, agreement, indicatorRequest)) {
            if (!sentPath.contains(id)) {
                secrets.add(id);
            }
        }
        for (String secret : secrets) {
            assertFalse(body.contains(secret), () -> request + " leaks " + secret + ": " + body);
        }
    }

    @AfterAll
    static void endTheAgreement() {
        Agreements.terminate(agreement, "CN");
    }

    @Test
    void theTableNamesNoOperationTheServerLacks() {
        TreeSet<String> stale = new TreeSet<>(EXPECTED.keySet());
        operations.forEach(stale::remove);
        assertTrue(stale.isEmpty(), () -> "rows of EXPECTED for operations the OpenAPI document no longer has: " + stale);
    }
}
