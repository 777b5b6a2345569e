package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.accord.it.support.Api;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input gets a problem-details answer that names the bad field (422 for a value that breaks a
 * rule, 400 for a body that is not the expected JSON) and stores nothing: every refused body
 * carries a unique title, and no report with that title exists afterwards. A body, header or query
 * parameter naming a country never moves a report out of the caller's country.
 */
class BadInputIT {

    private static Instant start;
    private static JsonObject existing;

    @BeforeAll
    static void fileOneReport() {
        start = Instant.now().minusSeconds(5);
        existing = Reports.create(CN_REPORTER, Reports.uniqueTitle("bad input target"));
    }

    /** A title of exactly {@code length} characters that no other report has. */
    static String titleOf(int length) {
        return (Reports.uniqueTitle("too long") + " " + "x".repeat(length)).substring(0, length);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid("unknown RSIT type", "rsitType", b -> b.add("rsitType", "botnet-rental")),
                invalid("RSIT type of another class", "rsitType", b -> b.add("rsitType", "phishing")),
                invalid("unknown RSIT class", "rsitClass", b -> b.add("rsitClass", "cyber-war")),
                invalid("TLP 1.0 label WHITE", "tlp", b -> b.add("tlp", "WHITE")),
                invalid("misspelt TLP AMBER-STRICT", "tlp", b -> b.add("tlp", "AMBER-STRICT")),
                invalid("unknown severity", "severity", b -> b.add("severity", "catastrophic")),
                invalid("unknown NIS2 stage", "nis2Stage", b -> b.add("nis2Stage", "late")),
                invalid("awareness in the future", "awareAt",
                        b -> b.add("awareAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())),
                invalid("unknown sector", "sectors", b -> b.add("sectors", Json.createArrayBuilder()
                        .add("energy").add("cyberspace"))),
                invalid("negative affected systems", "affectedSystems", b -> b.add("affectedSystems", -1)),
                invalid("blank description", "description", b -> b.add("description", " ")),
                invalid("missing awareness time", "awareAt", b -> b.remove("awareAt")));
    }

    private static Arguments invalid(String what, String field, UnaryOperator<JsonObjectBuilder> change) {
        return arguments(Named.of(what, change), field);
    }

    @ParameterizedTest(name = "create with {0} → 422 naming {1}, nothing stored")
    @MethodSource("invalidValues")
    void invalidValueOnCreate(UnaryOperator<JsonObjectBuilder> change, String field) {
        String title = Reports.uniqueTitle("invalid " + field);
        Api.post(Reports.PATH).as(CN_REPORTER).json(change.apply(Reports.body(title)).build()).send()
                .expectInvalidField(field);
        Reports.assertStored(0, CN_REPORTER, title, start);
    }

    @ParameterizedTest(name = "update with {0} → 422 naming {1}, report unchanged")
    @MethodSource("invalidValues")
    void invalidValueOnUpdate(UnaryOperator<JsonObjectBuilder> change, String field) {
        Api.put(Reports.path(existing.getString("id"))).as(CN_REPORTER).ifMatch("\"1\"")
                .json(change.apply(Reports.body(Reports.uniqueTitle("invalid update"))).build()).send()
                .expectInvalidField(field);
        assertEquals(existing, Reports.read(CN_REPORTER, existing.getString("id")));
    }

    @Test
    void aTitleOf201CharactersIsRefusedAndOf200Accepted() {
        String tooLong = titleOf(201);
        Api.post(Reports.PATH).as(CN_REPORTER).json(Reports.body(tooLong).build()).send().expectInvalidField("title");
        Reports.assertStored(0, CN_REPORTER, tooLong, start);

        String longest = titleOf(200);
        assertEquals(longest, Reports.create(CN_REPORTER, longest).getString("title"));
    }

    @Test
    void aPageTooFarForADatabaseOffsetIsRefusedNotAnError() {
        for (String list : List.of(Reports.PATH, "/api/requests", Reports.PATH + "/" + Reports.create(CN_REPORTER,
                Reports.uniqueTitle("far page")).getString("id") + "/indicators?q=10.")) {
            String far = list + (list.contains("?") ? "&" : "?") + "page=2000000000&size=20";
            Api.get(far).as(CN_REPORTER).send().expectInvalidField("page");
        }
        Api.get(Reports.PATH + "?page=100000000&size=20").as(CN_REPORTER).send().expect(200); // far, but countable
    }

    @Test
    void malformedJsonIs400() {
        String title = Reports.uniqueTitle("malformed");
        String broken = Reports.body(title).build().toString().replace(",\"description\"", ",description");
        Api.post(Reports.PATH).as(CN_REPORTER).body(broken).send().expectProblem(400);
        Api.post(Reports.PATH).as(CN_REPORTER).body("{\"title\": \"" + title + "\"").send().expectProblem(400);
        Reports.assertStored(0, CN_REPORTER, title, start);
    }

    @Test
    void aValueOfTheWrongJsonTypeIs400() {
        String title = Reports.uniqueTitle("wrong type");
        Api.post(Reports.PATH).as(CN_REPORTER).json(Reports.body(title).add("affectedSystems", "many").build())
                .send().expectProblem(400);
        Api.post(Reports.PATH).as(CN_REPORTER).json(Reports.body(title).add("awareAt", "yesterday").build())
                .send().expectProblem(400);
        Reports.assertStored(0, CN_REPORTER, title, start);
    }

    @ParameterizedTest(name = "a body carrying {0} → 400 naming it, nothing stored")
    @MethodSource("fieldsTheServerOwns")
    void aBodyCarryingAFieldTheServerOwnsIs400(String field, String value) {
        String title = Reports.uniqueTitle("carries " + field);
        JsonObject problem = Api.post(Reports.PATH).as(CN_REPORTER)
                .json(Reports.body(title).add(field, value).build()).send().expectProblem(400);
        assertTrue(problem.getString("detail").contains(field), problem::toString);
        Reports.assertStored(0, CN_REPORTER, title, start);
        Reports.assertStored(0, US_REPORTER, title, start);

        JsonObject onUpdate = Api.put(Reports.path(existing.getString("id"))).as(CN_REPORTER).ifMatch("\"1\"")
                .json(Reports.body(title).add(field, value).build()).send().expectProblem(400);
        assertTrue(onUpdate.getString("detail").contains(field), onUpdate::toString);
        assertEquals(existing, Reports.read(CN_REPORTER, existing.getString("id")));
    }

    static Stream<Arguments> fieldsTheServerOwns() {
        return Stream.of(arguments("country", "US"), arguments("status", "closed"),
                arguments("id", "US-2026-000001"), arguments("owner", "us-reporter"));
    }

    @Test
    void aTenantHeaderOrQueryParameterIsIgnored() {
        String title = Reports.uniqueTitle("tenant header");
        Reply reply = Api.post(Reports.PATH + "?country=US&tenant=US").as(CN_REPORTER)
                .header("X-Tenant", "US").header("X-Country", "US").json(Reports.body(title).build()).send();
        JsonObject report = reply.expect(201).json();
        assertEquals("CN", report.getString("country"));
        assertTrue(report.getString("id").startsWith("CN-"), report::toString);
        Api.get(Reports.path(report.getString("id"))).as(US_REPORTER).send().expectProblem(404);
        Reports.assertStored(0, US_REPORTER, title, start);
        Reports.assertStored(1, CN_REPORTER, title, start);

        Reply list = Reports.list(US_REPORTER, "size", "200");
        list.expect(200);
        assertTrue(list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getString("country").equals("US")), list::toString);
        Reply spoofed = Api.get(Reports.PATH + "?size=200").as(CN_REPORTER).header("X-Tenant", "US").send().expect(200);
        assertTrue(spoofed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getString("country").equals("CN")), spoofed::toString);
    }
}
