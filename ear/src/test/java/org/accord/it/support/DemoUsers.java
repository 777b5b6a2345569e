package org.accord.it.support;

import static org.accord.it.support.DemoUser.ADMIN;
import static org.accord.it.support.DemoUser.AUDITOR;
import static org.accord.it.support.DemoUser.LIAISON;
import static org.accord.it.support.DemoUser.OVERSIGHT;
import static org.accord.it.support.DemoUser.REPORTER;

import java.util.ArrayList;
import java.util.List;

/** Every demo user of the realm (password {@value #PASSWORD}); README lists the same table. */
public final class DemoUsers {

    public static final String PASSWORD = "accord-demo";

    /** The demo countries, each with a reporter, a liaison and an auditor. */
    public static final List<String> COUNTRIES = List.of("CN", "US", "DE", "FR");

    public static final DemoUser CN_REPORTER = national("CN", REPORTER);
    public static final DemoUser CN_LIAISON = national("CN", LIAISON);
    public static final DemoUser CN_AUDITOR = national("CN", AUDITOR);
    public static final DemoUser US_REPORTER = national("US", REPORTER);
    public static final DemoUser US_LIAISON = national("US", LIAISON);
    public static final DemoUser US_AUDITOR = national("US", AUDITOR);
    public static final DemoUser INT_AUDITOR = new DemoUser("int-auditor", OVERSIGHT, AUDITOR);
    public static final DemoUser PORTAL_ADMIN = new DemoUser("portal-admin", OVERSIGHT, ADMIN);
    public static final DemoUser CN_GUEST = new DemoUser("cn-guest", "CN", null);

    private static final List<DemoUser> ALL;

    static {
        List<DemoUser> all = new ArrayList<>();
        for (String country : COUNTRIES) {
            for (String role : List.of(REPORTER, LIAISON, AUDITOR)) {
                all.add(national(country, role));
            }
        }
        all.addAll(List.of(INT_AUDITOR, PORTAL_ADMIN, CN_GUEST));
        ALL = List.copyOf(all);
    }

    private DemoUsers() {
    }

    /** All 15 human demo users: each role of each country, the INT auditor, the admin and the guest. */
    public static List<DemoUser> all() {
        return ALL;
    }

    public static DemoUser reporterOf(String country) {
        return national(country, REPORTER);
    }

    public static DemoUser liaisonOf(String country) {
        return national(country, LIAISON);
    }

    /** The users who file reports: reporters and liaisons of every demo country. */
    public static List<DemoUser> writers() {
        return ALL.stream().filter(u -> u.hasRole(REPORTER) || u.hasRole(LIAISON)).toList();
    }

    public static DemoUser national(String country, String role) {
        return new DemoUser(country.toLowerCase() + "-" + role, country, role);
    }
}
