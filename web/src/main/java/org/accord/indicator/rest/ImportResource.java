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
import org.accord.indicator.IndicatorService;

/**
 * Imports (docs/indicators.md): {@code /api/imports/{id}} is a committed import when {@code id} is its number,
 * and an import job (running or ended, with its progress) when {@code id} is the job's id; a running job can be
 * cancelled.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    IndicatorService imports;

    /** A committed import ({@link ImportView}) by number, or an import job ({@link ImportJobView}) by job id. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Object view = id.chars().allMatch(Character::isDigit) && !id.isEmpty() && id.length() < 19
                ? ImportView.of(imports.findImport(Long.parseLong(id)))
                : ImportJobView.of(imports.job(id));
        return Response.ok(view).build();
    }

    /** Cancels a running import job: it rolls back at its next progress step; nothing of it stays. */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(ImportJobView.of(imports.cancel(id))).build();
    }
}
