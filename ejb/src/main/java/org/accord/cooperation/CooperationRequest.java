package org.accord.cooperation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.cooperation.RequestAction.Side;
import org.accord.incident.IncidentReport;

/**
 * A request from one country to another about some of the sender's reports, under an agreement
 * (PRODUCT.md, "Cooperation request"). The entity guards the state machine ({@link RequestAction}),
 * keeps every state change and the thread, and knows its deadlines; who the caller is, and which
 * side that makes them, the service decides.
 */
@Entity
@Table(name = "cooperation_request")
@NamedQuery(name = "CooperationRequest.byReference",
        query = "select r from CooperationRequest r where r.reference = :reference")
public class CooperationRequest {

    @Id
    @SequenceGenerator(name = "cooperation_request_seq", sequenceName = "cooperation_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cooperation_request_seq")
    private Long id;

    /** Readable id, e.g. {@code RQ-2026-0050}: year of sending and the database id. */
    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "sender_country", nullable = false, updatable = false)
    private String senderCountry;
    @Column(name = "requested_country", nullable = false, updatable = false)
    private String requestedCountry;
    @Column(name = "request_type", nullable = false, updatable = false)
    private String requestType;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "agreement_ref", nullable = false, updatable = false)
    private String agreementReference;

    @ManyToMany
    @JoinTable(name = "cooperation_request_report", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("reference")
    private List<IncidentReport> reports = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.SENT;
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;
    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "ack_due_at", nullable = false, updatable = false)
    private Instant acknowledgeBy;
    @Column(name = "answer_due_at", nullable = false, updatable = false)
    private Instant answerBy;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    /** The deadline the responder works towards now; none once the responder has answered or declined. */
    @Column(name = "next_due_at")
    private Instant nextDueAt;
    @Column(name = "ack_escalated_at")
    private Instant acknowledgementEscalatedAt;
    @Column(name = "answer_escalated_at")
    private Instant answerEscalatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RequestTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RequestMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected CooperationRequest() {
    }

    public CooperationRequest(RequestDraft draft, String senderCountry, String agreementReference,
            List<IncidentReport> reports, Deadlines deadlines, String user, Instant now) {
        this.senderCountry = senderCountry;
        this.requestedCountry = draft.requestedCountry();
        this.requestType = draft.type();
        this.title = draft.title().strip();
        this.body = draft.body();
        this.agreementReference = agreementReference;
        this.reports.addAll(reports);
        this.sentBy = user;
        this.sentAt = now;
        this.statusChangedAt = now;
        this.acknowledgeBy = deadlines.acknowledgeBy();
        this.answerBy = deadlines.answerBy();
        this.expiresAt = deadlines.expiresAt();
        this.nextDueAt = acknowledgeBy;
        this.reference = "RQ-" + now.atZone(ZoneOffset.UTC).getYear() + "-pending-" + now.toEpochMilli();
        transitions.add(new RequestTransition(this, null, RequestStatus.SENT, user, senderCountry, now, null));
    }

    /** Gives the readable id once the database id is known. */
    public void assignReference() {
        reference = String.format("RQ-%d-%04d", sentAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    /**
     * Takes {@code action} as {@code side}: refused when that side may not take it (403) or the request
     * is not in a state it starts from (409, naming the state and what is possible there).
     */
    public void perform(RequestAction action, Side side, String user, String country, String reason, Instant now) {
        if (action.side() != side) {
            throw new AccessDeniedException("Only the " + describe(action.side()) + " may " + action.wire()
                    + " request " + reference);
        }
        RequestStatus next = action.from(status).orElseThrow(() -> new ConflictException("Request " + reference
                + " is " + status.wire() + " and cannot be " + past(action) + "; possible now: "
                + RequestAction.allowed(status, side).stream().map(RequestAction::wire).toList()));
        transitions.add(new RequestTransition(this, status, next, user, country, now, reason));
        status = next;
        statusChangedAt = now;
        nextDueAt = status == RequestStatus.SENT ? acknowledgeBy : status.isAwaitingResponder() ? answerBy : null;
    }

    /** Adds to the thread; a closed, withdrawn or expired request takes no more messages. */
    public RequestMessage post(String kind, String text, String user, String country, Instant now) {
        if (status.isFinal()) {
            throw new ConflictException("Request " + reference + " is " + status.wire() + " and takes no more messages");
        }
        RequestMessage message = new RequestMessage(this, kind, text, user, country, now);
        messages.add(message);
        return message;
    }

    public boolean isAcknowledgementOverdue(Instant now) {
        return status == RequestStatus.SENT && now.isAfter(acknowledgeBy);
    }

    public boolean isAnswerOverdue(Instant now) {
        return status.isAwaitingResponder() && now.isAfter(answerBy);
    }

    public boolean isOverdue(Instant now) {
        return isAcknowledgementOverdue(now) || isAnswerOverdue(now);
    }

    public boolean isEscalated() {
        return acknowledgementEscalatedAt != null || answerEscalatedAt != null;
    }

    /** The deadlines missed by {@code now} that were not escalated yet; marks them escalated. */
    public List<String> escalate(Instant now) {
        List<String> missed = new ArrayList<>();
        if (isAcknowledgementOverdue(now) && acknowledgementEscalatedAt == null) {
            acknowledgementEscalatedAt = now;
            missed.add("acknowledgement");
        }
        if (isAnswerOverdue(now) && answerEscalatedAt == null) {
            answerEscalatedAt = now;
            missed.add("answer");
        }
        return missed;
    }

    public boolean isExpiredBy(Instant now) {
        return status.isAwaitingResponder() && now.isAfter(expiresAt);
    }

    public Side sideOf(String country) {
        return country.equals(senderCountry) ? Side.SENDER : country.equals(requestedCountry) ? Side.RESPONDER : null;
    }

    public List<String> getCountries() {
        return List.of(senderCountry, requestedCountry);
    }

    private static String describe(Side side) {
        return switch (side) {
            case SENDER -> "sending country";
            case RESPONDER -> "requested country's liaison";
            case SYSTEM -> "deadline job";
        };
    }

    private static String past(RequestAction action) {
        String verb = action.wire();
        return verb.endsWith("e") ? verb + "d" : verb.equals("withdraw") ? "withdrawn" : verb + "ed";
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getSenderCountry() { return senderCountry; }
    public String getRequestedCountry() { return requestedCountry; }
    public String getRequestType() { return requestType; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getAgreementReference() { return agreementReference; }
    public List<IncidentReport> getReports() { return List.copyOf(reports); }
    public RequestStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getSentBy() { return sentBy; }
    public Instant getSentAt() { return sentAt; }
    public Instant getAcknowledgeBy() { return acknowledgeBy; }
    public Instant getAnswerBy() { return answerBy; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getNextDueAt() { return nextDueAt; }
    public Instant getAcknowledgementEscalatedAt() { return acknowledgementEscalatedAt; }
    public Instant getAnswerEscalatedAt() { return answerEscalatedAt; }
    public List<RequestTransition> getTransitions() { return List.copyOf(transitions); }
    public List<RequestMessage> getMessages() { return List.copyOf(messages); }
    public long getVersion() { return version; }
}
