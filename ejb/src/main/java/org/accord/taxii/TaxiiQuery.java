package org.accord.taxii;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.common.InvalidInputException;

/**
 * What a client asks of a collection's objects or manifest (docs/taxii.md, "Pagination and filters"): the page size
 * (lowered to {@link #MAX_LIMIT}), where to continue, {@code added_after}, {@code match[type]} and {@code match[id]}
 * (empty sets: no filter).
 */
public record TaxiiQuery(int limit, TaxiiCursor next, Instant addedAfter, Set<String> types, Set<String> ids) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public TaxiiQuery {
        if (limit < 1) {
            throw new InvalidInputException("limit", "must be 1 or more");
        }
        limit = Math.min(limit, MAX_LIMIT);
        types = Set.copyOf(types);
        ids = Set.copyOf(ids);
    }

    /** From the query parameters as given ({@code null} when absent). */
    public static TaxiiQuery of(Integer limit, String next, Instant addedAfter, String matchType, String matchId) {
        return new TaxiiQuery(limit == null ? DEFAULT_LIMIT : limit,
                next == null || next.isBlank() ? null : TaxiiCursor.decode(next.strip()), addedAfter, list(matchType),
                list(matchId));
    }

    /** The same query for one object. */
    public TaxiiQuery forObject(String id) {
        return new TaxiiQuery(limit, next, addedAfter, types, Set.of(id));
    }

    private static Set<String> list(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
