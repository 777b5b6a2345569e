package org.accord.indicator.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.accord.common.InvalidInputException;
import org.accord.indicator.CountryOutcome;
import org.accord.indicator.CountryRequests;
import org.accord.indicator.ImportFormat;
import org.accord.indicator.ImportResult;
import org.accord.indicator.IndicatorFilter;
import org.accord.indicator.IndicatorListing;
import org.accord.indicator.IndicatorRole;
import org.accord.indicator.IndicatorService;
import org.accord.indicator.IndicatorType;
import org.accord.indicator.KeptContext;
import org.accord.indicator.ResponsibleCountries;
import org.accord.indicator.Routing;
import org.accord.web.QueryParams;
import org.accord.web.problem.Problem;
import org.accord.web.Attachments;

/**
 * A report's indicators (docs/indicators.md): streaming import (CSV, JSON lines, STIX 2.1), paged listing with
 * counts, STIX export and the STIX context kept, responsible countries, re-routing, one request per country,
 * running imports.
 */
@Path("reports/{id}/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportIndicatorResource {

    @Inject
    IndicatorService imports;
    @Inject
    IndicatorListing listing;
    @Inject
    CountryRequests countryRequests;

    /** The body is read as a stream (CSV, JSON lines or a STIX bundle, by its Content-Type); one transaction. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importIndicators(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, @HeaderParam("Idempotency-Key") String key,
            @QueryParam("skip-invalid") @DefaultValue("false") String skip, InputStream body) {
        InputStream stream = new BufferedInputStream(body, 1 << 16);
        ImportFormat format = ImportFormat.fromMediaType(type).or(() -> ImportFormat.ofJsonBody(type, stream)).orElse(null);
        if (format == null) {
            return Problem.response(415, "Unsupported media type", "Send text/csv, application/x-ndjson"
                    + " (JSON lines) or application/stix+json (a STIX 2.1 bundle), not " + type);
        }
        if (!skip.equals("true") && !skip.equals("false")) {
            throw new InvalidInputException("skip-invalid", "must be true or false");
        }
        long declared = length == null || length.isBlank() ? -1 : Long.parseLong(length.strip());
        ImportResult result = imports.importIndicators(id, format, skip.equals("true"), key, stream, declared);
        return Response.created(URI.create("imports/" + result.record().getId())).entity(ImportView.of(result))
                .build();
    }

    @GET
    public IndicatorPageView list(@PathParam("id") String id, @QueryParam("type") String type,
            @QueryParam("role") String role, @QueryParam("routing") String routing,
            @QueryParam("country") String country, @QueryParam("q") String prefix,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        IndicatorFilter filter = new IndicatorFilter(
                blank(type) ? null : IndicatorType.fromWire(type).orElseThrow(() -> bad("type", type)),
                blank(role) ? null : IndicatorRole.fromWire(role).orElseThrow(() -> bad("role", role)),
                blank(routing) ? null : Routing.fromWire(routing).orElseThrow(() -> bad("routing", routing)),
                blank(country) ? null : country.strip().toUpperCase(), blank(prefix) ? null : prefix.strip(),
                QueryParams.number("page", page), QueryParams.number("size", size));
        var found = listing.list(id, filter);
        return new IndicatorPageView(found.items().stream().map(IndicatorView::of).toList(), found.page(),
                found.size(), found.total(), found.totalExact(), found.countsByType(), found.countsByRole());
    }

    /** The report and its indicators as a STIX 2.1 bundle (streamed). */
    @GET
    @Path("stix")
    @Produces("application/stix+json;version=2.1")
    public Response stix(@PathParam("id") String id) {
        listing.responsible(id); // access is decided (and a refusal logged) before the 200 goes out
        jakarta.ws.rs.core.StreamingOutput body = out -> listing.writeStix(id, new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
        return Attachments.of(body, "application/stix+json;version=2.1", id + "-stix.json");
    }

    /** The report with its indicators as a PDF annex (streamed). */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        listing.responsible(id); // access is decided (and a refusal logged) before the 200 goes out
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            var buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            listing.writePdf(id, buffered);
            buffered.flush();
        };
        return Attachments.of(body, "application/pdf", id + "-indicators.pdf");
    }

    /** The STIX objects the report keeps as context: counts per STIX type, the non-reducible patterns. */
    @GET
    @Path("stix/context")
    public KeptContext stixContext(@PathParam("id") String id) {
        return listing.keptContext(id);
    }

    @GET
    @Path("routing")
    public ResponsibleCountries responsible(@PathParam("id") String id) {
        return listing.responsible(id);
    }

    /** Routes the report's indicators again against today's constituencies. */
    @POST
    @Path("routing")
    public ResponsibleCountries reroute(@PathParam("id") String id) {
        return listing.reroute(id);
    }

    /** One cooperation request per named country, each with its indicators; the outcome per country. */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CountryOutcome> perCountry(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key,
            PerCountryInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        return countryRequests.sendPerCountry(id, input.toDraft(), key);
    }

    @GET
    @Path("imports")
    public List<ImportJobView> running(@PathParam("id") String id) {
        return imports.runningInto(id).stream().map(ImportJobView::of).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static InvalidInputException bad(String field, String value) {
        return new InvalidInputException(field, "unknown value " + value);
    }
}
