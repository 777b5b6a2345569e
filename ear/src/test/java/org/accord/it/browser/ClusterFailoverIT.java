package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.it.support.KeycloakAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Session failover in the cluster (issue 8; bin/cluster test, after ClusterIT): a user logs in through the
 * load balancer, the node that served them is killed, and the next page still shows them logged in, in the
 * same session, without Keycloak's login form: the OIDC login lives in the replicated HTTP session.
 */
class ClusterFailoverIT {

    static final Path CLUSTER = Path.of(System.getProperty("accord.cluster.dir", ".work/cluster"));

    @BeforeAll
    static void balancerMayLogUsersIn() {
        KeycloakAdmin.allowOrigin(Browser.BASE_URL);
    }

    @Test
    void aLoggedInUserStaysLoggedInWhenTheNodeThatServedThemStops() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("/");
            DashboardPage dashboard = new LoginPage(browser.driver()).logInAs("cn-reporter");
            assertEquals("CN", dashboard.signedInCountry());
            Cookie node = browser.driver().manage().getCookieNamed("ACCORD_NODE");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotNull(node, "the balancer keeps the browser on its node with a cookie");
            assertNotNull(session);

            kill(node.getValue());
            browser.open("/");
            DashboardPage after = new DashboardPage(browser.driver());
            assertTrue(browser.driver().getCurrentUrl().startsWith(Browser.BASE_URL),
                    () -> "no detour to the login form: " + browser.driver().getCurrentUrl());
            assertEquals("CN", after.signedInCountry());
            Cookie moved = browser.driver().manage().getCookieNamed("ACCORD_NODE");
            assertNotEquals(node.getValue(), moved.getValue(), "the other node answered");
            assertEquals(sessionId(session), sessionId(browser.driver().manage().getCookieNamed("JSESSIONID")),
                    "the same session");
            System.out.printf("ClusterFailoverIT: logged in on %s, %s killed, still logged in on %s%n",
                    node.getValue(), node.getValue(), moved.getValue());
        }
    }

    /** Kills the node's WildFly at once (no orderly shutdown), as a crash would. */
    private static void kill(String node) throws IOException {
        long pid = Long.parseLong(Files.readString(CLUSTER.resolve(node + ".pid")).strip());
        ProcessHandle script = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        // a node that does not die within 30 s fails the test (join throws), it is never waited on for ever
        script.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    /** The session id without the node's route suffix ({@code abc.node1}). */
    private static String sessionId(Cookie cookie) {
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }
}
