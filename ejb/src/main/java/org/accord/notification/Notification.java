package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a country's 24/7 contact must know, e.g. that a request to the country is overdue. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "country_code", nullable = false, updatable = false)
    private String country;

    /** The 24/7 contact as registered when the notification was made. */
    @Column(nullable = false, updatable = false)
    private String contact;

    @Column(nullable = false, updatable = false)
    private String kind;

    /** The readable id of what it is about, e.g. a request. */
    @Column(name = "subject_ref", nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    public Notification(String country, String contact, String kind, String subject, String text, Instant createdAt) {
        this.country = country;
        this.contact = contact;
        this.kind = kind;
        this.subject = subject;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCountry() { return country; }
    public String getContact() { return contact; }
    public String getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
