package org.accord.agreement;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.FieldError;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.StaleVersionException;
import org.accord.common.Validation;
import org.accord.country.CountryRepository;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.exchangelog.Refusals;
import org.accord.idempotency.IdempotencyKeys;
import org.accord.incident.Tlp;

/**
 * Proposing, ratifying and ending agreements (docs/agreements.md), and the enforcement lookup every
 * cross-border action asks ({@link #coverage}). Only a party's liaison acts; parties' users and
 * {@code INT} auditors read; for anyone else an agreement does not exist (404, refusal logged).
 * Every step is one exchange log entry in the step's own transaction.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class AgreementService {

    @Inject
    AgreementRepository agreements;

    @Inject
    CountryRepository countries;

    @Inject
    TenantScope tenant;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Validator validator;

    @Inject
    ExchangeLog exchangeLog;

    @Inject
    Refusals refusals;

    @Inject
    Clock clock;

    @RolesAllowed(LIAISON)
    public Agreement propose(AgreementDraft draft, String idempotencyKey) {
        Caller caller = tenant.caller();
        requireProposable(draft, caller);
        return idempotency.once(caller.user(), "agreement.propose", idempotencyKey, draft.toString(), () -> {
            Agreement agreement = new Agreement(draft, caller.country(), caller.user(), Instant.now(clock));
            agreements.add(agreement);
            log("agreement.proposed", agreement, null);
            return agreement;
        }, Agreement::getReference, this::get);
    }

    /** A new version of an agreement in force (or suspended), ratified again before it replaces the old. */
    @RolesAllowed(LIAISON)
    public Agreement proposeVersion(String reference, AgreementDraft draft) {
        Caller caller = tenant.caller();
        Agreement current = actable(reference, "agreement.version-proposed");
        requireProposable(draft, caller);
        Agreement next = current.successor(draft, caller.country(), caller.user(), Instant.now(clock),
                agreements.successorsOf(current.getReference()));
        agreements.add(next);
        log("agreement.version-proposed", next, "supersedes " + current.getReference());
        return next;
    }

    public Agreement get(String reference) {
        return readable(reference);
    }

    /** Agreements the caller may see, optionally with one status or one partner country. */
    public List<Agreement> list(String status, String partner) {
        AgreementStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = AgreementStatus.fromWire(status)
                    .orElseThrow(() -> new InvalidInputException("status", "unknown status " + status));
        }
        String party = tenant.caller().isOversightAuditor() ? null : tenant.caller().country();
        Instant now = Instant.now(clock);
        AgreementStatus filter = wanted;
        return agreements.list(party, partner == null || partner.isBlank() ? null : partner.toUpperCase()).stream()
                .filter(a -> filter == null || a.statusAt(now) == filter).toList();
    }

    @RolesAllowed(LIAISON)
    public Agreement ratify(String reference, Long expectedVersion) {
        Agreement agreement = actable(reference, "agreement.ratified", expectedVersion);
        Caller caller = tenant.caller();
        Instant now = Instant.now(clock);
        agreement.ratify(caller.country(), caller.user(), now);
        if (agreement.isFullyRatified() && agreement.getSupersedes() != null) {
            agreements.findByReference(agreement.getSupersedes()).ifPresent(old -> old.supersededBy(agreement, now));
        }
        return saved(agreement, "agreement.ratified", null);
    }

    @RolesAllowed(LIAISON)
    public Agreement reject(String reference, Long expectedVersion, String reason) {
        Agreement agreement = actable(reference, "agreement.rejected", expectedVersion);
        Caller caller = tenant.caller();
        agreement.reject(caller.country(), caller.user(), requireReason(reason), Instant.now(clock));
        return saved(agreement, "agreement.rejected", reason);
    }

    @RolesAllowed(LIAISON)
    public Agreement suspend(String reference, Long expectedVersion, String reason) {
        Agreement agreement = actable(reference, "agreement.suspended", expectedVersion);
        agreement.suspend(tenant.caller().user(), requireReason(reason), Instant.now(clock));
        return saved(agreement, "agreement.suspended", reason);
    }

    @RolesAllowed(LIAISON)
    public Agreement terminate(String reference, Long expectedVersion, String reason) {
        Agreement agreement = actable(reference, "agreement.terminated", expectedVersion);
        agreement.terminate(tenant.caller().user(), requireReason(reason), Instant.now(clock));
        return saved(agreement, "agreement.terminated", reason);
    }

    /**
     * Whether an agreement in force between {@code from} and {@code to} covers a request of this type
     * about content of this TLP; if not, the reason names the missing term (issue 3, "Enforcement").
     */
    public Coverage coverage(String from, String to, String requestType, Tlp tlp) {
        return Coverage.decide(agreements.between(from, to), requestType, tlp, Instant.now(clock));
    }

    /** The same decision, limited to the agreement the caller invokes by name. */
    public Coverage coverage(String from, String to, String requestType, Tlp tlp, String agreementReference) {
        if (agreementReference == null) {
            return coverage(from, to, requestType, tlp);
        }
        Instant now = Instant.now(clock);
        List<Agreement> named = agreements.between(from, to).stream()
                .filter(a -> a.getReference().equals(agreementReference)).toList();
        if (named.isEmpty()) {
            return new Coverage(null, "agreement " + agreementReference + " does not bind both " + from + " and " + to);
        }
        AgreementStatus status = named.get(0).statusAt(now);
        if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.SUSPENDED) {
            return new Coverage(named.get(0), "agreement " + agreementReference + " is " + status.wire()
                    + ", not in force");
        }
        return Coverage.decide(named, requestType, tlp, now);
    }

    /**
     * Whether an agreement in force between {@code from} and {@code to} lets evidence of this category and
     * TLP cross (docs/evidence.md, "Share"); if not, the reason names the missing term.
     */
    public Coverage evidenceCoverage(String from, String to, String category, Tlp tlp) {
        return Coverage.decideEvidence(agreements.between(from, to), category, tlp, Instant.now(clock));
    }

    private void requireProposable(AgreementDraft draft, Caller caller) {
        Validation.requireValid(validator, draft);
        List<FieldError> errors = new ArrayList<>();
        List<String> unknown = draft.parties().stream().filter(c -> countries.find(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("parties", "not registered countries: " + unknown));
        } else if (!draft.parties().contains(caller.country())) {
            errors.add(new FieldError("parties", "must include the proposer's country " + caller.country()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "must not be blank");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "size must be between 1 and 2000");
        }
        return reason;
    }

    private Agreement saved(Agreement agreement, String action, String outcome) {
        StaleVersionException.flush(agreements::flush, "Agreement " + agreement.getReference());
        log(action, agreement, outcome);
        return agreement;
    }

    private void log(String action, Agreement agreement, String outcome) {
        exchangeLog.append(new LogEvent(action, agreement.getPartyCountries(), "agreement", agreement.getReference(),
                agreement.getReference(), outcome));
    }

    private Agreement readable(String reference) {
        Agreement agreement = agreements.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("No agreement " + reference));
        if (!tenant.canReadAgreement(agreement.getPartyCountries())) {
            refuse("agreement.read", agreement, "not a party to the agreement");
        }
        return agreement;
    }

    private Agreement actable(String reference, String action) {
        return actable(reference, action, null);
    }

    private Agreement actable(String reference, String action, Long expectedVersion) {
        Agreement agreement = agreements.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("No agreement " + reference));
        if (!tenant.canActOnAgreement(agreement.getPartyCountries())) {
            if (!tenant.canReadAgreement(agreement.getPartyCountries())) {
                refuse(action, agreement, "not a party to the agreement");
            }
            throw new AccessDeniedException("Only liaisons of " + agreement.getPartyCountries()
                    + " act on agreement " + reference);
        }
        StaleVersionException.requireVersion("Agreement " + reference, agreement.getVersion(), expectedVersion);
        return agreement;
    }

    private void refuse(String action, Agreement agreement, String reason) {
        throw refusals.unseen(new LogEvent(action, agreement.getPartyCountries(), "agreement", agreement.getReference(),
                agreement.getReference(), null), reason, "No agreement " + agreement.getReference());
    }
}
