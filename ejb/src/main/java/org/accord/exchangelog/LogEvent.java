package org.accord.exchangelog;

import java.util.Collection;
import java.util.List;

/**
 * What a feature asks the log to record: the action, the countries involved, the object, the
 * agreement invoked (if any) and, for a refusal, why. The log adds who, when and the position.
 */
public record LogEvent(String action, Collection<String> countries, String objectType, String objectId,
        String agreementId, String outcome) {

    public static LogEvent of(String action, String objectType, String objectId, String... countries) {
        return new LogEvent(action, List.of(countries), objectType, objectId, null, null);
    }

    /** The same attempt, refused: action {@code <action>.refused} with the reason as outcome. */
    public LogEvent refused(String reason) {
        return new LogEvent(action + ".refused", countries, objectType, objectId, agreementId, reason);
    }
}
