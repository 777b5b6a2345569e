package org.accord.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The parts the fault tests may break, started once for all fault test classes of the run and stopped at its
 * end (JUnit closes the root store's resources even after failures): a throwaway PostgreSQL, the Keycloak
 * proxy, and a WildFly of their own on port offset 500 that uses both. The normal suite's WildFly, the shared
 * PostgreSQL and Keycloak are never touched. Failsafe's {@code fault} execution (ear/pom.xml) points the
 * system tests' clients ({@code accord.base-url}, {@code accord.evidence-dir}, {@code ACCORD_DB_URL}) here.
 */
public final class FaultPortal implements BeforeAllCallback {

    /** The driver's socket timeout the fault server runs with (the default is 60 s; the rule is the same). */
    static final int SOCKET_TIMEOUT_SECONDS = 5;

    private static Parts parts;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Parts.class, k -> startParts(), Parts.class);
    }

    static ThrowawayPostgres postgres() {
        return parts.postgres;
    }

    static KeycloakProxy keycloak() {
        return parts.keycloak;
    }

    static FaultWildFly wildfly() {
        return parts.wildfly;
    }

    private static synchronized Parts startParts() {
        Path dir = Path.of(System.getProperty("accord.fault-dir", "target/fault"));
        // the system tests' clients (Api, RawHttp, EvidenceApi) talk to this portal, whatever -D says
        System.setProperty("accord.base-url", FaultWildFly.BASE_URL);
        System.setProperty("accord.evidence-dir", dir.resolve("wildfly/data/accord-evidence").toString());
        System.setProperty("accord.server-log", dir.resolve("wildfly/log/server.log").toString());
        Parts started = new Parts(new ThrowawayPostgres(dir), new KeycloakProxy(),
                new FaultWildFly(Path.of(required("accord.wildfly-home")), Path.of(required("accord.ear")), dir));
        try {
            started.postgres.create();
            started.keycloak.connect();
            started.wildfly.start(Map.of("ACCORD_DB_DRIVER", "postgresql",
                    "ACCORD_DB_URL", started.postgres.jdbcUrl(), "ACCORD_DB_USER", "postgres",
                    "ACCORD_DB_PASSWORD", "postgres",
                    "ACCORD_DB_SOCKET_TIMEOUT", Integer.toString(SOCKET_TIMEOUT_SECONDS),
                    "ACCORD_OIDC_PROXY_URL", KeycloakProxy.url()));
        } catch (Exception e) {
            started.close();
            throw new IllegalStateException("cannot start the fault tests' portal", e);
        }
        parts = started;
        return started;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (see ear/pom.xml)");
        }
        return value;
    }

    /** What was started; closed in reverse order, each even if another fails. */
    private record Parts(ThrowawayPostgres postgres, KeycloakProxy keycloak, FaultWildFly wildfly)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            try {
                wildfly.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    keycloak.close();
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
