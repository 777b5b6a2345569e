package org.accord.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Problem details for refusals raised by the platform rather than by Accord's rules. */
public final class PlatformExceptionMappers {

    private PlatformExceptionMappers() {
    }

    /** {@code @RolesAllowed} on an EJB said no (STACK.md pitfall 8: otherwise a 500). */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(403, "Forbidden", "Your role does not allow this action");
        }
    }

    /** A body that is not JSON, or JSON that does not fit (unknown or mistyped fields). */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    /** 404 of an unknown path, 405, 406, 415, and RESTEasy's own 400 and 403. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return malformed(e.getCause());
            }
            String title = original.getStatusInfo().getReasonPhrase();
            return Problem.response(original.getStatus(), title == null ? "Error" : title, e.getMessage());
        }
    }

    /** Anything unexpected: logged in full, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            return Problem.response(500, "Internal error", "The request could not be completed");
        }
    }

    static Response malformed(Throwable e) {
        return Problem.response(400, "Malformed request body", rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return message == null ? "The body could not be read as the expected JSON" : message;
    }
}
