package org.accord.indicator.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.accord.common.BusinessException;
import org.accord.indicator.IndicatorListing;
import org.accord.indicator.RequestIndicators;
import org.accord.web.problem.BusinessExceptionMapper;
import org.accord.web.problem.Problem;

/**
 * The pages' downloads of indicators (the pages have a login session, {@code /api} takes bearer tokens only):
 * {@code GET /indicator-export?report=CN-2026-000001} the report as a STIX 2.1 bundle ({@code &format=pdf}: as a
 * PDF with its indicators as an annex),
 * {@code GET /indicator-export?request=RQ-2026-0001} a request's indicators as CSV. Same rules as the API.
 */
@WebServlet("/indicator-export")
public class IndicatorExportServlet extends HttpServlet {

    @Inject
    IndicatorListing listing;

    @Inject
    RequestIndicators requestIndicators;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String report = request.getParameter("report");
        String cooperation = request.getParameter("request");
        try {
            if (report != null && "pdf".equals(request.getParameter("format"))) {
                listing.responsible(report); // decides access before anything is written
                start(response, "application/pdf", report + "-indicators.pdf");
                var out = new java.io.BufferedOutputStream(response.getOutputStream(), 1 << 16);
                listing.writePdf(report, out);
                out.flush();
            } else if (report != null) {
                listing.responsible(report);
                start(response, "application/stix+json;version=2.1", report + "-stix.json");
                listing.writeStix(report, writer(response));
            } else if (cooperation != null) {
                requestIndicators.page(cooperation, 0, 1);
                start(response, "text/csv;charset=UTF-8", cooperation + "-indicators.csv");
                requestIndicators.writeCsv(cooperation, writer(response));
            } else {
                problem(response, 404, "Not found", "Name a report or a request");
            }
        } catch (BusinessException e) {
            problem(response, BusinessExceptionMapper.statusOf(e), e.title(), e.getMessage());
        } catch (EJBAccessException e) {
            problem(response, 403, "Forbidden", "Your role does not allow this");
        }
    }

    /** Refusals as RFC 9457 problems, as the API gives them (nothing has been written yet). */
    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonbBuilder.create().toJson(new Problem("https://accord.example/problems/"
                + title.toLowerCase().replace(' ', '-'), title, status, detail, null)));
    }

    private static void start(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9.-]", "")
                + "\"");
    }

    private static BufferedWriter writer(HttpServletResponse response) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }
}
