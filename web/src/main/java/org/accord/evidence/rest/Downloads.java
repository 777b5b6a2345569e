package org.accord.evidence.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.common.ConflictException;
import org.accord.evidence.DisplayNames;
import org.accord.evidence.DownloadTicket;
import org.accord.evidence.EvidenceService;
import org.accord.evidence.EvidenceStore;
import org.accord.evidence.Sha256;
import org.accord.evidence.VerifyingCopy;

/**
 * The download of evidence content, for the API and for the pages (docs/evidence.md, "Download"): an
 * attachment that is never sniffed or rendered, with the recorded SHA-256 in its headers, hashed while it
 * streams. What the read found is recorded once it is over, in a transaction of its own.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Opens the stored bytes; missing bytes are recorded as an integrity failure and answered 409. */
    public static InputStream open(DownloadTicket ticket, EvidenceStore store, EvidenceService evidence)
            throws IOException {
        try {
            return store.open(ticket.storageKey());
        } catch (NoSuchFileException e) {
            evidence.recordRead(ticket, true, new Sha256.Hashed("missing", 0));
            throw new ConflictException("The stored bytes of evidence " + ticket.reference() + " are missing; "
                    + "the failure was recorded");
        }
    }

    /**
     * Copies while hashing; records {@code downloaded} once the bytes are known to match, before the last of
     * them go out, or {@code integrity-failed}.
     */
    public static void stream(DownloadTicket ticket, InputStream in, java.io.OutputStream out,
            EvidenceService evidence) throws IOException {
        try (in) {
            VerifyingCopy.copy(in, out, ticket.sha256(), ticket.size(),
                    () -> evidence.recordRead(ticket, true, new Sha256.Hashed(ticket.sha256(), ticket.size())));
        } catch (VerifyingCopy.IntegrityMismatchException e) {
            evidence.recordRead(ticket, true, new Sha256.Hashed(e.actualSha256(), e.actualSize()));
            throw new IntegrityFailure(ticket.reference(), e);
        }
    }

    public static Response response(DownloadTicket ticket, InputStream in, EvidenceService evidence) {
        StreamingOutput body = out -> stream(ticket, in, out, evidence);
        Response.ResponseBuilder response = Response.ok(body, ticket.mediaType());
        headers(ticket).forEach(response::header);
        return response.build();
    }

    /** The headers of a download, besides {@code Content-Type}. */
    public static Map<String, String> headers(DownloadTicket ticket) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Length", Long.toString(ticket.size()));
        headers.put("Content-Disposition", contentDisposition(ticket.displayName()));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "sandbox");
        headers.put("Cache-Control", "no-store");
        headers.put("Repr-Digest", reprDigest(ticket.sha256()));
        headers.put("Digest", "sha-256=" + base64(ticket.sha256()));
        return headers;
    }

    /** RFC 6266: an ASCII fallback name and the exact name in RFC 8187 encoding. */
    public static String contentDisposition(String displayName) {
        String encoded = URLEncoder.encode(displayName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + DisplayNames.asciiFallback(displayName) + "\"; filename*=UTF-8''" + encoded;
    }

    /** RFC 9530: {@code sha-256=:<base64>:}. */
    public static String reprDigest(String sha256Hex) {
        return "sha-256=:" + base64(sha256Hex) + ":";
    }

    private static String base64(String sha256Hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }

    /** The bytes read did not match: the response must not end as a good one. */
    public static class IntegrityFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final String reference;

        IntegrityFailure(String reference, Throwable cause) {
            super("Evidence " + reference + " failed its integrity check while being served", cause);
            this.reference = reference;
        }

        public String reference() {
            return reference;
        }
    }
}
