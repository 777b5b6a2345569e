package org.accord.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.AuthenticationError;

/**
 * A login the OIDC client could not complete (SECURITY.md case 22): it could not turn the code Keycloak sent back
 * into tokens — Keycloak cannot be reached, or (indistinguishable to the client) Keycloak refused a code that was
 * no longer valid — and answers 403, which would show the page "your role does not allow this". The user is told
 * instead that the login could not be completed and may be retried (503, {@code Retry-After}); the page is
 * static, so it works whatever else is down.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class LoginUnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(LoginUnavailableFilter.class.getName());
    private static final String PAGE = "/WEB-INF/errors/login-unavailable.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(AuthenticationError.class.getName()) instanceof AuthenticationError error)
                || error.getReason() != AuthenticationError.Reason.CODE_TO_TOKEN_FAILURE) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning("A login was not completed: the code could not be exchanged for tokens (is Keycloak reachable?)");
        UnavailablePage.send(request, response, PAGE, 30);
    }
}
