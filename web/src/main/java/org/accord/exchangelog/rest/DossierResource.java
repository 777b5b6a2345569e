package org.accord.exchangelog.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.accord.exchangelog.Dossier;
import org.accord.exchangelog.DossierQuery;
import org.accord.exchangelog.DossierService;
import org.accord.web.QueryParams;
import org.accord.web.Attachments;

/**
 * An audit dossier as PDF: {@code ?objectId=CN-2026-000123} (one exchange) or
 * {@code ?partner=US&from=2026-11-01&to=2026-11-30} (one period, dates in UTC, {@code to} inclusive;
 * {@code country=} as well for the oversight body). The filter is checked and the export logged before
 * the first byte; the PDF then streams.
 */
@Path("exchange-log/dossier.pdf")
@RequestScoped
public class DossierResource {

    static final String PDF = "application/pdf";

    @Inject
    DossierService dossiers;

    @GET
    @Produces(PDF)
    public Response dossier(@QueryParam("objectId") String objectId, @QueryParam("country") String country,
            @QueryParam("partner") String partner, @QueryParam("from") String from, @QueryParam("to") String to) {
        Dossier dossier = dossiers.open(new DossierQuery(blankToNull(objectId), blankToNull(country),
                blankToNull(partner), QueryParams.instant("from", from, false), QueryParams.instant("to", to, true)));
        StreamingOutput pdf = out -> dossiers.write(dossier, out);
        return Attachments.of(pdf, PDF, dossier.query().fileName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
