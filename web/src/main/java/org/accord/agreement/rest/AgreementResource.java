package org.accord.agreement.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.common.InvalidInputException;

/** Agreements between countries (docs/agreements.md): propose, read, list, ratify, reject, suspend, terminate, new version. */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @Inject
    Clock clock;

    /** Proposes an agreement; a retry with the same {@code Idempotency-Key} returns the first one. */
    @POST
    public Response propose(@HeaderParam("Idempotency-Key") String idempotencyKey, AgreementInput input,
            @Context UriInfo uri) {
        Agreement agreement = agreements.propose(required(input).toDraft(), idempotencyKey);
        return created(agreement, uri.getBaseUriBuilder().path("agreements").path(agreement.getReference()).build());
    }

    @GET
    public List<AgreementView> list(@QueryParam("status") String status, @QueryParam("partner") String partner) {
        Instant now = Instant.now(clock);
        return agreements.list(status, partner).stream().map(a -> AgreementView.of(a, now)).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return written(agreements.get(id));
    }

    @POST
    @Path("{id}/ratify")
    public Response ratify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(agreements.ratify(id, versionOf(ifMatch)));
    }

    @POST
    @Path("{id}/reject")
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReasonInput input) {
        return written(agreements.reject(id, versionOf(ifMatch), reason(input)));
    }

    @POST
    @Path("{id}/suspend")
    public Response suspend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReasonInput input) {
        return written(agreements.suspend(id, versionOf(ifMatch), reason(input)));
    }

    @POST
    @Path("{id}/terminate")
    public Response terminate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReasonInput input) {
        return written(agreements.terminate(id, versionOf(ifMatch), reason(input)));
    }

    /** Proposes new terms for an agreement in force; the old one stays in force until the new one is. */
    @POST
    @Path("{id}/versions")
    public Response newVersion(@PathParam("id") String id, AgreementInput input, @Context UriInfo uri) {
        Agreement agreement = agreements.proposeVersion(id, required(input).toDraft());
        return created(agreement, uri.getBaseUriBuilder().path("agreements").path(agreement.getReference()).build());
    }

    private Response created(Agreement agreement, java.net.URI location) {
        return Response.created(location).header(HttpHeaders.ETAG, etag(agreement))
                .entity(AgreementView.of(agreement, Instant.now(clock))).build();
    }

    private Response written(Agreement agreement) {
        return Response.ok(AgreementView.of(agreement, Instant.now(clock))).header(HttpHeaders.ETAG, etag(agreement))
                .build();
    }

    private static String etag(Agreement agreement) {
        return "\"" + agreement.getVersion() + "\"";
    }

    /** The version an optional {@code If-Match} names, or null without one. */
    private static Long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be an ETag of this agreement");
        }
    }

    private static String reason(ReasonInput input) {
        return input == null ? null : input.reason();
    }

    private static AgreementInput required(AgreementInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        return input;
    }
}
