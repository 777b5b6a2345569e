package org.accord.it.support;

import java.util.Optional;

/**
 * A demo user of the realm import ({@code realm-config/accord-realm.json}): user name, the
 * {@code country} claim its tokens carry and its one realm role ({@code null} for a user with none).
 */
public record DemoUser(String username, String country, String role) {

    public static final String REPORTER = "reporter";
    public static final String LIAISON = "liaison";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** The country claim of the portal's oversight body. */
    public static final String OVERSIGHT = "INT";

    public Optional<String> realmRole() {
        return Optional.ofNullable(role);
    }

    public boolean hasRole(String name) {
        return name.equals(role);
    }

    @Override
    public String toString() {
        return username;
    }
}
