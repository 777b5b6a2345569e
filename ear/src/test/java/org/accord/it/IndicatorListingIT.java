package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.it.support.Api;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A report's indicator list as it behaves at scale (docs/indicators.md, "At scale"): counts and totals kept by
 * imports and re-routing, a prefix search in value order counted up to 10,000.
 */
class IndicatorListingIT {

    private String report;

    @BeforeEach
    void newReport() {
        report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorListingIT")).getString("id");
    }

    @Test
    void aPrefixSearchListsValuesInOrderAndCountsUpToTenThousand() {
        StringBuilder csv = new StringBuilder("type,value,role\n");
        for (int i = 10_049; i >= 0; i--) { // imported in falling order, listed in rising value order
            csv.append("ipv4,10.9.").append(i / 250).append('.').append(i % 250).append(",infected-system\n");
        }
        csv.append("domain,zz.example,c2-server\n");
        Indicators.importCsv(CN_REPORTER, report, csv.toString(), "").expect(201);

        JsonObject first = Indicators.list(CN_REPORTER, report, "?q=10.9.1&size=3");
        assertEquals(List.of("10.9.1.0", "10.9.1.1", "10.9.1.10"), values(first));
        assertEquals(250 + 10 * 250, first.getInt("total")); // 10.9.1.* and 10.9.10.* to 10.9.19.*
        assertTrue(first.getBoolean("totalExact"));

        JsonObject everything = Indicators.list(CN_REPORTER, report, "?q=10.9.&size=2&page=1");
        assertEquals(10_000, everything.getInt("total"));
        assertFalse(everything.getBoolean("totalExact"), "10,050 matches are counted up to 10,000");
        assertEquals(List.of("10.9.0.10", "10.9.0.100"), values(everything));

        JsonObject all = Indicators.list(CN_REPORTER, report, "?size=1");
        assertEquals(10_051, all.getInt("total"));
        assertTrue(all.getBoolean("totalExact"));
        assertEquals("10.9.40.49", values(all).get(0), "without a search, the list is in import order");
        JsonObject c2 = Indicators.list(CN_REPORTER, report, "?role=c2-server");
        assertEquals(1, c2.getInt("total"));
        assertEquals(List.of("zz.example"), values(c2));
        JsonObject none = Indicators.list(CN_REPORTER, report, "?type=ipv4&role=c2-server");
        assertEquals(0, none.getInt("total"));
        assertEquals(List.of(), values(none));
        JsonObject pastTheEnd = Indicators.list(CN_REPORTER, report, "?size=500&page=21");
        assertEquals(10_051, pastTheEnd.getInt("total"));
        assertEquals(List.of(), values(pastTheEnd));
        List<String> last = values(Indicators.list(CN_REPORTER, report, "?size=500&page=20"));
        assertEquals(51, last.size(), "rows 10,001 to 10,051");
        assertEquals("zz.example", last.get(50), "the last row imported");
        assertEquals(0, Indicators.list(CN_REPORTER, report, "?q=10.9.%25").getInt("total"), "% is a character");
    }

    @Test
    void reroutingMovesTheCountsToTheCountryThatNowDeclaresThePrefix() {
        String host = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        declareXr("203.0.113.0/32"); // registered, or reset by an earlier run on the same database
        Indicators.importCsv(CN_REPORTER, report, "type,value,role\nipv4," + host + ",c2-server\nipv4,1.80.3.4,source\n",
                "").expect(201);
        assertEquals(1, Indicators.routing(CN_REPORTER, report).getInt("unmatched"));
        assertEquals(0, Indicators.list(CN_REPORTER, report, "?country=XR").getInt("total"));

        declareXr(host + "/32");
        JsonObject routed = Api.post(Indicators.path(report) + "/routing").as(CN_LIAISON).send().expect(200).json();
        assertEquals(0, routed.getInt("unmatched"));
        assertEquals("{\"c2-server\":1}", routed.getJsonArray("countries").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("country").equals("XR")).findFirst().orElseThrow().getJsonObject("byRole")
                .toString());
        JsonObject toXr = Indicators.list(CN_REPORTER, report, "?country=XR");
        assertEquals(1, toXr.getInt("total"));
        assertEquals(List.of(host), values(toXr));
        assertEquals(0, Indicators.list(CN_REPORTER, report, "?routing=unmatched").getInt("total"));
        assertEquals(2, Indicators.list(CN_REPORTER, report, "?routing=matched").getInt("total"));
        assertEquals(Json.createObjectBuilder().add("c2-server", 1).add("source", 1).build(),
                Indicators.list(CN_REPORTER, report, "").getJsonObject("countsByRole"));
    }

    /** XR (a user-assigned code) declaring one IPv4 block; the portal admin registers or updates it. */
    private static void declareXr(String prefix) {
        JsonObject country = Json.createObjectBuilder().add("code", "XR").add("name", "Test country XR")
                .add("certName", "CERT-XR").add("contact24x7", "+00 0000").add("timeZone", "UTC")
                .add("ipPrefixes", Json.createArrayBuilder().add(prefix)).build();
        int status = Api.post("/api/countries").as(PORTAL_ADMIN).json(country).send().status();
        if (status == 409) {
            Api.put("/api/countries/XR").as(PORTAL_ADMIN).json(country).send().expect(200);
        } else {
            assertEquals(201, status);
        }
    }

    private static List<String> values(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("value")).toList();
    }
}
