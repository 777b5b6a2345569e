package org.accord.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Bodies of incident reports and the few calls on them that most tests share. */
public final class Reports {

    public static final String PATH = "/api/reports";

    /** A readable id: country (or INT), year of filing, six-digit number in that year. */
    public static final Pattern ID = Pattern.compile("([A-Z]{2,3})-(\\d{4})-(\\d{6})");

    private Reports() {
    }

    /** A title no other report has, so a test can count what it stored by title. */
    public static String uniqueTitle(String purpose) {
        return purpose + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    /**
     * A complete, valid body: a C2 incident noticed an hour ago. {@code add} on the builder
     * replaces a member, so a test changes one field and keeps the rest valid.
     */
    public static JsonObjectBuilder body(String title) {
        Instant aware = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return Json.createObjectBuilder()
                .add("title", title)
                .add("description", "Control servers seen in outbound traffic; " + title)
                .add("rsitClass", "malicious-code")
                .add("rsitType", "c2-server")
                .add("severity", "high")
                .add("tlp", "AMBER")
                .add("nis2Stage", "early-warning")
                .add("awareAt", aware.toString())
                .add("firstSeenAt", aware.minus(1, ChronoUnit.DAYS).toString())
                .add("sectors", Json.createArrayBuilder().add("energy").add("digital-infrastructure"))
                .add("affectedSystems", 1_290_000)
                .add("affectedPeople", 0);
    }

    public static String path(String id) {
        return PATH + "/" + id;
    }

    /** Files a report as {@code user} and asserts it was created; returns the created report. */
    public static JsonObject create(DemoUser user, JsonObject body) {
        Reply reply = Api.post(PATH).as(user).json(body).send().expect(201);
        return reply.json();
    }

    public static JsonObject create(DemoUser user, String title) {
        return create(user, body(title).build());
    }

    /** Moves a report on as {@code user} ({@code submit}, {@code triage}, {@code close}); asserts 200. */
    public static JsonObject move(DemoUser user, String id, String action) {
        return Api.post(path(id) + "/" + action).as(user).send().expect(200).json();
    }

    public static JsonObject read(DemoUser user, String id) {
        return Api.get(path(id)).as(user).send().expect(200).json();
    }

    /** A list query; {@code query} is a sequence of parameter names and values. */
    public static Reply list(DemoUser user, String... query) {
        StringBuilder path = new StringBuilder(PATH);
        for (int i = 0; i + 1 < query.length; i += 2) {
            path.append(i == 0 ? '?' : '&').append(query[i]).append('=')
                    .append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
        }
        return Api.get(path.toString()).as(user).send();
    }

    /**
     * Every report {@code viewer} can list that was created since {@code since} and carries
     * {@code title}, read page by page in creation order.
     */
    public static List<JsonObject> titled(DemoUser viewer, String title, Instant since) {
        List<JsonObject> found = new ArrayList<>();
        int size = 200;
        for (int page = 0; ; page++) {
            JsonObject result = list(viewer, "from", since.toString(), "sort", "createdAt",
                    "size", String.valueOf(size), "page", String.valueOf(page)).expect(200).json();
            List<JsonObject> items = result.getJsonArray("items").getValuesAs(JsonObject.class);
            items.stream().filter(r -> title.equals(r.getString("title"))).forEach(found::add);
            if (items.size() < size) {
                return found;
            }
        }
    }

    /** Asserts that exactly {@code expected} reports carry {@code title}, as {@code viewer} lists them. */
    public static void assertStored(int expected, DemoUser viewer, String title, Instant since) {
        List<JsonObject> found = titled(viewer, title, since);
        assertEquals(expected, found.size(), () -> "reports titled '" + title + "': " + found);
    }
}
