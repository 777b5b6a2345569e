package org.accord.it.support;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** The exchange log API as the system tests use it. */
public final class ExchangeLogApi {

    public static final String PATH = "/api/exchange-log";

    private ExchangeLogApi() {
    }

    /** The entries about {@code objectId} that {@code viewer} can see, oldest first. */
    public static List<JsonObject> entriesAbout(DemoUser viewer, String objectId) {
        return Api.get(PATH + "/entries?size=500&objectId=" + objectId).as(viewer).send().expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    public static List<String> actions(List<JsonObject> entries) {
        return entries.stream().map(e -> e.getString("action")).collect(Collectors.toList());
    }

    /** Publishes a signed tree head now (as an auditor) and returns it. */
    public static JsonObject publishHead(DemoUser auditor) {
        return Api.post(PATH + "/tree-heads").as(auditor).send().expect(200).json();
    }

    public static JsonObject verifyNow(DemoUser auditor) {
        return Api.post(PATH + "/verify").as(auditor).send().expect(200).json();
    }
}
