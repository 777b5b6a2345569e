package org.accord.taxii;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.accord.common.InvalidInputException;

/**
 * The position after the last object of a page (docs/taxii.md, "Pagination"): the request's sending time in
 * microseconds, the request, the report and the indicator's number. Opaque to clients (base64url); it is a position
 * only, never a permission: every call applies the collection's rules afresh.
 */
public record TaxiiCursor(long sentAtMicros, long requestId, long reportId, int n) {

    private static final String VERSION = "1";

    public String encode() {
        String plain = String.join(".", VERSION, Long.toString(sentAtMicros), Long.toString(requestId),
                Long.toString(reportId), Integer.toString(n));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back; anything that is not one of ours is 422 naming {@code next}. */
    public static TaxiiCursor decode(String next) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("not a cursor");
            }
            TaxiiCursor cursor = new TaxiiCursor(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]), Integer.parseInt(parts[4]));
            if (cursor.requestId < 0 || cursor.reportId < 0 || cursor.n < 0) {
                throw new IllegalArgumentException("negative");
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("next", "is not a cursor this server gave out");
        }
    }

    /** Whether a request sent at {@code sentAtMicros} with id {@code requestId} comes before this position's. */
    boolean isAfter(long requestSentAtMicros, long requestId) {
        return sentAtMicros > requestSentAtMicros
                || (sentAtMicros == requestSentAtMicros && this.requestId > requestId);
    }
}
