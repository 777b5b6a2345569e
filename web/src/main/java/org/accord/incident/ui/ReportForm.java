package org.accord.incident.ui;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accord.incident.IncidentReport;
import org.accord.incident.ReportDraft;
import org.accord.web.ui.Times;

/**
 * What the report form holds between requests. Times are edited as UTC wall-clock times to the
 * minute ({@code <input type="datetime-local">} has no zone); a time the user left unchanged keeps
 * its stored seconds, so saving a form never shifts it.
 */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String rsitClass;
    private String rsitType;
    private String severity;
    private String tlp;
    private String nis2Stage;
    private LocalDateTime awareAt;
    private LocalDateTime firstSeenAt;
    private List<String> sectors = new ArrayList<>();
    private Long affectedSystems;
    private Long affectedPeople;
    private Instant storedAwareAt;
    private Instant storedFirstSeenAt;

    static ReportForm of(IncidentReport r) {
        ReportForm form = new ReportForm();
        form.title = r.getTitle();
        form.description = r.getDescription();
        form.rsitClass = r.getRsitClass();
        form.rsitType = r.getRsitType();
        form.severity = r.getSeverity().wire();
        form.tlp = r.getTlp().label();
        form.nis2Stage = r.getNis2Stage() == null ? null : r.getNis2Stage().wire();
        form.storedAwareAt = r.getAwareAt();
        form.storedFirstSeenAt = r.getFirstSeenAt();
        form.awareAt = Times.toUtc(r.getAwareAt());
        form.firstSeenAt = Times.toUtc(r.getFirstSeenAt());
        form.sectors = new ArrayList<>(r.getSectors());
        form.affectedSystems = r.getAffectedSystems();
        form.affectedPeople = r.getAffectedPeople();
        return form;
    }

    ReportDraft toDraft() {
        return new ReportDraft(title, description, rsitClass, rsitType, severity, tlp, nis2Stage,
                instant(awareAt, storedAwareAt), instant(firstSeenAt, storedFirstSeenAt), sectors, affectedSystems,
                affectedPeople);
    }

    private static Instant instant(LocalDateTime edited, Instant stored) {
        return Objects.equals(edited, Times.toUtc(stored)) ? stored : Times.fromUtc(edited);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRsitClass() {
        return rsitClass;
    }

    public void setRsitClass(String rsitClass) {
        this.rsitClass = rsitClass;
    }

    public String getRsitType() {
        return rsitType;
    }

    public void setRsitType(String rsitType) {
        this.rsitType = rsitType;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getTlp() {
        return tlp;
    }

    public void setTlp(String tlp) {
        this.tlp = tlp;
    }

    public String getNis2Stage() {
        return nis2Stage;
    }

    public void setNis2Stage(String nis2Stage) {
        this.nis2Stage = nis2Stage;
    }

    public LocalDateTime getAwareAt() {
        return awareAt;
    }

    public void setAwareAt(LocalDateTime awareAt) {
        this.awareAt = awareAt;
    }

    public LocalDateTime getFirstSeenAt() {
        return firstSeenAt;
    }

    public void setFirstSeenAt(LocalDateTime firstSeenAt) {
        this.firstSeenAt = firstSeenAt;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
    }

    public Long getAffectedSystems() {
        return affectedSystems;
    }

    public void setAffectedSystems(Long affectedSystems) {
        this.affectedSystems = affectedSystems;
    }

    public Long getAffectedPeople() {
        return affectedPeople;
    }

    public void setAffectedPeople(Long affectedPeople) {
        this.affectedPeople = affectedPeople;
    }
}
