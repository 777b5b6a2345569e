package org.accord.indicator.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.accord.common.FieldError;
import org.accord.indicator.ImportRejectedException;
import org.accord.indicator.LineError;
import org.accord.web.problem.Problem;

/** An import refused for invalid lines: the RFC 9457 problem with every reported line (docs/indicators.md). */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejectedException> {

    /** {@link Problem}'s members plus the lines. */
    public record ImportProblem(String type, String title, int status, String detail, List<FieldError> errors,
            long errorCount, List<LineError> lineErrors) {
    }

    @Override
    public Response toResponse(ImportRejectedException e) {
        return Response.status(422).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new ImportProblem("https://accord.example/problems/invalid-lines", "Invalid lines", 422,
                        e.getMessage(), e.errors(), e.errorCount(), e.lineErrors()))
                .build();
    }
}
