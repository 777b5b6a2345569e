package org.accord.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accord.audit.AuditTrail;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.FieldError;
import org.accord.common.InvalidInputException;
import org.accord.common.PayloadTooLargeException;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportService;
import org.accord.incident.Tlp;

/**
 * The two transactional steps of an upload (docs/evidence.md, "Upload"), run inside {@link EvidenceService}:
 * {@link #plan} checks everything that needs no byte of the body (metadata, the report, the limits against
 * {@code Content-Length}); {@link #register} records the stored bytes, checking the quota again under the
 * country's lock.
 */
@ApplicationScoped
public class EvidenceUploads {

    static final int MAX_DESCRIPTION = 2000;

    @Inject
    IncidentReportService reports;

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceSettings settings;

    @Inject
    TenantScope tenant;

    @Inject
    CustodyRecorder custody;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    UploadPlan plan(UploadRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Optional<EvidenceCategory> category = EvidenceCategory.fromWire(request.category());
        if (category.isEmpty()) {
            errors.add(new FieldError("category", "must be one of logs, network-captures, malware-samples, "
                    + "personal-data, document, other"));
        }
        Optional<Tlp> tlp = Tlp.fromLabel(request.tlp());
        if (tlp.isEmpty()) {
            errors.add(new FieldError("tlp", "must be a TLP 2.0 label: CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
        }
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "size must be between 0 and " + MAX_DESCRIPTION));
        }
        if (request.report() == null || request.report().isBlank()) {
            errors.add(new FieldError("report", "must name one of your country's reports"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        IncidentReport report = reports.get(request.report().trim()).report();
        String owner = report.getOwnerCountry();
        if (!tenant.canWrite(owner)) {
            throw new AccessDeniedException("Only reporters and liaisons of " + owner + " attach evidence to "
                    + report.getReference());
        }
        long maxFile = settings.maxFileBytes();
        long room = settings.countryQuotaBytes() - repository.bytesOwnedBy(owner);
        if (request.declaredLength() > maxFile) {
            throw new PayloadTooLargeException("The file has " + request.declaredLength() + " bytes; at most "
                    + maxFile + " are allowed per file. Nothing was stored.");
        }
        if (request.declaredLength() > room) {
            throw quotaExceeded(owner, request.declaredLength(), room);
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        return new UploadPlan(report.getReference(), owner, category.get(), tlp.get(),
                DisplayNames.sanitize(request.name()), description, Math.max(0, Math.min(maxFile, room)));
    }

    Evidence register(UploadPlan plan, StoredContent content) {
        if (content.size() == 0) {
            throw new InvalidInputException("body", "The file is empty (0 bytes, SHA-256 " + content.sha256()
                    + "): there is nothing to exchange. Nothing was stored.");
        }
        repository.lockQuotaOf(plan.ownerCountry());
        long room = settings.countryQuotaBytes() - repository.bytesOwnedBy(plan.ownerCountry());
        if (content.size() > room) {
            throw quotaExceeded(plan.ownerCountry(), content.size(), room);
        }
        Evidence evidence = new Evidence(plan, content, tenant.caller().user(), Instant.now(clock));
        repository.add(evidence);
        custody.record(evidence, CustodyEvent.UPLOADED, null, null, content.sha256(),
                content.size() + " bytes, " + content.mediaType());
        audit.record("evidence.uploaded", "evidence", evidence.getReference());
        return evidence;
    }

    private static PayloadTooLargeException quotaExceeded(String country, long size, long room) {
        return new PayloadTooLargeException("The file has " + size + " bytes but " + country + "'s evidence quota "
                + "has " + Math.max(0, room) + " bytes left. Nothing was stored.");
    }
}
