package org.accord.taxii.rest;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
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
import org.accord.taxii.TaxiiCollection;
import org.accord.taxii.TaxiiPage;
import org.accord.taxii.TaxiiQuery;
import org.accord.taxii.TaxiiService;
import org.accord.web.QueryParams;

/**
 * TAXII 2.1, read only (docs/taxii.md): discovery, the one API root {@value #ROOT}, the caller's collections, their
 * objects and manifest. Same bearer tokens, tenant and problem details as the rest of {@code /api}.
 */
@Path("taxii2")
@RequestScoped
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
@Produces({TaxiiMediaTypes.TAXII, MediaType.APPLICATION_JSON})
public class TaxiiResource {

    static final String ROOT = "accord";
    private static final String COLLECTION = ROOT + "/collections/{id}";

    @Inject
    TaxiiService taxii;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @GET
    public Response discovery() {
        MediaType media = TaxiiMediaTypes.choose(headers);
        String root = uri.getBaseUriBuilder().path("taxii2").path(ROOT).build() + "/";
        return answer(media, Json.createObjectBuilder().add("title", "Accord TAXII 2.1")
                .add("description", "Indicators other countries shared with your country through cooperation requests")
                .add("default", root).add("api_roots", Json.createArrayBuilder().add(root)).build());
    }

    @GET
    @Path(ROOT)
    public Response apiRoot() {
        return answer(TaxiiMediaTypes.choose(headers), Json.createObjectBuilder().add("title", "Accord")
                .add("description", "One collection per partner country, read only")
                .add("versions", Json.createArrayBuilder().add(TaxiiMediaTypes.TAXII))
                .add("max_content_length", 0).build()); // nothing is ever posted here
    }

    @GET
    @Path(ROOT + "/collections")
    public Response collections() {
        MediaType media = TaxiiMediaTypes.choose(headers);
        List<TaxiiCollection> collections = taxii.collections();
        var body = Json.createObjectBuilder();
        if (!collections.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            collections.forEach(c -> array.add(collection(c)));
            body.add("collections", array);
        }
        return answer(media, body.build());
    }

    @GET
    @Path(COLLECTION)
    public Response collection(@PathParam("id") String id) {
        MediaType media = TaxiiMediaTypes.choose(headers);
        return answer(media, collection(taxii.collection(id)));
    }

    @GET
    @Path(COLLECTION + "/objects")
    public Response objects(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("next") String next, @QueryParam("added_after") String addedAfter,
            @QueryParam("match[type]") String matchType, @QueryParam("match[id]") String matchId) {
        MediaType media = TaxiiMediaTypes.choose(headers);
        return page(media, taxii.objects(id, query(limit, next, addedAfter, matchType, matchId)));
    }

    @GET
    @Path(COLLECTION + "/objects/{objectId}")
    public Response object(@PathParam("id") String id, @PathParam("objectId") String objectId,
            @QueryParam("limit") String limit, @QueryParam("next") String next,
            @QueryParam("added_after") String addedAfter) {
        MediaType media = TaxiiMediaTypes.choose(headers);
        return page(media, taxii.object(id, objectId, query(limit, next, addedAfter, null, null)));
    }

    @GET
    @Path(COLLECTION + "/manifest")
    public Response manifest(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("next") String next, @QueryParam("added_after") String addedAfter,
            @QueryParam("match[type]") String matchType, @QueryParam("match[id]") String matchId) {
        MediaType media = TaxiiMediaTypes.choose(headers);
        return page(media, taxii.manifest(id, query(limit, next, addedAfter, matchType, matchId)));
    }

    private static TaxiiQuery query(String limit, String next, String addedAfter, String type, String id) {
        return TaxiiQuery.of(limit == null ? null : QueryParams.number("limit", limit), next,
                QueryParams.instant("added_after", addedAfter, false), type, id);
    }

    private static JsonObject collection(TaxiiCollection c) {
        return Json.createObjectBuilder().add("id", c.id()).add("title", c.title()).add("description", c.description())
                .add("can_read", true).add("can_write", false)
                .add("media_types", Json.createArrayBuilder().add("application/stix+json;version=2.1")).build();
    }

    private static Response answer(MediaType media, JsonObject body) {
        return Response.ok(body.toString(), media).build();
    }

    private static Response page(MediaType media, TaxiiPage page) {
        Response.ResponseBuilder answer = Response.ok(page.body(), media);
        if (page.firstAdded() != null) {
            answer.header("X-TAXII-Date-Added-First", page.firstAdded())
                    .header("X-TAXII-Date-Added-Last", page.lastAdded());
        }
        return answer.build();
    }
}
