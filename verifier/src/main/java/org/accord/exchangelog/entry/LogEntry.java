package org.accord.exchangelog.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.accord.exchangelog.json.CanonicalJsonWriter;

/**
 * One entry of the exchange log: who did what, when, to which object, involving which countries, under
 * which agreement and with what outcome. It holds ids and short texts only, never report or evidence
 * content, so that auditors may read the log without reading TLP:RED material (issue 5).
 * <p>
 * The constructor enforces what makes the canonical encoding ({@link EntryEncoder}) unambiguous:
 * <ul>
 * <li>{@code seq}: 0-based position in the log, at most 2<sup>53</sup> - 1 (exact as a JCS number);</li>
 * <li>{@code time}: see {@link EntryTime} (microseconds, years 0000-9999);</li>
 * <li>strings: never empty (an optional field is absent, i.e. null, never ""), and valid Unicode (no
 * unpaired surrogate);</li>
 * <li>{@code countries}: sorted (by UTF-16 code units, as JCS sorts names) and without repeats; the
 * constructor sorts and deduplicates, so equal sets always encode alike. May be empty.</li>
 * </ul>
 *
 * @param seq          position in the log, from 0
 * @param time         when the action happened (UTC)
 * @param actor        the acting user's name
 * @param actorCountry the acting user's country code
 * @param action       what happened, such as {@code request.sent} or {@code report.read.refused}
 * @param countries    the countries involved
 * @param objectType   the kind of object acted on, such as {@code request}
 * @param objectId     the object's id
 * @param agreementId  the agreement invoked, or null
 * @param outcome      a short result, such as a refusal reason, or null
 */
public record LogEntry(long seq, Instant time, String actor, String actorCountry, String action,
        List<String> countries, String objectType, String objectId, String agreementId, String outcome) {

    public LogEntry {
        if (seq < 0 || seq > CanonicalJsonWriter.MAX_EXACT_INTEGER) {
            throw new IllegalArgumentException("seq " + seq + " is outside 0 to 2^53 - 1");
        }
        EntryTime.requireValid(time);
        required(actor, EntryFields.ACTOR);
        required(actorCountry, EntryFields.ACTOR_COUNTRY);
        required(action, EntryFields.ACTION);
        required(objectType, EntryFields.OBJECT_TYPE);
        required(objectId, EntryFields.OBJECT_ID);
        optional(agreementId, EntryFields.AGREEMENT_ID);
        optional(outcome, EntryFields.OUTCOME);
        countries = sortedDistinct(countries);
    }

    /** A builder, for readable construction of ten fields. */
    public static Builder builder() {
        return new Builder();
    }

    private static void required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        optional(value, field);
    }

    private static void optional(String value, String field) {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty: leave an optional field out instead");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == value.length()
                        || !Character.isLowSurrogate(value.charAt(++i))) {
                    throw new IllegalArgumentException(field + " has an unpaired surrogate: not Unicode text");
                }
            }
        }
    }

    private static List<String> sortedDistinct(List<String> countries) {
        if (countries == null) {
            throw new IllegalArgumentException(EntryFields.COUNTRIES + " is required (may be empty)");
        }
        boolean ascending = true;
        for (int i = 0; i < countries.size(); i++) {
            required(countries.get(i), EntryFields.COUNTRIES + " element");
            ascending &= i == 0 || countries.get(i - 1).compareTo(countries.get(i)) < 0;
        }
        // String order is UTF-16 code unit order; the usual case, already sorted, needs no set
        return List.copyOf(ascending ? countries : new TreeSet<>(countries));
    }

    /** Collects the fields of a {@link LogEntry}; {@link #build()} validates them. */
    public static final class Builder {
        private long seq;
        private Instant time;
        private String actor;
        private String actorCountry;
        private String action;
        private List<String> countries = new ArrayList<>();
        private String objectType;
        private String objectId;
        private String agreementId;
        private String outcome;

        public Builder seq(long value) { seq = value; return this; }
        public Builder time(Instant value) { time = value; return this; }
        public Builder actor(String value) { actor = value; return this; }
        public Builder actorCountry(String value) { actorCountry = value; return this; }
        public Builder action(String value) { action = value; return this; }
        public Builder countries(List<String> value) { countries = value; return this; }
        public Builder countries(String... value) { countries = List.of(value); return this; }
        public Builder objectType(String value) { objectType = value; return this; }
        public Builder objectId(String value) { objectId = value; return this; }
        public Builder agreementId(String value) { agreementId = value; return this; }
        public Builder outcome(String value) { outcome = value; return this; }

        public LogEntry build() {
            return new LogEntry(seq, time, actor, actorCountry, action, countries, objectType, objectId,
                    agreementId, outcome);
        }
    }
}
