package org.accord.evidence.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.accord.common.InvalidInputException;
import org.accord.evidence.DownloadTicket;
import org.accord.evidence.Evidence;
import org.accord.evidence.EvidenceService;
import org.accord.evidence.EvidenceShare;
import org.accord.evidence.EvidenceStore;
import org.accord.evidence.EvidenceTransfers;
import org.accord.evidence.UploadRequest;
import org.accord.evidence.Verification;

/**
 * Evidence (docs/evidence.md): upload as a raw streaming body, list, read, download (hashed while it
 * streams), verify, share under an agreement, revoke, chain of custody.
 */
@Path("evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceTransfers transfers;

    @Inject
    EvidenceStore store;

    /**
     * Uploads the body (the file's bytes, {@code application/octet-stream}) as evidence of {@code report}.
     * Limits are checked against {@code Content-Length} before the body is read (413).
     */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@QueryParam("report") String report, @QueryParam("category") String category,
            @QueryParam("tlp") String tlp, @QueryParam("name") String name,
            @QueryParam("description") String description, @Context HttpServletRequest request, InputStream body,
            @Context UriInfo uri) throws IOException {
        UploadRequest upload = new UploadRequest(report, category, tlp, name, description,
                request.getContentLengthLong());
        Evidence stored = Uploads.receive(transfers, upload, body);
        return Response.created(uri.getBaseUriBuilder().path("evidence").path(stored.getReference()).build())
                .entity(EvidenceView.of(evidence.get(stored.getReference()))).build();
    }

    @GET
    public List<EvidenceView> list(@QueryParam("report") String report) {
        return evidence.list(report).stream().map(EvidenceView::summary).toList();
    }

    @GET
    @Path("{id}")
    public EvidenceView get(@PathParam("id") String id) {
        return EvidenceView.of(evidence.get(id));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") String id) throws IOException {
        DownloadTicket ticket = evidence.openDownload(id);
        return Downloads.response(ticket, Downloads.open(ticket, store, evidence), evidence);
    }

    @POST
    @Path("{id}/verify")
    public Verification verify(@PathParam("id") String id) {
        return transfers.verify(id);
    }

    @GET
    @Path("{id}/custody")
    public List<CustodyView> custody(@PathParam("id") String id) {
        return evidence.custody(id).stream().map(CustodyView::of).toList();
    }

    @GET
    @Path("{id}/shares")
    public List<ShareView> shares(@PathParam("id") String id) {
        return evidence.shares(id).stream().map(ShareView::of).toList();
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("id") String id, ShareInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        EvidenceShare share = evidence.share(id, input.partner());
        return Response.created(uri.getBaseUriBuilder().path("evidence").path(id).path("shares")
                .path(share.getCountry()).build()).entity(ShareView.of(share)).build();
    }

    @DELETE
    @Path("{id}/shares/{country}")
    public ShareView revoke(@PathParam("id") String id, @PathParam("country") String country) {
        return ShareView.of(evidence.revoke(id, country));
    }
}
