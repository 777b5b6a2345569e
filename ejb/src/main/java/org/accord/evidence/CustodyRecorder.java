package org.accord.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;

/**
 * Writes a custody event, and for what crosses a border also its exchange log entry, in the caller's
 * transaction: the event, the entry and the action commit together or not at all.
 */
@ApplicationScoped
public class CustodyRecorder {

    @Inject
    EvidenceRepository repository;

    @Inject
    ExchangeLog exchangeLog;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** A custody event only (uploads, the owner's own reads and checks). */
    public void record(Evidence evidence, String event, String partner, String agreement, String sha256,
            String detail) {
        Caller caller = currentCaller.get();
        repository.add(new CustodyEvent(evidence.getId(), Instant.now(clock), event, caller.user(), caller.country(),
                partner, agreement, sha256, detail));
    }

    /** A custody event and the exchange log entry {@code evidence.<logEvent>} about the same step. */
    public void crossBorder(Evidence evidence, String event, String partner, String agreement, String sha256,
            String detail, Collection<String> countries) {
        record(evidence, event, partner, agreement, sha256, detail);
        List<String> involved = Stream.concat(Stream.of(evidence.getOwnerCountry()), countries.stream())
                .filter(c -> c != null).distinct().toList();
        exchangeLog.append(new LogEvent("evidence." + event, involved, "evidence", evidence.getReference(),
                agreement, detail));
    }
}
