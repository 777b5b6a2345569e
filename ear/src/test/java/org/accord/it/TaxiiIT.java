package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_GUEST;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.accord.it.support.StixSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * TAXII 2.1 for partner tools (docs/taxii.md): CN sends US a request carrying seven indicators; the US liaison finds
 * the CN collection and pages through its objects and manifest three at a time until {@code more} is false, and gets
 * exactly those seven, schema-valid and marked; a third country sees none of it; when the agreement ends, the
 * collection no longer shows them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaxiiIT {

    private static final String TAXII = "/api/taxii2/accord";
    private static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    private static final String AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    /** Routed to US (4.0.0.0/9, 2600::/12, .us, .gov). */
    private static final List<String> SHARED = List.of("ipv4 4.1.2.1", "ipv4 4.1.2.2", "ipv4 4.1.2.3",
            "cidr 4.7.0.0/16", "domain bad.example.us", "url http://c2.example.gov/gate?id='1'", "ipv6 2600::7");
    /** Routed to DE and CN: never in the US collection. */
    private static final List<String> NOT_SHARED = List.of("ipv4 5.144.0.9", "domain x.example.cn");

    static String agreement;
    static String request;
    static String collection;
    static Instant sentAt;

    @BeforeAll
    static void cnSendsUsARequestCarryingSevenIndicators() {
        agreement = Indicators.investigationSupportInForce();
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("TaxiiIT")).getString("id");
        StringBuilder csv = new StringBuilder();
        for (String indicator : concat(SHARED, NOT_SHARED)) {
            csv.append(indicator.replaceFirst(" ", ",")).append(",c2-server\n");
        }
        Indicators.importCsv(CN_REPORTER, report, csv.toString(), "").expect(201);
        JsonObject sent = Api.post(Indicators.path(report) + "/requests").as(CN_REPORTER)
                .json(Json.createObjectBuilder().add("countries", Json.createArrayBuilder().add("US"))
                        .add("type", "investigation-support").add("title", "TaxiiIT indicators")
                        .add("body", "Pull them over TAXII").add("agreement", agreement).build())
                .send().expect(200).array().getJsonObject(0);
        assertEquals("sent", sent.getString("outcome"), sent::toString);
        assertEquals(SHARED.size(), sent.getInt("indicators"));
        request = sent.getString("request");
        sentAt = Instant.parse(Requests.read(US_LIAISON, request).expect(200).json().getString("sentAt"))
                .truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    @Order(1)
    void discoveryAndTheApiRootAnswerInTaxii21() {
        Reply discovery = Api.get("/api/taxii2/").as(US_LIAISON).send().expect(200);
        assertEquals(MEDIA_TYPE, discovery.contentType());
        String root = discovery.json().getString("default");
        assertTrue(root.endsWith("/api/taxii2/accord/"), root);
        assertEquals(List.of(root), strings(discovery.json().getJsonArray("api_roots")));

        JsonObject apiRoot = Api.get(TAXII + "/").as(US_LIAISON).header("Accept", MEDIA_TYPE).send().expect(200).json();
        assertEquals(List.of(MEDIA_TYPE), strings(apiRoot.getJsonArray("versions")));
        assertTrue(apiRoot.containsKey("max_content_length"), apiRoot::toString);
        assertEquals("application/json", Api.get(TAXII + "/").as(US_LIAISON).header("Accept", "application/json")
                .send().expect(200).contentType());
        Api.get(TAXII + "/").as(US_LIAISON).header("Accept", "application/taxii+json;version=2.0").send()
                .expectProblem(406);
    }

    @Test
    @Order(2)
    void theUsLiaisonListsTheCnCollectionAndPagesThroughExactlyTheRequestsIndicators() {
        JsonObject found = collectionsOf(US_LIAISON).stream()
                .filter(c -> c.getString("title").equals("Indicators shared by CN with US")).findFirst()
                .orElseThrow(() -> new AssertionError("no CN collection for US: " + collectionsOf(US_LIAISON)));
        collection = found.getString("id");
        assertTrue(found.getBoolean("can_read"));
        assertFalse(found.getBoolean("can_write"));
        assertEquals(found, Api.get(collectionPath() + "/").as(US_LIAISON).send().expect(200).json());

        long readsBefore = reads("taxii.objects-read");
        List<JsonObject> objects = new ArrayList<>();
        int pages = 0;
        String next = null;
        do {
            Reply page = Api.get(collectionPath() + "/objects/?limit=3&added_after=" + justBefore()
                    + (next == null ? "" : "&next=" + next)).as(US_LIAISON).send().expect(200);
            assertEquals(MEDIA_TYPE, page.contentType());
            JsonObject envelope = page.json();
            List<JsonObject> items = items(envelope);
            assertTrue(items.size() <= 3, envelope::toString);
            assertValidStix(items);
            assertEquals(dateAdded(), page.header("X-TAXII-Date-Added-First").orElseThrow());
            assertEquals(dateAdded(), page.header("X-TAXII-Date-Added-Last").orElseThrow());
            objects.addAll(items);
            pages++;
            next = envelope.getBoolean("more") ? envelope.getString("next") : null;
        } while (next != null);
        assertEquals(3, pages);
        assertEquals(3, reads("taxii.objects-read") - readsBefore, "one log entry per call, not per object");

        List<String> names = objects.stream().map(o -> o.getString("name")).toList();
        assertEquals(SHARED.size(), names.size(), names::toString);
        assertEquals(new TreeSet<>(SHARED), new TreeSet<>(names));
        for (JsonObject object : objects) {
            assertEquals(request, object.getString("x_accord_request"));
            assertEquals(List.of(AMBER), strings(object.getJsonArray("object_marking_refs")));
        }
        assertEquals(List.of("[url:value = 'http://c2.example.gov/gate?id=\\'1\\'']"), objects.stream()
                .filter(o -> o.getString("name").startsWith("url ")).map(o -> o.getString("pattern")).toList());

        List<JsonObject> manifest = manifest();
        assertEquals(objects.stream().map(o -> o.getString("id")).toList(),
                manifest.stream().map(m -> m.getString("id")).toList());
        for (JsonObject record : manifest) {
            assertEquals(dateAdded(), record.getString("date_added"));
            assertEquals("application/stix+json;version=2.1", record.getString("media_type"));
            JsonObject object = objects.stream().filter(o -> o.getString("id").equals(record.getString("id")))
                    .findFirst().orElseThrow();
            assertEquals(object.getString("modified"), record.getString("version"));
        }

        String oneId = objects.get(4).getString("id");
        assertEquals(List.of(objects.get(4)), objectsOf("match[id]=" + oneId));
        assertEquals(List.of(objects.get(4)), Api.get(collectionPath() + "/objects/" + oneId + "/").as(US_AUDITOR)
                .send().expect(200).json().getJsonArray("objects").getValuesAs(JsonObject.class));
        Api.get(collectionPath() + "/objects/indicator--" + UUID.randomUUID() + "/").as(US_LIAISON).send()
                .expectProblem(404);
        assertEquals(SHARED.size(), objectsOf("match[type]=indicator").size());
        assertEquals(List.of(), objectsOf("match[type]=report,identity"));
        assertEquals(List.of(), items(Api.get(collectionPath() + "/objects/?added_after=" + dateAdded())
                .as(US_LIAISON).send().expect(200).json()).stream()
                .filter(o -> o.getString("x_accord_request").equals(request)).toList());
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(CN_REPORTER, collection))
                .contains("taxii.manifest-read"), "the sender sees who read its indicators");
    }

    @Test
    @Order(3)
    void aThirdCountryTheSenderAndTheOversightBodySeeNoneOfIt() {
        String unknown = UUID.randomUUID().toString();
        List<DemoUser> others = List.of(DemoUsers.liaisonOf("DE"), DemoUsers.national("FR", DemoUser.AUDITOR),
                CN_REPORTER, INT_AUDITOR);
        for (DemoUser user : others) {
            assertFalse(collectionsOf(user).stream().anyMatch(c -> c.getString("id").equals(collection)),
                    user::toString);
            String object = "/objects/indicator--" + UUID.randomUUID() + "/";
            for (String suffix : List.of("/", "/objects/", "/manifest/", object)) {
                JsonObject foreign = Api.get(collectionPath() + suffix).as(user).send().expectProblem(404);
                JsonObject none = Api.get(TAXII + "/collections/" + unknown + suffix).as(user).send()
                        .expectProblem(404);
                assertEquals(none.toString().replace(unknown, collection), foreign.toString(),
                        "the same answer as for an unknown collection");
                assertNoSharedValueIn(foreign.toString());
            }
            assertNoSharedValueIn(Api.get(TAXII + "/collections/").as(user).send().expect(200).body());
        }
    }

    @Test
    @Order(4)
    void withoutAnAccordRoleOrATokenThereIsNoTaxii() {
        for (DemoUser user : List.of(PORTAL_ADMIN, CN_GUEST)) {
            Api.get("/api/taxii2/").as(user).send().expectProblem(403);
            Api.get(TAXII + "/collections/").as(user).send().expectProblem(403);
            Api.get(collectionPath() + "/objects/").as(user).send().expectProblem(403);
        }
        Api.get("/api/taxii2/").send().expectProblem(401);
        Api.get(collectionPath() + "/objects/").send().expectProblem(401);
    }

    @Test
    @Order(5)
    void whenTheAgreementEndsTheCollectionNoLongerShowsThem() {
        assertEquals(SHARED.size(), objectsOf("").size());
        Agreements.terminate(agreement, "CN");
        assertEquals(List.of(), objectsOf(""));
        assertEquals(List.of(), manifest());
    }

    /** The objects of this test's request, added after just before it was sent (one page of up to 1000). */
    private static List<JsonObject> objectsOf(String query) {
        JsonObject envelope = Api.get(collectionPath() + "/objects/?limit=1000&added_after=" + justBefore() + "&"
                + query).as(US_LIAISON).send().expect(200).json();
        assertFalse(envelope.getBoolean("more"));
        return items(envelope).stream().filter(o -> o.getString("x_accord_request").equals(request)).toList();
    }

    /** The manifest of this test's request, three records a page. */
    private static List<JsonObject> manifest() {
        List<JsonObject> records = new ArrayList<>();
        String next = null;
        do {
            JsonObject page = Api.get(collectionPath() + "/manifest/?limit=3&added_after=" + justBefore()
                    + (next == null ? "" : "&next=" + next)).as(US_AUDITOR).send().expect(200).json();
            records.addAll(items(page));
            next = page.getBoolean("more") ? page.getString("next") : null;
        } while (next != null);
        return records;
    }

    /** The objects of an envelope or the records of a manifest (TAXII leaves the member out when there are none). */
    private static List<JsonObject> items(JsonObject page) {
        return page.containsKey("objects") ? page.getJsonArray("objects").getValuesAs(JsonObject.class) : List.of();
    }

    private static List<JsonObject> collectionsOf(DemoUser user) {
        JsonObject body = Api.get(TAXII + "/collections/").as(user).send().expect(200).json();
        return body.containsKey("collections") ? body.getJsonArray("collections").getValuesAs(JsonObject.class)
                : List.of();
    }

    /** Every page's objects form a valid STIX 2.1 bundle, and each object is a valid indicator. */
    private static void assertValidStix(List<JsonObject> objects) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        objects.forEach(array::add);
        JsonObject bundle = Json.createObjectBuilder().add("type", "bundle").add("id", "bundle--" + UUID.randomUUID())
                .add("objects", array).build();
        assertEquals(List.of(), StixSchemas.errors("common/bundle.json", bundle.toString()));
        for (JsonObject object : objects) {
            assertEquals("indicator", object.getString("type"));
            assertEquals(List.of(), StixSchemas.errors("sdos/indicator.json", object.toString()), object::toString);
        }
    }

    private static void assertNoSharedValueIn(String body) {
        for (String indicator : SHARED) {
            String value = indicator.substring(indicator.indexOf(' ') + 1);
            assertFalse(body.contains(value), () -> "leaks " + value + ": " + body);
        }
        assertFalse(body.contains(request), () -> "leaks " + request + ": " + body);
    }

    private static long reads(String action) {
        return ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(US_LIAISON, collection)).stream()
                .filter(action::equals).count();
    }

    private static String collectionPath() {
        return TAXII + "/collections/" + (collection == null ? UUID.randomUUID() : collection);
    }

    /** TAXII's {@code date_added}: the request's sending, in microseconds. */
    private static String dateAdded() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC).format(sentAt);
    }

    private static String justBefore() {
        return URLEncoder.encode(sentAt.minus(1, ChronoUnit.MICROS).toString(), StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
