package org.accord.exchangelog;

import java.time.Instant;
import java.util.List;

/**
 * The fields of one log entry, exactly those that its canonical encoding (and so its leaf hash)
 * covers. Ids and hashes only: never report or evidence content.
 */
public record LogRecord(long seq, Instant time, String actor, String actorCountry, String action,
        List<String> countries, String objectType, String objectId, String agreementId, String outcome) {

    public LogRecord {
        countries = countries.stream().distinct().sorted().toList();
    }
}
