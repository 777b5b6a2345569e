package org.accord.caller;

import java.util.Set;

/**
 * The authenticated caller. {@code country} is the tenant: ISO 3166-1 alpha-2, or {@link #OVERSIGHT}
 * for the portal's oversight body. It always comes from the token, never from the request.
 */
public record Caller(String user, String country, Set<String> roles) {

    /** Country claim of the portal's oversight body, whose auditors see every country. */
    public static final String OVERSIGHT = "INT";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isOversightAuditor() {
        return OVERSIGHT.equals(country) && hasRole(Roles.AUDITOR);
    }

    public boolean belongsTo(String countryCode) {
        return country != null && country.equals(countryCode);
    }
}
