package org.accord.evidence.ui;

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
import java.util.Map;
import org.accord.common.BusinessException;
import org.accord.common.InvalidInputException;
import org.accord.evidence.DownloadTicket;
import org.accord.evidence.Evidence;
import org.accord.evidence.EvidenceService;
import org.accord.evidence.EvidenceStore;
import org.accord.evidence.EvidenceTransfers;
import org.accord.evidence.UploadRequest;
import org.accord.evidence.rest.Downloads;
import org.accord.evidence.rest.Uploads;
import org.accord.web.problem.BusinessExceptionMapper;
import org.accord.web.problem.Problem;

/**
 * The pages' way to the same uploads and downloads as the API ({@code /api} takes bearer tokens only; the
 * pages have a login session): {@code POST /evidence-transfer?report=&category=&tlp=&name=&description=}
 * with the raw bytes, sent by the upload form's script so that it can show progress, and
 * {@code GET /evidence-transfer/EV-2026-000050} for the download link. An upload must be
 * {@code application/octet-stream} from this portal's own pages (a cross-site form cannot send that type,
 * and a script of another site would need CORS, which this portal never grants). Errors of an upload are
 * problem details the script shows; errors of a download are the portal's error pages.
 */
@WebServlet("/evidence-transfer/*")
public class EvidenceTransferServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceTransfers transfers;

    @Inject
    EvidenceStore store;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.startsWith("application/octet-stream") || !sameOrigin(request)) {
            problem(response, 415, "Unsupported media type", "Send the file's bytes as application/octet-stream "
                    + "from the portal's own page");
            return;
        }
        try (InputStream body = request.getInputStream()) {
            Evidence stored = Uploads.receive(transfers, new UploadRequest(request.getParameter("report"),
                    request.getParameter("category"), request.getParameter("tlp"), request.getParameter("name"),
                    request.getParameter("description"), request.getContentLengthLong()), body);
            response.setStatus(201);
            response.setContentType("application/json");
            response.getWriter().write(JSONB.toJson(Map.of("id", stored.getReference(), "sha256",
                    stored.getSha256(), "size", stored.getSize())));
        } catch (BusinessException e) {
            int status = BusinessExceptionMapper.statusOf(e);
            String detail = e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()
                    ? String.join("; ", invalid.errors().stream().map(f -> f.field() + ": " + f.message()).toList())
                    : e.getMessage();
            problem(response, status, e.title(), detail);
        } catch (EJBAccessException e) {
            problem(response, 403, "Forbidden", "Your role does not allow this action");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        try {
            DownloadTicket ticket = evidence.openDownload(id);
            InputStream in = Downloads.open(ticket, store, evidence);
            Downloads.headers(ticket).forEach(response::setHeader);
            response.setContentType(ticket.mediaType());
            Downloads.stream(ticket, in, response.getOutputStream(), evidence);
        } catch (BusinessException e) {
            response.sendError(BusinessExceptionMapper.statusOf(e), e.getMessage());
        } catch (EJBAccessException e) {
            response.sendError(403);
        }
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return origin.equals(own) || origin.equals(request.getScheme() + "://" + request.getServerName())
                && (request.getServerPort() == 80 || request.getServerPort() == 443);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(new Problem("https://accord.example/problems/"
                + title.toLowerCase().replace(' ', '-'), title, status, detail, null)));
    }
}
