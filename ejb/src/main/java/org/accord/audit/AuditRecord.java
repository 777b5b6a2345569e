package org.accord.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An immutable record of one action or refusal. Holds ids, never report or evidence content. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_country", updatable = false)
    private String actorCountry;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(updatable = false)
    private String outcome;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String actor, String actorCountry, String action, String objectType, String objectId,
            String outcome) {
        this.at = at;
        this.actor = actor;
        this.actorCountry = actorCountry;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getActorCountry() {
        return actorCountry;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getOutcome() {
        return outcome;
    }
}
