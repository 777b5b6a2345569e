package org.accord.incident.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.accord.common.InvalidInputException;
import org.accord.web.Preconditions;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportService;
import org.accord.incident.VisibleReport;

/** Incident reports of the caller's country: file, read, list, edit, move through their states. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentReportResource {

    @Inject
    IncidentReportService reports;

    /** Files a report. A retry with the same {@code Idempotency-Key} returns the first report. */
    @POST
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, ReportInput input,
            @Context UriInfo uri) {
        IncidentReport report = reports.create(required(input).toDraft(), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(report.getReference()).build())
                .header(HttpHeaders.ETAG, Preconditions.etag(report.getVersion()))
                .entity(ReportView.ofWritable(report)).build();
    }

    @GET
    public ReportPageView list(@QueryParam("status") String status, @QueryParam("tlp") String tlp,
            @QueryParam("rsitClass") String rsitClass, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("-createdAt") String sort,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        var filter = ReportQuery.filter(status, tlp, rsitClass, from, to, sort, page, size);
        var result = reports.list(filter);
        return new ReportPageView(result.items().stream().map(ReportView::of).toList(), result.page(), result.size(),
                result.total(), result.exact());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        VisibleReport report = reports.get(id);
        return withTag(ReportView.of(report), report.report().getVersion());
    }

    /** Replaces the editable fields; needs {@code If-Match} with the current ETag (412 if stale, 428 if absent). */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ReportInput input) {
        IncidentReport report = reports.update(id, Preconditions.requiredVersion(ifMatch), required(input).toDraft());
        return withTag(ReportView.ofWritable(report), report.getVersion());
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(reports.submit(id, Preconditions.versionOf(ifMatch)));
    }

    @POST
    @Path("{id}/triage")
    public Response triage(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(reports.triage(id, Preconditions.versionOf(ifMatch)));
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(reports.close(id, Preconditions.versionOf(ifMatch)));
    }

    @GET
    @Path("{id}/history")
    public List<VersionView> history(@PathParam("id") String id) {
        boolean contentVisible = reports.get(id).contentVisible();
        return reports.history(id).stream().map(v -> VersionView.of(v, contentVisible)).toList();
    }

    private static Response written(IncidentReport report) {
        return withTag(ReportView.ofWritable(report), report.getVersion());
    }

    private static Response withTag(ReportView view, long version) {
        return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }

    private static ReportInput required(ReportInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        return input;
    }
}
