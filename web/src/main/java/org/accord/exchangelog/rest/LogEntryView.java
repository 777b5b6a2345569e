package org.accord.exchangelog.rest;

import java.time.Instant;
import java.util.List;
import org.accord.exchangelog.ExchangeLogEntry;
import org.accord.exchangelog.entry.LogEntry;

/** One log entry as the API shows it: its fields and its leaf hash (base64). */
public record LogEntryView(long seq, Instant time, String actor, String actorCountry, String action,
        List<String> countries, String objectType, String objectId, String agreementId, String outcome,
        String leafHash) {

    static LogEntryView of(ExchangeLogEntry stored) {
        LogEntry e = stored.record();
        return new LogEntryView(e.seq(), e.time(), e.actor(), e.actorCountry(), e.action(), e.countries(),
                e.objectType(), e.objectId(), e.agreementId(), e.outcome(), stored.getLeafHash());
    }
}
