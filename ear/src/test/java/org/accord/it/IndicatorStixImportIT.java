package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.StixSchemas;
import org.junit.jupiter.api.Test;

/**
 * A STIX 2.1 bundle imported into a report (docs/indicators.md, "STIX 2.1 import"): patterns joined by OR and AND
 * become exactly their indicators, what Accord does not model is kept as context and exported again, export →
 * import → export keeps every indicator, marking and context object, bad objects are refused by index and id with
 * nothing stored, a marking above the report's TLP refuses the import, another country gets 404.
 */
class IndicatorStixImportIT {

    private static final String STIX = "application/stix+json;version=2.1";
    private static final String TLP2_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    private static final String TLP2_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    private static final String TLP2_RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
    private static final String TLP1_GREEN = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    private static final String TLP1_RED = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
    private static final String SHA = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";
    private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";

    private static JsonObjectBuilder sdo(String type, int n) {
        return Json.createObjectBuilder().add("type", type).add("spec_version", "2.1")
                .add("id", type + "--" + String.format("%08d-1111-4111-8111-111111111111", n))
                .add("created", "2026-11-01T00:00:00.000Z").add("modified", "2026-11-01T00:00:00.000Z");
    }

    private static JsonObjectBuilder indicator(int n, String pattern, String... types) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List.of(types).forEach(array::add);
        return sdo("indicator", n).add("pattern", pattern).add("pattern_type", "stix")
                .add("valid_from", "2026-11-01T00:00:00Z").add("indicator_types", array);
    }

    private static JsonArray marked(String marking) {
        return Json.createArrayBuilder().add(marking).build();
    }

    private static String bundle(JsonObject... objects) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List.of(objects).forEach(array::add);
        return Json.createObjectBuilder().add("type", "bundle").add("id", "bundle--" + java.util.UUID.randomUUID())
                .add("objects", array).build().toString();
    }

    /** What a feed writes: OR and AND patterns, one not reducible, objects Accord does not model, TLP markings. */
    private static final List<JsonObject> FEED = List.of(
            sdo("identity", 1).add("name", "Feed CERT").add("identity_class", "organization").build(),
            indicator(2, "[ipv4-addr:value = '1.80.1.2' OR ipv4-addr:value = '1.80.1.3']", "malicious-activity")
                    .add("valid_until", "2026-11-03T00:00:00Z").add("object_marking_refs", marked(TLP2_GREEN)).build(),
            indicator(3, "([file:hashes.MD5 = '" + MD5.toUpperCase() + "' AND file:hashes.'SHA-256' = '" + SHA
                    + "'] OR [domain-name:value = 'WWW.Example.CN'])", "compromised")
                    .add("object_marking_refs", marked(TLP1_GREEN)).build(),
            indicator(4, "[url:value = 'http://evil.de/gate?id=\\'1\\''] FOLLOWEDBY [ipv4-addr:value = '1.2.3.4']",
                    "malicious-activity").add("object_marking_refs", marked(TLP2_AMBER)).build(),
            indicator(5, "[ipv6-addr:value = '2600:0::/16'] OR [autonomous-system:number = 3320]", "benign")
                    .add("x_accord_role", "c2-server").build(),
            sdo("threat-actor", 6).add("name", "APT Example").add("threat_actor_types",
                    Json.createArrayBuilder().add("nation-state")).add("object_marking_refs", marked(TLP2_GREEN)).build(),
            sdo("malware", 7).add("name", "Evilbot").add("is_family", true).build(),
            sdo("attack-pattern", 8).add("name", "Spearphishing").build(),
            sdo("relationship", 9).add("relationship_type", "indicates").add("source_ref",
                    "indicator--00000002-1111-4111-8111-111111111111").add("target_ref",
                    "malware--00000007-1111-4111-8111-111111111111").build());

    private static String newReport(String purpose) {
        return Reports.create(CN_REPORTER, Reports.uniqueTitle(purpose)).getString("id");
    }

    private static Reply importStix(DemoUser user, String report, String body, String type, String query) {
        return Api.post(Indicators.path(report) + query).as(user).body(body).header("Content-Type", type).send();
    }

    private static JsonObject context(String report) {
        return Api.get(Indicators.path(report) + "/stix/context").as(CN_REPORTER).send().expect(200).json();
    }

    private static String export(String report) {
        String body = Api.get(Indicators.path(report) + "/stix").as(CN_REPORTER).header("Accept", "*/*").send()
                .expect(200).body();
        assertEquals(List.of(), StixSchemas.errors("common/bundle.json", body));
        for (JsonObject object : objects(body)) {
            String type = object.getString("type");
            String schema = switch (type) {
                case "marking-definition" -> "common/marking-definition.json";
                case "relationship" -> "sros/relationship.json";
                default -> "sdos/" + type + ".json";
            };
            assertEquals(List.of(), StixSchemas.errors(schema, object.toString()), object::toString);
        }
        return body;
    }

    /** "type value role firstSeen lastSeen" of every indicator of the report. */
    private static Set<String> indicatorSet(String report) {
        return Indicators.list(CN_REPORTER, report, "?size=500").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("type") + " " + i.getString("value") + " " + i.getString("role") + " "
                        + i.getString("firstSeen", "-") + " " + i.getString("lastSeen", "-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<JsonObject> objects(String bundle) {
        return Json.createReader(new StringReader(bundle)).readObject().getJsonArray("objects")
                .getValuesAs(JsonObject.class);
    }

    /** The objects of an export that are neither the report's own nor its indicators: the kept context. */
    private static Set<JsonObject> keptIn(String bundle, Set<String> own) {
        return objects(bundle).stream().filter(o -> !own.contains(o.getString("id"))).collect(Collectors.toSet());
    }

    /**
     * Per exported indicator: pattern, role, validity, first/last seen and markings (ids are per report; without a
     * first seen valid_from is the report's awareness time, so that one is left out).
     */
    private static Set<String> exportedIndicators(String bundle) {
        return objects(bundle).stream().filter(o -> o.getString("type").equals("indicator")
                && o.containsKey("x_accord_role")).map(o -> o.getString("pattern") + " " + o.getString("x_accord_role")
                + " " + (o.containsKey("x_accord_first_seen") ? o.getString("valid_from") : "awareness") + " "
                + o.getString("valid_until", "-") + " "
                + o.getString("x_accord_first_seen", "-") + " " + o.getString("x_accord_last_seen", "-") + " "
                + o.getJsonArray("object_marking_refs").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aFeedBecomesItsIndicatorsAndContextAndSurvivesExportImportExport() {
        String first = newReport("IndicatorStixImportIT feed");
        String feed = bundle(FEED.toArray(JsonObject[]::new));
        String key = java.util.UUID.randomUUID().toString();
        JsonObject done = Api.post(Indicators.path(first)).as(CN_REPORTER).body(feed).header("Content-Type", STIX)
                .header("Idempotency-Key", key).send().expect(201).json();
        assertEquals(7, done.getInt("added"));
        assertEquals("stix", done.getString("format"));
        assertEquals(9, done.getInt("lines"));
        JsonObject kept = done.getJsonObject("context");
        assertEquals(Json.createObjectBuilder().add("attack-pattern", 1).add("identity", 1).add("indicator", 1)
                .add("malware", 1).add("relationship", 1).add("threat-actor", 1).build(), kept.getJsonObject("byType"));
        JsonObject note = kept.getJsonArray("notes").getJsonObject(0);
        assertEquals(3, note.getInt("line"));
        assertEquals("indicator--00000004-1111-4111-8111-111111111111", note.getString("value"));
        assertEquals("kept as context: pattern not reducible: FOLLOWEDBY (a sequence of observations)",
                note.getString("reason"));
        // what was kept stays with the import: a retry with the key, and the import read later, say the same
        JsonObject replayed = Api.post(Indicators.path(first)).as(CN_REPORTER).body(feed).header("Content-Type", STIX)
                .header("Idempotency-Key", key).send().expect(201).json(); // as IndicatorIT: a replay answers 201 too
        assertEquals(done.getInt("id"), replayed.getInt("id"));
        assertEquals(kept, replayed.getJsonObject("context"));
        assertEquals(kept, Api.get("/api/imports/" + done.getInt("id")).as(CN_REPORTER).send().expect(200).json()
                .getJsonObject("context"));

        Set<String> expected = new TreeSet<>(List.of(
                "ipv4 1.80.1.2 source 2026-11-01T00:00:00Z 2026-11-03T00:00:00Z",
                "ipv4 1.80.1.3 source 2026-11-01T00:00:00Z 2026-11-03T00:00:00Z",
                "md5 " + MD5 + " infected-system 2026-11-01T00:00:00Z -",
                "sha256 " + SHA + " infected-system 2026-11-01T00:00:00Z -",
                "domain www.example.cn infected-system 2026-11-01T00:00:00Z -",
                "cidr 2600::/16 c2-server - -",
                "asn 3320 c2-server - -"));
        // CSV rows with no first/last seen, to see that "unknown" survives the round trip too
        Indicators.importCsv(CN_REPORTER, first, "email,bob@mail.fr,target\n", "").expect(201);
        expected.add("email bob@mail.fr target - -");
        assertEquals(expected, indicatorSet(first));

        JsonObject onPage = context(first);
        assertEquals(6, onPage.getInt("total"));
        assertEquals(kept.getJsonObject("byType"), onPage.getJsonObject("byType"));
        assertEquals("pattern not reducible: FOLLOWEDBY (a sequence of observations)",
                onPage.getJsonArray("notes").getJsonObject(0).getString("reason"));

        String exported = export(first);
        Set<String> ownFirst = accordsOwn(exported);
        Set<JsonObject> keptFirst = keptIn(exported, ownFirst);
        assertEquals(Set.of(FEED.get(0), FEED.get(3), FEED.get(5), FEED.get(6), FEED.get(7), FEED.get(8)), keptFirst);

        String second = newReport("IndicatorStixImportIT round trip");
        JsonObject again = importStix(CN_REPORTER, second, exported, "application/json", "").expect(201).json();
        assertEquals(8, again.getInt("added"));
        assertEquals(expected, indicatorSet(second));
        String reexported = export(second);
        assertEquals(keptFirst, keptIn(reexported, accordsOwn(reexported)));
        assertEquals(exportedIndicators(exported), exportedIndicators(reexported));
        assertEquals(markingDefinitions(exported), markingDefinitions(reexported));
        assertEquals(context(first), context(second));
    }

    /** The ids Accord's export writes itself: identity, TLP definitions, indicators, their relationships, report. */
    private static Set<String> accordsOwn(String bundle) {
        List<JsonObject> objects = objects(bundle);
        JsonObject report = objects.stream().filter(o -> o.getString("type").equals("report")
                && o.getJsonArray("report_types").getString(0).equals("incident")).findFirst().orElseThrow();
        Set<String> own = report.getJsonArray("object_refs").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toCollection(java.util.HashSet::new));
        own.add(report.getString("id"));
        objects.stream().filter(o -> o.getString("type").equals("marking-definition") && o.containsKey("extensions"))
                .forEach(o -> own.add(o.getString("id")));
        objects.stream().filter(o -> o.getString("type").equals("relationship")
                && own.contains(o.getString("source_ref")) && report.getString("id").equals(o.getString("target_ref")))
                .forEach(o -> own.add(o.getString("id")));
        return own;
    }

    private static Set<JsonObject> markingDefinitions(String bundle) {
        return objects(bundle).stream().filter(o -> o.getString("type").equals("marking-definition"))
                .collect(Collectors.toSet());
    }

    @Test
    void aBadPatternAndAnUnknownTypeAreRefusedByObjectWithNothingStored() {
        String report = newReport("IndicatorStixImportIT bad objects");
        String body = bundle(FEED.get(1), FEED.get(5),
                indicator(20, "[ipv4-addr:value = '1.80.1.9' OR]", "malicious-activity").build(),
                Json.createObjectBuilder().add("type", "weird-thing").add("spec_version", "2.1")
                        .add("id", "weird-thing--00000021-1111-4111-8111-111111111111").build(),
                indicator(22, "[ipv4-addr:value = '1.80.1.300']", "malicious-activity").build(),
                indicator(23, "[ipv4-addr:value = '1.80.1.4']").add("x_accord_role", "boss").build());
        JsonObject problem = importStix(CN_REPORTER, report, body, STIX, "").expectProblem(422);
        assertEquals(4, problem.getInt("errorCount"));
        List<JsonObject> errors = problem.getJsonArray("lineErrors").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3, 4, 5), errors.stream().map(e -> e.getInt("line")).toList());
        assertEquals(List.of("indicator--00000020-1111-4111-8111-111111111111",
                "weird-thing--00000021-1111-4111-8111-111111111111", "indicator--00000022-1111-4111-8111-111111111111",
                "indicator--00000023-1111-4111-8111-111111111111"), errors.stream().map(e -> e.getString("value")).toList());
        assertEquals("pattern syntax error at character 32: expected an object type (such as ipv4-addr) but found ']'",
                errors.get(0).getString("reason"));
        assertEquals("unknown object type \"weird-thing\": neither a STIX 2.1 type nor a custom x- type",
                errors.get(1).getString("reason"));
        assertTrue(errors.get(2).getString("reason").startsWith("pattern value '1.80.1.300': ipv4 "),
                errors.get(2).toString());
        assertEquals("unknown x_accord_role \"boss\"; one of c2-server, infected-system, source, target, other",
                errors.get(3).getString("reason"));
        assertEquals(0, Indicators.total(CN_REPORTER, report));
        assertEquals(0, context(report).getInt("total"));

        JsonObject skipped = importStix(CN_REPORTER, report, body, STIX, "?skip-invalid=true").expect(201).json();
        assertEquals(2, skipped.getInt("added"));
        assertEquals(4, skipped.getInt("skipped"));
        assertEquals(4, skipped.getJsonArray("lineErrors").size());
        assertEquals(Set.of("ipv4 1.80.1.2 source 2026-11-01T00:00:00Z 2026-11-03T00:00:00Z",
                "ipv4 1.80.1.3 source 2026-11-01T00:00:00Z 2026-11-03T00:00:00Z"), indicatorSet(report));
        assertEquals(Json.createObjectBuilder().add("threat-actor", 1).build(), context(report).getJsonObject("byType"));

        // the same ids again: indicators merged, the context object replaced, not repeated
        JsonObject repeated = importStix(CN_REPORTER, report, body, STIX, "?skip-invalid=true").expect(201).json();
        assertEquals(0, repeated.getInt("added"));
        assertEquals(2, repeated.getInt("merged"));
        assertEquals(1, context(report).getInt("total"));
    }

    @Test
    void notABundleOrNotJsonIsRefusedWithNothingStored() {
        String report = newReport("IndicatorStixImportIT not a bundle");
        importStix(CN_REPORTER, report, "[]", STIX, "").expectInvalidField("body");
        importStix(CN_REPORTER, report, "{\"type\":\"report\",\"objects\":[]}", STIX, "").expectInvalidField("body");
        String broken = bundle(FEED.get(1), FEED.get(6));
        importStix(CN_REPORTER, report, broken.substring(0, broken.length() - 40), STIX, "")
                .expectInvalidField("body");
        assertEquals(0, Indicators.total(CN_REPORTER, report));
        assertEquals(0, context(report).getInt("total"));
    }

    @Test
    void aBundleMarkedAboveTheReportsTlpIsRefusedWithNothingStored() {
        String report = newReport("IndicatorStixImportIT marked red"); // TLP:AMBER
        for (String red : List.of(TLP2_RED, TLP1_RED)) {
            String body = bundle(FEED.get(1), FEED.get(6), sdo("threat-actor", 30).add("name", "Red actor")
                    .add("object_marking_refs", marked(red)).build());
            JsonObject problem = importStix(CN_REPORTER, report, body, STIX, "?skip-invalid=true")
                    .expectInvalidField("markings");
            assertTrue(problem.toString().contains("threat-actor--00000030-1111-4111-8111-111111111111 is marked TLP:RED,"
                    + " above the report's TLP:AMBER"), problem::toString);
        }
        // a marking definition of its own that says TLP red, referred to before it is defined
        String custom = "marking-definition--00000031-1111-4111-8111-111111111111";
        String body = bundle(Json.createObjectBuilder(FEED.get(6)).add("object_marking_refs", marked(custom)).build(),
                Json.createObjectBuilder().add("type", "marking-definition").add("spec_version", "2.1").add("id", custom)
                        .add("created", "2017-01-20T00:00:00.000Z").add("definition_type", "tlp")
                        .add("definition", Json.createObjectBuilder().add("tlp", "red")).build());
        importStix(CN_REPORTER, report, body, STIX, "").expectInvalidField("markings");
        assertEquals(0, Indicators.total(CN_REPORTER, report));
        assertEquals(0, context(report).getInt("total"));
    }

    @Test
    void anotherCountryNeitherImportsNorReads() {
        String report = newReport("IndicatorStixImportIT isolation");
        importStix(CN_REPORTER, report, bundle(FEED.get(1), FEED.get(6)), STIX, "").expect(201);
        importStix(US_REPORTER, report, bundle(FEED.get(1), FEED.get(6)), STIX, "").expectProblem(404);
        Api.get(Indicators.path(report) + "/stix/context").as(US_REPORTER).send().expectProblem(404);
        Api.get(Indicators.path(report) + "/stix").as(US_REPORTER).header("Accept", "*/*").send().expectProblem(404);
        assertEquals(Map.of("malware", 1L), context(report).getJsonObject("byType").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).longValue())));
    }
}
