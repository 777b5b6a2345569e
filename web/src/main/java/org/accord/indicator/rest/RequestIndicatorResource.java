package org.accord.indicator.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.accord.indicator.RequestIndicators;
import org.accord.web.QueryParams;
import org.accord.web.Attachments;

/** The indicators a cooperation request carries: a page as JSON, or all of them as CSV. */
@Path("requests/{id}/indicators")
@RequestScoped
public class RequestIndicatorResource {

    @Inject
    RequestIndicators indicators;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public IndicatorPageView page(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        var found = indicators.page(id, QueryParams.number("page", page), QueryParams.number("size", size));
        return new IndicatorPageView(found.items().stream().map(IndicatorView::of).toList(), found.page(),
                found.size(), found.total(), found.exact(), null, null);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        indicators.page(id, 0, 1); // access is decided (and a refusal logged) before the 200 goes out
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            indicators.writeCsv(id, writer);
        };
        return Attachments.of(body, "text/csv; charset=UTF-8", id + "-indicators.csv");
    }
}
