package org.accord.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.accord.common.FieldError;

/**
 * An RFC 9457 problem details body. {@code errors} names each invalid field of a validation
 * problem; it is absent otherwise.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        String type = "https://accord.example/problems/" + title.toLowerCase().replace(' ', '-');
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem(type, title, status, detail, errors))
                .build();
    }
}
