package org.accord.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.accord.common.AccessDeniedException;
import org.accord.common.BusinessException;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.PayloadTooLargeException;
import org.accord.common.RequestTimeoutException;
import org.accord.common.PreconditionRequiredException;
import org.accord.common.StaleVersionException;

/** The one mapping of business refusals to HTTP statuses. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        var errors = e instanceof InvalidInputException invalid ? invalid.errors() : null;
        return Problem.response(statusOf(e), e.title(), e.getMessage(), errors);
    }

    /** The HTTP status of a business refusal (also for the evidence transfer servlet). */
    public static int statusOf(BusinessException e) {
        if (e instanceof InvalidInputException) {
            return 422;
        } else if (e instanceof NotFoundException) {
            return 404;
        } else if (e instanceof AccessDeniedException) {
            return 403;
        } else if (e instanceof ConflictException) {
            return 409;
        } else if (e instanceof StaleVersionException) {
            return 412;
        } else if (e instanceof PreconditionRequiredException) {
            return 428;
        } else if (e instanceof PayloadTooLargeException) {
            return 413;
        } else if (e instanceof RequestTimeoutException) {
            return 408;
        }
        return 400;
    }
}
