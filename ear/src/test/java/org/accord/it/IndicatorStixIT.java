package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.accord.it.support.Api;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.StixSchemas;
import org.junit.jupiter.api.Test;

/**
 * A report exported as STIX 2.1 (docs/indicators.md, "STIX 2.1"): the bundle and every object in it validate
 * against the OASIS schemas; every indicator is there with its pattern, role and the report's TLP marking.
 */
class IndicatorStixIT {

    private static final String FEED = """
            ipv4,1.80.1.2,infected-system,2026-11-01T00:00:00Z,2026-11-03T00:00:00Z
            ipv6,2600::1,target
            cidr,2.1.0.0/16,source
            domain,www.example.cn,c2-server
            url,http://evil.de/gate?id='1',c2-server
            email,bob@mail.fr
            sha256,abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789
            md5,d41d8cd98f00b204e9800998ecf8427e
            asn,AS3320
            """;

    @Test
    void theExportIsSchemaValidAndCarriesEveryIndicatorAndTheMarking() {
        assertTrue(Files.isDirectory(StixSchemas.directory()), StixSchemas.directory().toString());
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorStixIT")).getString("id");
        Indicators.importCsv(CN_REPORTER, report, FEED, "").expect(201);

        Reply reply = Api.get(Indicators.path(report) + "/stix").as(CN_REPORTER).header("Accept", "*/*").send()
                .expect(200);
        assertTrue(reply.contentType().startsWith("application/stix+json"), reply.contentType());
        String body = reply.body();
        assertEquals(List.of(), StixSchemas.errors("common/bundle.json", body));

        JsonObject bundle = Json.createReader(new StringReader(body)).readObject();
        List<JsonObject> objects = bundle.getJsonArray("objects").getValuesAs(JsonObject.class);
        for (JsonObject object : objects) {
            String type = object.getString("type");
            String schema = switch (type) {
                case "marking-definition" -> "common/marking-definition.json";
                case "relationship" -> "sros/relationship.json";
                default -> "sdos/" + type + ".json";
            };
            assertEquals(List.of(), StixSchemas.errors(schema, object.toString()), object::toString);
        }
        Map<String, Long> byType = objects.stream().collect(Collectors.groupingBy(o -> o.getString("type"),
                Collectors.counting()));
        assertEquals(Map.of("identity", 1L, "marking-definition", 5L, "report", 1L, "indicator", 9L,
                "relationship", 9L), byType);

        Set<String> patterns = new TreeSet<>();
        objects.stream().filter(o -> o.getString("type").equals("indicator")).forEach(o -> {
            patterns.add(o.getString("pattern") + " " + o.getString("x_accord_role"));
            assertEquals(List.of("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
                    o.getJsonArray("object_marking_refs").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList());
        });
        assertEquals(new TreeSet<>(List.of("[ipv4-addr:value = '1.80.1.2'] infected-system",
                "[ipv6-addr:value = '2600::1'] target", "[ipv4-addr:value = '2.1.0.0/16'] source",
                "[domain-name:value = 'www.example.cn'] c2-server",
                "[url:value = 'http://evil.de/gate?id=\\'1\\''] c2-server", "[email-addr:value = 'bob@mail.fr'] other",
                "[file:hashes.'SHA-256' = 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789'] other",
                "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e'] other",
                "[autonomous-system:number = 3320] other")), patterns);
        JsonObject incident = objects.stream().filter(o -> o.getString("type").equals("report")).findFirst().orElseThrow();
        assertEquals("incident", incident.getJsonArray("report_types").getString(0));
        assertEquals(10, incident.getJsonArray("object_refs").size());
        JsonObject first = objects.stream().filter(o -> o.getString("pattern", "").contains("1.80.1.2")).findFirst()
                .orElseThrow();
        assertEquals("2026-11-01T00:00:00.000Z", first.getString("valid_from"));
        assertEquals("2026-11-03T00:00:00.000Z", first.getString("valid_until"));

        String again = Api.get(Indicators.path(report) + "/stix").as(CN_REPORTER).header("Accept", "*/*").send()
                .expect(200).body();
        assertEquals(ids(body), ids(again));
        Api.get(Indicators.path(report) + "/stix").as(org.accord.it.support.DemoUsers.US_REPORTER)
                .header("Accept", "*/*").send().expectProblem(404);
    }

    /** Every object id but the bundle's, which is new on every export. */
    private static Set<String> ids(String bundle) {
        return Json.createReader(new StringReader(bundle)).readObject().getJsonArray("objects")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).collect(Collectors.toSet());
    }
}
