package org.accord.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Every API call refused for lack of a role or a right (403) is a line of the server log under category
 * {@code org.accord.security}: who (user and country from the token), what (method and decoded path). The
 * exchange log records refusals that cross a border; this line serves the operator's monitoring (OWASP
 * ASVS 5.0 V16.3.2). The path is the caller's text: it goes through {@link LogText}.
 */
@WebFilter(urlPatterns = "/api/*")
public class SecurityEventLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("org.accord.security");


    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            String who = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
            LOG.info(() -> "refused 403 " + request.getMethod() + " " + LogText.encode(decoded(request.getRequestURI()))
                    + " user=" + LogText.encode(who));
        }
    }

    private static String decoded(String uri) {
        try {
            return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }
}
