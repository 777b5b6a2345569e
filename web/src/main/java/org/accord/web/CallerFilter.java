package org.accord.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;
import org.accord.caller.Roles;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Reads the caller once per request from the access token that elytron-oidc-client verified
 * (signature, issuer, audience, expiry) and hands it to {@link CurrentCaller}. The country claim is
 * the tenant; nothing in the request itself (body, header, path) can change it.
 */
@WebFilter(urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

    static final String COUNTRY_CLAIM = "country";
    private static final List<String> ROLES = List.of(Roles.REPORTER, Roles.LIAISON, Roles.AUDITOR, Roles.ADMIN);

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            var token = principal.getOidcSecurityContext().getToken();
            Set<String> roles = ROLES.stream().filter(request::isUserInRole).collect(Collectors.toSet());
            currentCaller.set(new Caller(principal.getName(), token.getClaimValueAsString(COUNTRY_CLAIM), roles));
        }
        chain.doFilter(request, response);
    }
}
