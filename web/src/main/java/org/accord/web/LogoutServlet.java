package org.accord.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Logs the user out of Accord and of Keycloak (OpenID Connect RP-Initiated Logout 1.0). Ending only
 * the local session would not be enough: Keycloak's single sign-on session would log the user
 * straight back in on the next page. The ID token is the {@code id_token_hint}, which lets Keycloak
 * end its session without asking and send the browser back to the portal, whose next page then
 * shows Keycloak's login form.
 * <p>
 * Only a POST from the portal's own pages logs out (the header's form): a link or a form on another
 * site cannot log a user out (cross-site request forgery); browsers send {@code Origin} with every POST.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final String PROVIDER_URL_ENV = "ACCORD_OIDC_PROVIDER_URL";
    private static final String DEFAULT_PROVIDER_URL = "http://localhost:8180/realms/accord";
    private static final String END_SESSION_PATH = "/protocol/openid-connect/logout";
    /** Used only without an ID token, when Keycloak needs to know the client to accept the redirect URI. */
    private static final String CLIENT_ID = "accord";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!isSameOrigin(request.getHeader("Origin"), portalUrl(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String idToken = idTokenOf(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(endSessionUrl(providerUrl(), idToken, portalUrl(request)));
    }

    /** No {@code Origin} (not a browser's cross-site request) or the portal's own origin. */
    static boolean isSameOrigin(String origin, String portalUrl) {
        return origin == null || (origin + "/").equals(portalUrl);
    }

    private static String idTokenOf(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? principal.getOidcSecurityContext().getIDTokenString() : null;
    }

    static String endSessionUrl(String providerUrl, String idToken, String postLogoutRedirectUri) {
        String hint = idToken == null ? "client_id=" + CLIENT_ID : "id_token_hint=" + encode(idToken);
        return providerUrl.replaceAll("/+$", "") + END_SESSION_PATH + "?" + hint + "&post_logout_redirect_uri="
                + encode(postLogoutRedirectUri);
    }

    /** The realm's URL, from the same variable that {@code WEB-INF/oidc.json} reads. */
    private static String providerUrl() {
        String configured = System.getenv(PROVIDER_URL_ENV);
        return configured == null || configured.isBlank() ? DEFAULT_PROVIDER_URL : configured;
    }

    /** The portal's own start page, as the browser reached it; Keycloak accepts it as a post-logout URI. */
    private static String portalUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
