package org.accord.agreement.ui;

import java.time.Instant;
import java.time.LocalDate;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementStatus;
import org.accord.incident.Tlp;

/** One line of the agreement list: the agreement and the status it shows now. */
public final class AgreementRow {

    private final String reference;
    private final String title;
    private final String parties;
    private final AgreementStatus status;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final Tlp maxTlp;

    private AgreementRow(Agreement a, Instant now) {
        this.reference = a.getReference();
        this.title = a.getTitle();
        this.parties = String.join(", ", a.getPartyCountries());
        this.status = a.statusAt(now);
        this.validFrom = a.getValidFrom();
        this.validTo = a.getValidTo();
        this.maxTlp = a.getMaxTlp();
    }

    static AgreementRow of(Agreement agreement, Instant now) {
        return new AgreementRow(agreement, now);
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getParties() {
        return parties;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Tlp getMaxTlp() {
        return maxTlp;
    }
}
