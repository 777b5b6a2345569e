package org.accord.indicator.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.accord.common.BusinessException;
import org.accord.common.InvalidInputException;
import org.accord.indicator.ImportFormat;
import org.accord.indicator.ImportRejectedException;
import org.accord.indicator.IndicatorService;
import org.accord.indicator.rest.ImportView;
import org.accord.web.problem.BusinessExceptionMapper;

/**
 * The report page's import (the pages have a login session, {@code /api} takes bearer tokens only):
 * {@code POST /indicator-import?report=&skip-invalid=} with the file's bytes as {@code text/csv},
 * {@code application/x-ndjson} or {@code application/stix+json}, sent by the page's script from this portal's own origin, so it can show the
 * upload's progress. The answer is the API's: the import, or the problem with the refused lines.
 */
@WebServlet("/indicator-import")
public class IndicatorImportServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IndicatorService imports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream body = new java.io.BufferedInputStream(request.getInputStream(), 1 << 16)) {
            ImportFormat format = ImportFormat.fromMediaType(request.getContentType())
                    .or(() -> ImportFormat.ofJsonBody(request.getContentType(), body))
                    .orElse(null);
            String origin = request.getHeader("Origin");
            String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
            if (format == null || (origin != null && !origin.equals(own))) {
                write(response, 415, "{\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"Send CSV,"
                        + " JSON lines or a STIX 2.1 bundle from the portal's own page\"}");
                return;
            }
            var result = imports.importIndicators(request.getParameter("report"), format,
                    "true".equals(request.getParameter("skip-invalid")), null, body, request.getContentLengthLong());
            write(response, 201, JSONB.toJson(ImportView.of(result)));
        } catch (ImportRejectedException e) {
            write(response, 422, JSONB.toJson(new org.accord.indicator.rest.ImportRejectedMapper.ImportProblem(
                    "https://accord.example/problems/invalid-lines", "Invalid lines", 422, e.getMessage(), e.errors(),
                    e.errorCount(), e.lineErrors())));
        } catch (BusinessException e) {
            String detail = e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()
                    ? String.join("; ", invalid.errors().stream().map(f -> f.field() + ": " + f.message()).toList())
                    : e.getMessage();
            int status = BusinessExceptionMapper.statusOf(e);
            write(response, status, JSONB.toJson(java.util.Map.of("title", e.title(), "status", status,
                    "detail", detail)));
        } catch (EJBAccessException e) {
            write(response, 403, "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Your role does not allow this\"}");
        }
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(status < 300 ? "application/json" : "application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
