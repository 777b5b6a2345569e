package org.accord.taxii.rest;

import jakarta.ws.rs.QueryParam;
import org.accord.taxii.TaxiiQuery;
import org.accord.web.QueryParams;

/** The paging and filter parameters of TAXII's objects and manifest endpoints (docs/taxii.md). */
public class TaxiiFilters {

    @QueryParam("limit")
    String limit;
    @QueryParam("next")
    String next;
    @QueryParam("added_after")
    String addedAfter;
    @QueryParam("match[type]")
    String matchType;
    @QueryParam("match[id]")
    String matchId;

    TaxiiQuery query() {
        return query(matchType, matchId);
    }

    /** The paging without the filters (a single object's versions). */
    TaxiiQuery pagingOnly() {
        return query(null, null);
    }

    private TaxiiQuery query(String type, String id) {
        return TaxiiQuery.of(limit == null ? null : QueryParams.number("limit", limit), next,
                QueryParams.instant("added_after", addedAfter, false), type, id);
    }
}
