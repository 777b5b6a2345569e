package org.accord.indicator;

import java.util.Set;

/** Where one indicator goes: the outcome and, when matched, the country; when in conflict, the claimants. */
public record Route(Routing routing, String country, Set<String> claimants) {

    static final Route UNMATCHED = new Route(Routing.UNMATCHED, null, Set.of());
    static final Route NONE = new Route(Routing.NONE, null, Set.of());

    /** One claimant is a match; several are a conflict, never a guess. */
    static Route of(Set<String> claimants) {
        if (claimants == null || claimants.isEmpty()) {
            return UNMATCHED;
        }
        return claimants.size() == 1 ? new Route(Routing.MATCHED, claimants.iterator().next(), claimants)
                : new Route(Routing.CONFLICT, null, claimants);
    }
}
