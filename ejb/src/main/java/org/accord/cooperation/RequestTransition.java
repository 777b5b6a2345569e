package org.accord.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change of a request: from, to, who (user and country), when, and the reason given. */
@Entity
@Table(name = "cooperation_request_transition")
public class RequestTransition {

    @Id
    @SequenceGenerator(name = "request_event_seq", sequenceName = "cooperation_request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private CooperationRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private RequestStatus toStatus;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_country", nullable = false, updatable = false)
    private String actorCountry;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String reason;

    protected RequestTransition() {
    }

    RequestTransition(CooperationRequest request, RequestStatus from, RequestStatus to, String actor,
            String actorCountry, Instant at, String reason) {
        this.request = request;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorCountry = actorCountry;
        this.at = at;
        this.reason = reason;
    }

    public RequestStatus getFromStatus() { return fromStatus; }
    public RequestStatus getToStatus() { return toStatus; }
    public String getActor() { return actor; }
    public String getActorCountry() { return actorCountry; }
    public Instant getAt() { return at; }
    public String getReason() { return reason; }
}
