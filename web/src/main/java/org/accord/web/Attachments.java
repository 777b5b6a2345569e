package org.accord.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A streamed download saved under a file name: exports, PDFs, the log archive. The name is reduced to letters,
 * digits, dots, underscores and hyphens, so a reference or query in it can never break the header. (Evidence files keep their
 * uploaded names through {@code evidence.rest.Downloads}, with an RFC 8187 encoding.)
 */
public final class Attachments {

    private Attachments() {
    }

    public static Response of(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition",
                "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "") + "\"").build();
    }
}
