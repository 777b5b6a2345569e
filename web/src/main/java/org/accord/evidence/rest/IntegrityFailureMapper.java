package org.accord.evidence.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.accord.web.problem.Problem;

/**
 * A download whose bytes did not match, found before any byte went out (small files): a 409 problem. When
 * the response was already under way, the container breaks the connection instead, so the client sees an
 * incomplete transfer, never a complete file.
 */
@Provider
public class IntegrityFailureMapper implements ExceptionMapper<Downloads.IntegrityFailure> {

    @Override
    public Response toResponse(Downloads.IntegrityFailure e) {
        return Problem.response(409, "Integrity failure", "The stored bytes of evidence " + e.reference()
                + " no longer match their SHA-256, so they were not served; the failure was recorded in the chain "
                + "of custody.");
    }
}
