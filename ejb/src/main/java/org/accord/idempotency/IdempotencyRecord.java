package org.accord.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A creating call already made by one user with one key: what it asked (hash) and what it created. */
@Entity
@Table(name = "idempotency_record")
@NamedQuery(name = "IdempotencyRecord.find", query = "select i from IdempotencyRecord i"
        + " where i.caller = :caller and i.operation = :operation and i.key = :key")
public class IdempotencyRecord {

    @Id
    @SequenceGenerator(name = "idempotency_seq", sequenceName = "idempotency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String caller;

    @Column(nullable = false, updatable = false)
    private String operation;

    @Column(name = "idem_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @Column(name = "result_id")
    private String resultId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String caller, String operation, String key, String requestHash, Instant createdAt) {
        this.caller = caller;
        this.operation = operation;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getResultId() {
        return resultId;
    }

    void setResultId(String resultId) {
        this.resultId = resultId;
    }
}
