package org.accord.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message of a request's thread. Messages are never edited or deleted: every column is
 * insert-only. {@code kind} is {@code message}, or {@code answer} / {@code decline} for the text
 * that came with that step.
 */
@Entity
@Table(name = "cooperation_request_message")
public class RequestMessage {

    public static final String MESSAGE = "message";
    public static final String ANSWER = "answer";
    public static final String DECLINE = "decline";

    @Id
    @SequenceGenerator(name = "request_message_seq", sequenceName = "cooperation_request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_message_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private CooperationRequest request;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_country", nullable = false, updatable = false)
    private String authorCountry;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String body;

    protected RequestMessage() {
    }

    RequestMessage(CooperationRequest request, String kind, String body, String author, String authorCountry,
            Instant at) {
        this.request = request;
        this.kind = kind;
        this.body = body;
        this.author = author;
        this.authorCountry = authorCountry;
        this.at = at;
    }

    public Long getId() { return id; }
    public String getAuthor() { return author; }
    public String getAuthorCountry() { return authorCountry; }
    public Instant getAt() { return at; }
    public String getKind() { return kind; }
    public String getBody() { return body; }
}
