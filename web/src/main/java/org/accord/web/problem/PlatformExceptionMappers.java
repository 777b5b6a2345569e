package org.accord.web.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.common.FieldError;

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

    /** Anything unexpected: logged in full, answered without internals; an unreachable database is a 503. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return DatabaseUnavailable.problem(e);
            }
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            return Problem.response(500, "Internal error", "The request could not be completed");
        }
    }

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Json property (\\S+) can not be mapped");
    private static final Pattern BAD_VALUE = Pattern.compile("Unable to deserialize property '([^']+)'");

    /** 400, naming the field when JSON-B says which one (an unknown field, or a value of the wrong type). */
    static Response malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher unknown = UNKNOWN_FIELD.matcher(message);
            if (unknown.find()) {
                return Problem.response(400, "Malformed request body", "Unknown field '" + unknown.group(1) + "'",
                        List.of(new FieldError(unknown.group(1), "is not a field of this request")));
            }
            Matcher bad = BAD_VALUE.matcher(message);
            if (bad.find()) {
                return Problem.response(400, "Malformed request body", "Field '" + bad.group(1)
                        + "' has the wrong type or format", List.of(new FieldError(bad.group(1),
                        "has the wrong type or format")));
            }
        }
        return Problem.response(400, "Malformed request body", "The body is not valid JSON: " + rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "unreadable" : root.getMessage();
    }
}
