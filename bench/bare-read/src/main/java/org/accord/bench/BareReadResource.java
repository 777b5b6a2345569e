package org.accord.bench;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /bare-read/reports/{reference}}: one row by its readable id, in a transaction, as JSON. */
@Stateless
@Path("reports")
public class BareReadResource {

    @PersistenceContext
    EntityManager em;

    public record View(String id, String country, String title, String description, String tlp, String status,
            String severity) {
    }

    @GET
    @Path("{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public View read(@PathParam("reference") String reference) {
        BareReport r = em.createNamedQuery("BareReport.byReference", BareReport.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
        return new View(r.getReference(), r.getOwnerCountry(), r.getTitle(), r.getDescription(), r.getTlp(),
                r.getStatus(), r.getSeverity());
    }

    @ApplicationPath("/")
    public static class BareReadApplication extends Application {
    }
}
