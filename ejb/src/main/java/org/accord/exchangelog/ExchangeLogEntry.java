package org.accord.exchangelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;

/** One entry of the exchange log. Immutable: the database row is written once and never updated. */
@Entity
@Table(name = "exchange_log_entry")
public class ExchangeLogEntry {

    @Id
    private long seq;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_country", nullable = false, updatable = false)
    private String actorCountry;

    @Column(nullable = false, updatable = false)
    private String action;

    /** The countries involved, sorted, stored as {@code ,CN,US,} so that one can be searched for. */
    @Column(nullable = false, updatable = false)
    private String countries;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    private String objectId;

    @Column(name = "agreement_id", updatable = false)
    private String agreementId;

    @Column(updatable = false)
    private String outcome;

    @Column(name = "leaf_hash", nullable = false, updatable = false)
    private String leafHash;

    @Column(name = "queue_id", updatable = false)
    private Long queueId;

    protected ExchangeLogEntry() {
    }

    ExchangeLogEntry(LogEntry record, String leafHash, Long queueId) {
        this.seq = record.seq();
        this.at = record.time();
        this.actor = record.actor();
        this.actorCountry = record.actorCountry();
        this.action = record.action();
        this.countries = storedCountries(record.countries());
        this.objectType = record.objectType();
        this.objectId = record.objectId();
        this.agreementId = record.agreementId();
        this.outcome = record.outcome();
        this.leafHash = leafHash;
        this.queueId = queueId;
    }

    /** The fields as they were logged, from which the leaf hash is recomputed. */
    /** {@code ,CN,US,}: so that one country is found with {@code like '%,CN,%'}. */
    static String storedCountries(java.util.Collection<String> countries) {
        return "," + String.join(",", countries) + ",";
    }

    public LogEntry record() {
        List<String> involved = Arrays.stream(countries.split(",")).filter(c -> !c.isEmpty()).toList();
        return new LogEntry(seq, at, actor, actorCountry, action, involved, objectType, objectId, agreementId,
                outcome);
    }

    /** Whether {@code country} is one of the countries involved. */
    public boolean involves(String country) {
        return countries.contains("," + country + ",");
    }

    public long getSeq() {
        return seq;
    }

    public String getLeafHash() {
        return leafHash;
    }
}
