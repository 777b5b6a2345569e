package org.accord.exchangelog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accord.common.FieldError;
import org.accord.common.InvalidInputException;

/**
 * What an auditor exports a dossier of (PRODUCT.md, "Auditor"): one exchange, i.e. every entry about
 * {@code objectId}, or one period, i.e. every entry that involves both {@code country} and
 * {@code partner} from {@code from} (inclusive) to {@code to} (exclusive). {@code country} is the
 * auditor's own unless the oversight body's auditor names another.
 */
public record DossierQuery(String objectId, String country, String partner, Instant from, Instant to) {

    /** ISO 3166-1 alpha-2, or the oversight body. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|INT");
    /** The length of {@code exchange_log_entry.object_id}. */
    private static final int MAX_OBJECT_ID = 64;

    public static DossierQuery exchange(String objectId) {
        return new DossierQuery(objectId, null, null, null, null);
    }

    public static DossierQuery period(String country, String partner, Instant from, Instant to) {
        return new DossierQuery(null, country, partner, from, to);
    }

    public boolean isExchange() {
        return objectId != null;
    }

    /** Checks the form of the filter, naming every bad field. */
    void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (objectId != null) {
            if (country != null || partner != null || from != null || to != null) {
                errors.add(new FieldError("objectId", "either an objectId (one exchange) or partner, from and to"
                        + " (one period), not both"));
            }
            if (objectId.length() > MAX_OBJECT_ID || objectId.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError("objectId",
                        "at most " + MAX_OBJECT_ID + " characters, no control characters"));
            }
        } else if (country == null && partner == null && from == null && to == null) {
            errors.add(new FieldError("objectId",
                    "give an objectId (one exchange) or partner, from and to (one period)"));
        } else {
            countryCode(errors, "partner", partner, true);
            countryCode(errors, "country", country, false);
            if (partner != null && partner.equals(country)) {
                errors.add(new FieldError("partner", "must differ from country"));
            }
            if (from == null) {
                errors.add(new FieldError("from", "is required for a period (a date such as 2026-11-01)"));
            }
            if (to == null) {
                errors.add(new FieldError("to", "is required for a period (a date such as 2026-11-30)"));
            }
            if (from != null && to != null && !from.isBefore(to)) {
                errors.add(new FieldError("to", "must be after from"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    DossierQuery withCountry(String value) {
        return new DossierQuery(objectId, value, partner, from, to);
    }

    /** The filter in words, as the dossier prints it and the log records it. */
    public String describe() {
        return isExchange() ? "objectId=" + objectId
                : "country=" + country + " partner=" + partner + " from=" + from + " to=" + to + " (exclusive)";
    }

    /**
     * A file name such as {@code accord-dossier-CN-2026-000123.pdf} (one exchange) or
     * {@code accord-dossier-CN-US-2026-11-01-2026-11-30.pdf} (one period; the last day included).
     */
    public String fileName() {
        String subject = isExchange() ? objectId
                : country + "-" + partner + "-" + day(from) + "-" + day(to.minusNanos(1));
        return "accord-dossier-" + subject.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private static String day(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static void countryCode(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required for a period (a country code such as US)"));
            }
        } else if (!COUNTRY.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be an ISO 3166-1 alpha-2 code in capitals (such as US), or INT"));
        }
    }
}
