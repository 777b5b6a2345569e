package org.accord.cooperation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import org.accord.common.InvalidInputException;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.cooperation.RequestAction;
import org.accord.cooperation.RequestStatus;
import org.accord.web.Preconditions;
import org.accord.web.QueryParams;
import org.accord.web.Attachments;

/**
 * Cooperation requests (docs/cooperation-requests.md): send, the two inboxes, read, each step of the
 * state machine, the thread, the PDF.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    CooperationRequestService requests;

    @Inject
    Clock clock;

    /** Sends a request; a retry with the same {@code Idempotency-Key} returns the first one. */
    @POST
    public Response send(@HeaderParam("Idempotency-Key") String idempotencyKey, RequestInput input,
            @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        CooperationRequest request = requests.send(input.toDraft(), idempotencyKey);
        return Response.created(uri.getBaseUriBuilder().path("requests").path(request.getReference()).build())
                .header(HttpHeaders.ETAG, Preconditions.etag(request.getVersion())).entity(view(request)).build();
    }

    /** {@code direction=incoming} (default: to the caller's country, next deadline first) or {@code outgoing}. */
    @GET
    public RequestPageView list(@QueryParam("direction") @DefaultValue("incoming") String direction,
            @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        if (!direction.equals("incoming") && !direction.equals("outgoing")) {
            throw new InvalidInputException("direction", "must be incoming or outgoing");
        }
        RequestStatus wanted = status == null || status.isBlank() ? null : RequestStatus.fromWire(status)
                .orElseThrow(() -> new InvalidInputException("status", "unknown status " + status));
        Instant now = Instant.now(clock);
        var found = requests.list(direction.equals("incoming"), wanted, QueryParams.number("page", page),
                QueryParams.number("size", size));
        return new RequestPageView(found.items().stream().map(r -> RequestSummary.of(r, now)).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return written(requests.get(id));
    }

    /**
     * One step: acknowledge, accept, decline, answer, withdraw, close. The body is optional, and where
     * given {@code {"text": ...}}: the answer (required to answer), the reason (required to decline).
     */
    @POST
    @Path("{id}/{action: acknowledge|accept|decline|answer|withdraw|close}")
    @Consumes(MediaType.WILDCARD)
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        RequestAction step = RequestAction.fromWire(action).orElseThrow();
        return written(requests.act(id, step, Preconditions.versionOf(ifMatch), TextInput.parse(body)));
    }

    @POST
    @Path("{id}/messages")
    public Response post(@PathParam("id") String id, TextInput input) {
        requests.post(id, input == null ? null : input.text());
        return Response.status(Response.Status.CREATED).entity(view(requests.get(id))).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        requests.get(id);
        StreamingOutput pdf = out -> requests.writePdf(id, out);
        return Attachments.of(pdf, "application/pdf", id + ".pdf");
    }

    private Response written(CooperationRequest request) {
        return Response.ok(view(request)).header(HttpHeaders.ETAG, Preconditions.etag(request.getVersion())).build();
    }

    private RequestView view(CooperationRequest request) {
        return RequestView.of(request, requests.linkedReports(request), requests.allowedActions(request),
                Instant.now(clock));
    }
}
