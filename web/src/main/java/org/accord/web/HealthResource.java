package org.accord.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accord.persistence.DatabaseHealth;

/** Public liveness and readiness: 200 when the database answers, 503 otherwise. */
@Path("health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record Health(String status, String database) {
    }

    @Inject
    DatabaseHealth database;

    @GET
    public Response health() {
        boolean up = database.answers();
        return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", up ? "UP" : "DOWN")).build();
    }
}
