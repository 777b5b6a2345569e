package org.accord.country.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.accord.common.InvalidInputException;
import org.accord.country.CountryService;

/** Countries (tenants): everyone reads them, admins register and update them. */
@Path("countries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountryResource {

    @Inject
    CountryService countries;

    @GET
    public List<CountryView> list() {
        return countries.list().stream().map(CountryView::of).toList();
    }

    @GET
    @Path("{code}")
    public CountryView get(@PathParam("code") String code) {
        return CountryView.of(countries.get(code));
    }

    @POST
    public Response register(CountryInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        CountryView created = CountryView.of(countries.register(input.code(), input.toDraft()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    public CountryView update(@PathParam("code") String code, CountryInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "A request body is required");
        }
        if (input.code() != null && !input.code().equals(code)) {
            throw new InvalidInputException("code", "must match the country in the path");
        }
        return CountryView.of(countries.update(code, input.toDraft()));
    }
}
