package org.accord.caller;

/** Realm role names, equal to those of the Keycloak realm {@code accord}. */
public final class Roles {
    public static final String REPORTER = "reporter";
    public static final String LIAISON = "liaison";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
