package org.accord.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;

/** Cooperation requests through the API, as the system tests send and move them. */
public final class Requests {

    public static final String PATH = "/api/requests";

    private Requests() {
    }

    public static String uniqueTitle(String purpose) {
        return "RequestIT " + purpose + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A valid body: a takedown request to {@code to} about {@code reports}. */
    public static JsonObjectBuilder body(String to, String title, List<String> reports) {
        var ids = Json.createArrayBuilder();
        reports.forEach(ids::add);
        return Json.createObjectBuilder().add("requestedCountry", to).add("type", "mitigation-takedown")
                .add("title", title).add("body", "2,196 control servers in your networks infected 1.29 million "
                        + "computers in ours: please act").add("reports", ids);
    }

    public static Reply send(DemoUser sender, JsonObject body) {
        return Api.post(PATH).as(sender).json(body).send();
    }

    public static Reply read(DemoUser viewer, String id) {
        return Api.get(PATH + "/" + id).as(viewer).send();
    }

    /** A step; {@code text} goes as {@code {"text": ...}} for decline, answer and withdraw. */
    public static Reply act(DemoUser user, String id, String action, String text) {
        Api.Call call = Api.post(PATH + "/" + id + "/" + action).as(user);
        return (text == null ? call : call.json(Json.createObjectBuilder().add("text", text).build())).send();
    }

    public static Reply post(DemoUser author, String id, String text) {
        return Api.post(PATH + "/" + id + "/messages").as(author)
                .json(Json.createObjectBuilder().add("text", text).build()).send();
    }

    /** The ids in one inbox of {@code viewer}: {@code incoming} or {@code outgoing}. */
    public static List<String> inbox(DemoUser viewer, String direction) {
        return Reply.strings(Api.get(PATH + "?size=200&direction=" + direction).as(viewer).send().expect(200).json()
                .getJsonArray("items"), "id");
    }

    public static List<String> titles(DemoUser viewer, String direction) {
        return Reply.strings(Api.get(PATH + "?size=200&direction=" + direction).as(viewer).send().expect(200).json()
                .getJsonArray("items"), "title");
    }
}
