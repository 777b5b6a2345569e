package org.accord.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The columns of an incident report that its API view shows most of, read-only. */
@Entity
@Table(name = "incident_report")
@NamedQuery(name = "BareReport.byReference", query = "select r from BareReport r where r.reference = :reference")
public class BareReport {

    @Id
    private Long id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "owner_country")
    private String ownerCountry;
    private String title;
    private String description;
    private String tlp;
    private String status;
    private String severity;

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getOwnerCountry() { return ownerCountry; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getTlp() { return tlp; }
    public String getStatus() { return status; }
    public String getSeverity() { return severity; }
}
