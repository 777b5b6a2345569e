package org.accord.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Problem details for errors the container answers before JAX-RS sees the request, above all the
 * 401 of a call without a valid bearer token (web.xml maps error code 401 here). The
 * {@code WWW-Authenticate} challenge set by the OIDC mechanism stays on the response.
 */
@WebServlet("/problem")
public class ApiErrorServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        String title = status == 401 ? "Unauthorized" : "Error";
        String detail = status == 401
                ? "A valid bearer token from Accord's Keycloak is required (Authorization: Bearer ...)"
                : "The request could not be served";
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String type = "https://accord.example/problems/" + title.toLowerCase();
        response.getWriter().write(JSONB.toJson(new Problem(type, title, status, detail, null)));
    }
}
