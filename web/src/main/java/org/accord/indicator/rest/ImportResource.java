package org.accord.indicator.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accord.common.NotFoundException;
import org.accord.indicator.IndicatorService;

/** Imports: a committed one by id; a running one's progress, and cancelling it (docs/indicators.md). */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    IndicatorService imports;

    @GET
    @Path("{id: [0-9]+}")
    public ImportView get(@PathParam("id") String id) {
        try {
            return ImportView.of(imports.findImport(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No import " + id);
        }
    }

    @GET
    @Path("running/{job}")
    public RunningImportView running(@PathParam("job") String job) {
        return RunningImportView.of(imports.running(job));
    }

    /** Cancels a running import: it rolls back at its next progress step; nothing of it stays. */
    @DELETE
    @Path("running/{job}")
    public Response cancel(@PathParam("job") String job) {
        imports.cancel(job);
        return Response.accepted().build();
    }
}
