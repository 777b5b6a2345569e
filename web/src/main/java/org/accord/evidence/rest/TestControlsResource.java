package org.accord.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.accord.caller.Roles;
import org.accord.common.InvalidInputException;
import org.accord.evidence.EvidenceSettings;
import org.accord.evidence.RetentionClock;
import org.accord.evidence.RetentionPurge;
import org.accord.evidence.TestControls;

/**
 * Knobs for the system tests (docs/evidence.md, "Test controls"), for the portal admin, and only on a
 * server started with {@code -Daccord.test-controls=true}; elsewhere every call is 404.
 */
@Path("test-controls")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestControlsResource {

    @Inject
    RetentionClock retentionClock;

    @Inject
    RetentionPurge purge;

    @Inject
    EvidenceSettings settings;

    /** {@code {"offset": "P91D"}}: the retention clock runs that far ahead of the real one. */
    @PUT
    @Path("clock")
    public Map<String, String> clock(JsonObject body) {
        TestControls.require();
        try {
            retentionClock.setOffset(Duration.parse(body == null ? "" : body.getString("offset", "")));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("offset", "must be an ISO 8601 duration such as P91D");
        }
        return Map.of("offset", retentionClock.offset().toString(), "now", retentionClock.now().toString());
    }

    @POST
    @Path("retention-purge")
    public Map<String, Integer> purge() {
        TestControls.require();
        return Map.of("purged", purge.purgeExpired());
    }

    /** {@code {"maxFileBytes": n, "countryQuotaBytes": n}}, either may be left out. */
    @PUT
    @Path("evidence-limits")
    public Map<String, Long> limits(JsonObject body) {
        TestControls.require();
        settings.overrideLimits(number(body, "maxFileBytes"), number(body, "countryQuotaBytes"));
        return Map.of("maxFileBytes", settings.maxFileBytes(), "countryQuotaBytes", settings.countryQuotaBytes());
    }

    @DELETE
    @Path("evidence-limits")
    public Map<String, Long> resetLimits() {
        TestControls.require();
        settings.resetLimits();
        return Map.of("maxFileBytes", settings.maxFileBytes(), "countryQuotaBytes", settings.countryQuotaBytes());
    }

    private static Long number(JsonObject body, String name) {
        return body != null && body.containsKey(name) ? body.getJsonNumber(name).longValue() : null;
    }
}
