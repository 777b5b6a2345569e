package org.accord.it.support;

import jakarta.json.JsonObject;

/** Calls on a report's indicators that the indicator tests share (docs/indicators.md). */
public final class Indicators {

    private Indicators() {
    }

    public static String path(String report) {
        return Reports.path(report) + "/indicators";
    }

    public static Reply importCsv(DemoUser user, String report, String csv, String query) {
        return Api.post(path(report) + query).as(user).body(csv).header("Content-Type", "text/csv").send();
    }

    public static JsonObject list(DemoUser user, String report, String query) {
        return Api.get(path(report) + query).as(user).send().expect(200).json();
    }

    public static long total(DemoUser user, String report) {
        return list(user, report, "?size=1").getJsonNumber("total").longValue();
    }

    public static JsonObject routing(DemoUser user, String report) {
        return Api.get(path(report) + "/routing").as(user).send().expect(200).json();
    }
}
