package org.accord.evidence;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Coverage;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.country.CountryRepository;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.exchangelog.Refusals;

/**
 * Reading, sharing and revoking evidence, and the transactional steps of uploads, downloads and checks
 * (docs/evidence.md). Who may do what is {@link TenantScope}'s decision; evidence another country did not
 * share with the caller does not exist for it (404, refusal logged). Sharing asks the agreements
 * ({@link AgreementService#evidenceCoverage}). The byte streams themselves run outside any transaction,
 * in {@link EvidenceTransfers} and the web tier.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class EvidenceService {

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceUploads uploads;

    @Inject
    AgreementService agreements;

    @Inject
    CountryRepository countries;

    @Inject
    TenantScope tenant;

    @Inject
    CustodyRecorder custody;

    @Inject
    ExchangeLog exchangeLog;

    @Inject
    Refusals refusals;

    @Inject
    RetentionClock retention;

    @Inject
    Clock clock;

    public VisibleEvidence get(String reference) {
        Access access = readable(reference, "evidence.read");
        if (access.crossBorder()) {
            exchangeLog.append(new LogEvent("evidence.read", access.involved(), "evidence", reference,
                    access.agreement(), null));
        }
        return access.visible();
    }

    /** The evidence the caller may see, optionally of one report, newest first. */
    public List<Evidence> list(String report) {
        return repository.visible(tenant.readableCountry().orElse(null), blankToNull(report), retention.now());
    }

    public List<CustodyEvent> custody(String reference) {
        Access access = readable(reference, "evidence.read");
        return repository.custodyOf(access.evidence()).stream().filter(access::sees).toList();
    }

    public List<EvidenceShare> shares(String reference) {
        return readable(reference, "evidence.read").visible().shares();
    }

    @RolesAllowed({REPORTER, LIAISON})
    public UploadPlan planUpload(UploadRequest request) {
        return uploads.plan(request);
    }

    @RolesAllowed({REPORTER, LIAISON})
    public Evidence register(UploadPlan plan, StoredContent content) {
        return uploads.register(plan, content);
    }

    /** Whether any evidence row holds these bytes (so a failed upload must not remove the file). */
    public boolean holdsContent(String sha256) {
        return repository.holdsContent(sha256);
    }

    /**
     * Shares evidence with {@code partner} under the agreement in force that covers its category and TLP.
     * Refused (403 naming the missing term, logged) when none does.
     */
    @RolesAllowed(LIAISON)
    public EvidenceShare share(String reference, String partner) {
        Access access = readable(reference, "evidence.shared");
        Evidence evidence = access.evidence();
        requireOwnerLiaison(evidence);
        String country = partner == null ? "" : partner.trim().toUpperCase();
        if (country.isEmpty() || countries.find(country).isEmpty()) {
            throw new InvalidInputException("partner", "must be a registered country, not '" + partner + "'");
        }
        if (country.equals(evidence.getOwnerCountry())) {
            throw new InvalidInputException("partner", "must be another country than the owner "
                    + evidence.getOwnerCountry());
        }
        if (repository.activeShare(evidence, country).isPresent()) {
            throw new ConflictException("Evidence " + reference + " is already shared with " + country);
        }
        Coverage coverage = agreements.evidenceCoverage(evidence.getOwnerCountry(), country, evidence.getCategory(),
                evidence.getTlp());
        if (!coverage.allowed()) {
            String agreement = coverage.agreement() == null ? null : coverage.agreement().getReference();
            throw refusals.denied(new LogEvent("evidence.shared", List.of(evidence.getOwnerCountry(), country),
                    "evidence", reference, agreement, null), coverage.refusal(), "Evidence " + reference
                    + " cannot be shared with " + country + ": " + coverage.refusal());
        }
        var agreement = coverage.agreement();
        EvidenceShare share = new EvidenceShare(evidence, country, agreement.getReference(),
                agreement.getRetentionDays(), tenant.caller().user(), Instant.now(clock));
        repository.add(share);
        custody.crossBorder(evidence, CustodyEvent.SHARED, country, agreement.getReference(), evidence.getSha256(),
                "until " + share.getExpiresAt(), List.of(country));
        return share;
    }

    /** Ends the active share with {@code partner} now. */
    @RolesAllowed(LIAISON)
    public EvidenceShare revoke(String reference, String partner) {
        Evidence evidence = readable(reference, "evidence.revoked").evidence();
        requireOwnerLiaison(evidence);
        String country = partner == null ? "" : partner.trim().toUpperCase();
        EvidenceShare share = repository.activeShare(evidence, country)
                .orElseThrow(() -> new ConflictException("Evidence " + reference + " has no active share with "
                        + country));
        share.revoke(tenant.caller().user(), Instant.now(clock));
        custody.crossBorder(evidence, CustodyEvent.REVOKED, country, share.getAgreementReference(),
                evidence.getSha256(), null, List.of(country));
        return share;
    }

    /** Grants a read of the content (not yet recorded: {@link #recordRead} does once the bytes went out). */
    @RolesAllowed({REPORTER, LIAISON})
    public DownloadTicket openDownload(String reference) {
        Access access = readable(reference, "evidence.downloaded");
        if (!tenant.canDownloadEvidence(access.evidence().getOwnerCountry(), access.receivers())) {
            throw new AccessDeniedException("Only reporters and liaisons of " + access.evidence().getOwnerCountry()
                    + " or of a country it is shared with download evidence " + reference);
        }
        requireIntact(access.evidence());
        return access.ticket();
    }

    /** Grants a check of the stored bytes to anyone who may read the evidence. */
    public DownloadTicket openCheck(String reference) {
        return readable(reference, "evidence.verified").ticket();
    }

    /**
     * Records what a full read of the bytes found, in a transaction of its own (the response may already be
     * under way): {@code downloaded} or {@code verified} when intact, else {@code integrity-failed}, which
     * marks the evidence damaged.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verification recordRead(DownloadTicket ticket, boolean download, Sha256.Hashed actual) {
        Evidence evidence = repository.find(ticket.evidenceId()).orElseThrow();
        Instant now = Instant.now(clock);
        boolean intact = actual.sha256().equals(ticket.sha256()) && actual.size() == ticket.size();
        repository.markChecked(evidence.getId(), intact, !download, now);
        String partner = ticket.crossBorder() ? ticket.readerCountry() : null;
        if (!intact) {
            List<String> involved = Stream.concat(ticket.receivers().stream(), Stream.of(ticket.readerCountry()))
                    .toList();
            custody.crossBorder(evidence, CustodyEvent.INTEGRITY_FAILED, partner, ticket.agreement(),
                    actual.sha256(), (download ? "download" : "verification") + " read " + actual.size()
                            + " bytes hashing to " + actual.sha256() + "; recorded " + ticket.sha256(), involved);
        } else {
            String event = download ? CustodyEvent.DOWNLOADED : CustodyEvent.VERIFIED;
            if (ticket.crossBorder()) {
                custody.crossBorder(evidence, event, partner, ticket.agreement(), actual.sha256(), null,
                        List.of(ticket.readerCountry()));
            } else {
                custody.record(evidence, event, null, null, actual.sha256(), null);
            }
        }
        return new Verification(ticket.reference(), intact, ticket.sha256(), actual.sha256(), ticket.size(),
                actual.size(), now);
    }

    private void requireOwnerLiaison(Evidence evidence) {
        if (!tenant.canShareEvidence(evidence.getOwnerCountry())) {
            throw new AccessDeniedException("Only liaisons of " + evidence.getOwnerCountry() + " share evidence "
                    + evidence.getReference() + " or revoke its shares");
        }
    }

    private static void requireIntact(Evidence evidence) {
        if (evidence.isDamaged()) {
            throw new ConflictException("Evidence " + evidence.getReference() + " failed its integrity check: its "
                    + "stored bytes no longer match SHA-256 " + evidence.getSha256() + ", so it is not served. "
                    + "Verify it again once the file is restored.");
        }
    }

    private Access readable(String reference, String action) {
        Evidence evidence = repository.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new NotFoundException("No evidence " + reference));
        Instant now = retention.now();
        List<EvidenceShare> shares = repository.sharesOf(evidence);
        List<EvidenceShare> open = shares.stream().filter(s -> s.isOpenAt(now)).toList();
        List<String> receivers = open.stream().map(EvidenceShare::getCountry).toList();
        if (!tenant.canReadEvidence(evidence.getOwnerCountry(), receivers)) {
            throw refusals.unseen(LogEvent.of(action, "evidence", reference, evidence.getOwnerCountry()),
                    "evidence of another country, not shared", "No evidence " + reference);
        }
        return new Access(evidence, shares, open, receivers, tenant);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
