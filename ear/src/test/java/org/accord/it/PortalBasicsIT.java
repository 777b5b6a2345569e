package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every client relies on before it files anything: who am I (from the token), the countries,
 * the OpenAPI document and the health check (the last two without a token).
 */
class PortalBasicsIT {

    static List<DemoUser> users() {
        return DemoUsers.all();
    }

    @ParameterizedTest(name = "/api/me of {0}")
    @MethodSource("users")
    void meShowsUserCountryAndRolesFromTheToken(DemoUser user) {
        JsonObject me = Api.get("/api/me").as(user).send().expect(200).json();
        assertEquals(user.username(), me.getString("user"));
        assertEquals(user.country(), me.getString("country"));
        List<String> roles = me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(user.realmRole().stream().toList(), roles);
    }

    @Test
    void everyoneListsTheDemoCountries() {
        for (DemoUser user : List.of(CN_LIAISON, US_AUDITOR, PORTAL_ADMIN)) {
            Reply reply = Api.get("/api/countries").as(user).send().expect(200);
            List<String> codes = Reply.strings(reply.array(), "code");
            assertTrue(codes.containsAll(DemoUsers.COUNTRIES), () -> user + " sees " + codes);
            reply.array().getValuesAs(JsonObject.class).forEach(c -> {
                assertFalse(c.getString("name", "").isBlank(), c::toString);
                assertFalse(c.getString("certName", "").isBlank(), c::toString);
            });
        }
        assertEquals("DE", Api.get("/api/countries/DE").as(CN_LIAISON).send().expect(200).json().getString("code"));
        Api.get("/api/countries/QQ").as(CN_LIAISON).send().expectProblem(404);
    }

    @Test
    void onlyTheAdminManagesCountries() {
        JsonObject country = Json.createObjectBuilder().add("code", "QQ").add("name", "Nowhere")
                .add("certName", "CERT-QQ").add("contact24x7", "+00 0000").add("timeZone", "UTC").build();
        Api.post("/api/countries").as(CN_LIAISON).json(country).send().expectProblem(403);
        Api.get("/api/countries/QQ").as(CN_LIAISON).send().expectProblem(404);

        JsonObject cn = Api.get("/api/countries/CN").as(CN_LIAISON).send().expect(200).json();
        JsonObject renamed = Json.createObjectBuilder(cn).add("name", "Renamed by a liaison").build();
        Api.put("/api/countries/CN").as(CN_LIAISON).json(renamed).send().expectProblem(403);
        assertEquals(cn, Api.get("/api/countries/CN").as(CN_LIAISON).send().expect(200).json());
    }

    @Test
    void theOpenApiDocumentDescribesTheReportsApi() {
        JsonObject document = Api.get("/openapi").header("Accept", "application/json").send().expect(200).json();
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/api/reports", "/api/reports/{id}", "/api/reports/{id}/submit",
                "/api/reports/{id}/triage", "/api/reports/{id}/close", "/api/reports/{id}/history",
                "/api/countries", "/api/me", "/api/health")) {
            assertTrue(paths.containsKey(path), () -> path + " missing in " + paths.keySet());
        }
        assertTrue(paths.getJsonObject("/api/reports").keySet().containsAll(List.of("get", "post")));
        assertTrue(paths.getJsonObject("/api/reports/{id}").keySet().containsAll(List.of("get", "put")));
    }

    @Test
    void healthIsUpWithoutAToken() {
        Reply reply = Api.get("/api/health").send().expect(200);
        assertEquals("UP", reply.json().getString("status"));
    }
}
