package org.accord.exchangelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.accord.caller.Caller;
import org.accord.exchangelog.entry.LogEntry;

/**
 * An entry written by an action, in the action's transaction, that has no position in the log yet.
 * The {@link LogIntegrator} gives it one; until then it is part of no tree.
 */
@Entity
@Table(name = "exchange_log_queue")
@NamedQuery(name = "QueuedEntry.oldest", query = "select q from QueuedEntry q order by q.at, q.id")
public class QueuedEntry {

    /** Blocks of 1000 (V8): a block running out stalls every concurrent appender (docs/exchange-log.md). */
    @Id
    @SequenceGenerator(name = "log_queue_seq", sequenceName = "log_queue_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "log_queue_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_country", nullable = false)
    private String actorCountry;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String countries;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private String objectId;

    @Column(name = "agreement_id")
    private String agreementId;

    private String outcome;

    protected QueuedEntry() {
    }

    QueuedEntry(LogEvent event, Caller caller, Instant at) {
        this.at = at;
        this.actor = caller.user();
        this.actorCountry = caller.country();
        this.action = event.action();
        this.countries = String.join(",", event.countries().stream().distinct().sorted().toList());
        this.objectType = event.objectType();
        this.objectId = event.objectId();
        this.agreementId = event.agreementId();
        this.outcome = event.outcome();
    }

    /** The entry as it is logged at position {@code seq}. */
    LogEntry at(long seq) {
        return new LogEntry(seq, at, actor, actorCountry, action, List.of(countries.split(",")), objectType,
                objectId, agreementId, outcome);
    }

    public Long getId() {
        return id;
    }
}
