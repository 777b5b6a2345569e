package org.accord.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A 503 answered with a static page of WEB-INF/errors, for when something the portal needs is down (Keycloak, the
 * database): static, so that it needs nothing but the servlet container.
 */
final class UnavailablePage {

    private UnavailablePage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String page, int retryAfterSeconds)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (InputStream body = request.getServletContext().getResourceAsStream(page)) {
            body.transferTo(response.getOutputStream());
        }
    }
}
