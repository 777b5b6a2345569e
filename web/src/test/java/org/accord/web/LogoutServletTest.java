package org.accord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogoutServletTest {

    private static final String REALM = "http://localhost:8180/realms/accord";

    @Test
    void endsTheKeycloakSessionWithTheIdTokenAndComesBackToThePortal() {
        assertEquals("http://localhost:8180/realms/accord/protocol/openid-connect/logout?id_token_hint=a.b.c"
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F",
                LogoutServlet.endSessionUrl(REALM, "a.b.c", "http://localhost:8080/"));
    }

    @Test
    void withoutAnIdTokenNamesTheClientSoKeycloakAcceptsTheRedirect() {
        assertEquals("http://localhost:8180/realms/accord/protocol/openid-connect/logout?client_id=accord"
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F",
                LogoutServlet.endSessionUrl(REALM + "/", null, "http://localhost:8080/"));
    }

    @Test
    void onlyThePortalsOwnPagesLogOut() {
        assertTrue(LogoutServlet.isSameOrigin("http://localhost:8080", "http://localhost:8080/"));
        assertTrue(LogoutServlet.isSameOrigin(null, "http://localhost:8080/"));
        assertFalse(LogoutServlet.isSameOrigin("https://evil.example", "http://localhost:8080/"));
    }
}
