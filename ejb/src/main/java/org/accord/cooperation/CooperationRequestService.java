package org.accord.cooperation;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementRepository;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Coverage;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.Page;
import org.accord.common.StaleVersionException;
import org.accord.common.Validation;
import org.accord.cooperation.RequestAction.Side;
import org.accord.country.BusinessCalendar;
import org.accord.country.Country;
import org.accord.country.CountryRepository;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.exchangelog.Refusals;
import org.accord.idempotency.IdempotencyKeys;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportRepository;
import org.accord.incident.ReportShares;
import org.accord.incident.Tlp;

/**
 * Sending cooperation requests under an agreement, and every step after (docs/cooperation-requests.md).
 * The enforcement decision is the agreement's ({@link AgreementService#coverage}); who may act is
 * {@link TenantScope}'s; which step is legal is the request's. Every step is one exchange log entry in
 * the step's own transaction; refusals are logged after the rollback.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class CooperationRequestService {

    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    CooperationRequestRepository requests;
    @Inject
    IncidentReportRepository reports;
    @Inject
    CountryRepository countries;
    @Inject
    AgreementService agreements;
    @Inject
    AgreementRepository agreementRepository;
    @Inject
    ReportShares shares;
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

    @RolesAllowed({REPORTER, LIAISON})
    public CooperationRequest send(RequestDraft draft, String idempotencyKey) {
        Caller caller = tenant.caller();
        Validation.requireValid(validator, draft);
        Country requested = countries.find(draft.requestedCountry()).filter(c -> !c.getCode().equals(caller.country()))
                .orElseThrow(() -> new InvalidInputException("requestedCountry", "must be a registered country other than "
                        + caller.country()));
        List<IncidentReport> linked = ownReports(draft.reports(), caller.country());
        Tlp highest = linked.stream().map(IncidentReport::getTlp).max(Comparator.naturalOrder()).orElseThrow();
        Coverage coverage = agreements.coverage(caller.country(), requested.getCode(), draft.type(), highest,
                draft.agreement());
        if (!coverage.allowed()) {
            String agreement = coverage.agreement() == null ? null : coverage.agreement().getReference();
            throw refusals.denied(new LogEvent("request.sent", List.of(caller.country(), requested.getCode()),
                    "request", "new", agreement, null), coverage.refusal(), "Refused by the agreed rules: "
                    + coverage.refusal());
        }
        return idempotency.once(caller.user(), "request.send", idempotencyKey, draft.toString(), () -> {
            Agreement agreement = coverage.agreement();
            Instant now = Instant.now(clock);
            Deadlines deadlines = Deadlines.compute(now, agreement.getAckHours(), agreement.getAnswerBusinessDays(),
                    agreement.getExpiryGraceDays(), BusinessCalendar.of(requested));
            CooperationRequest request = new CooperationRequest(draft, caller.country(), agreement.getReference(),
                    linked, deadlines, caller.user(), now);
            requests.add(request);
            log("request.sent", request, draft.type());
            return request;
        }, CooperationRequest::getReference, this::get);
    }

    public CooperationRequest get(String reference) {
        CooperationRequest request = find(reference);
        if (!tenant.canReadExchange(request.getSenderCountry(), request.getRequestedCountry())) {
            refuse("request.read", request, "not a party to the request");
        }
        return request;
    }

    /** Incoming (to the caller's country, next deadline first) or outgoing (newest first). */
    public Page<CooperationRequest> list(boolean incoming, RequestStatus status, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return requests.list(tenant.readableCountry().orElse(null), incoming, status, page, size);
    }

    /** The steps the caller may take now, for the UI's buttons. */
    public List<RequestAction> allowedActions(CooperationRequest request) {
        Side side = sideOf(request);
        return side == null ? List.of() : RequestAction.allowed(request.getStatus(), side);
    }

    @RolesAllowed({REPORTER, LIAISON})
    public CooperationRequest act(String reference, RequestAction action, Long expectedVersion, String text) {
        CooperationRequest request = actable(reference, "request." + action.wire(), expectedVersion);
        Side side = sideOf(request);
        if (side == null) {
            throw new AccessDeniedException("Only the requested country's liaison or the sending country's reporters"
                    + " and liaisons act on request " + reference);
        }
        String note = RequestTexts.forStep(action, text);
        Caller caller = tenant.caller();
        Instant now = Instant.now(clock);
        request.perform(action, side, caller.user(), caller.country(), action == RequestAction.ANSWER ? null : note, now);
        if (action == RequestAction.ANSWER || action == RequestAction.DECLINE) {
            request.post(action.wire(), note, caller.user(), caller.country(), now);
        }
        return saved(request, "request." + request.getStatus().wire(), note);
    }

    @RolesAllowed({REPORTER, LIAISON})
    public RequestMessage post(String reference, String text) {
        CooperationRequest request = actable(reference, "request.message-posted", null);
        if (!tenant.canActForSender(request.getSenderCountry()) && !tenant.canWrite(request.getRequestedCountry())) {
            throw new AccessDeniedException("Only reporters and liaisons of " + request.getCountries()
                    + " write in request " + reference);
        }
        Caller caller = tenant.caller();
        RequestMessage message = request.post(RequestMessage.MESSAGE, RequestTexts.message(text), caller.user(),
                caller.country(), Instant.now(clock));
        saved(request, "request.message-posted", null);
        return message;
    }

    /** The linked reports as the caller may see them: titles only of those it may read. */
    public List<LinkedReport> linkedReports(CooperationRequest request) {
        return request.getReports().stream().map(r -> {
            boolean visible = tenant.canReadShared(r.getOwnerCountry(), c -> shares.sharingAgreement(r, c) != null);
            return new LinkedReport(r.getReference(), visible ? r.getTitle() : null, r.getTlp().label(),
                    r.getStatus().name().toLowerCase(), visible);
        }).toList();
    }

    /** The request as a PDF, for either side and auditors. */
    public void writePdf(String reference, OutputStream out) {
        CooperationRequest request = get(reference);
        Agreement agreement = agreementRepository.findByReference(request.getAgreementReference()).orElseThrow();
        RequestPdf.write(request, linkedReports(request), agreement, Instant.now(clock), out);
    }

    private Side sideOf(CooperationRequest request) {
        if (tenant.canActForResponder(request.getRequestedCountry())) {
            return Side.RESPONDER;
        }
        return tenant.canActForSender(request.getSenderCountry()) ? Side.SENDER : null;
    }

    private List<IncidentReport> ownReports(List<String> references, String country) {
        List<IncidentReport> found = references.stream().map(r -> reports.findByReference(r).orElse(null))
                .filter(r -> r != null && r.getOwnerCountry().equals(country)).toList();
        if (found.size() != references.size()) {
            List<String> mine = found.stream().map(IncidentReport::getReference).toList();
            throw new InvalidInputException("reports", "not reports of " + country + ": "
                    + references.stream().filter(r -> !mine.contains(r)).toList());
        }
        return found;
    }

    private CooperationRequest find(String reference) {
        return requests.findByReference(reference).orElseThrow(() -> new NotFoundException("No request " + reference));
    }

    private CooperationRequest actable(String reference, String action, Long expectedVersion) {
        CooperationRequest request = find(reference);
        if (!tenant.canReadExchange(request.getSenderCountry(), request.getRequestedCountry())) {
            refuse(action, request, "not a party to the request");
        }
        StaleVersionException.requireVersion("Request " + reference, request.getVersion(), expectedVersion);
        return request;
    }

    private CooperationRequest saved(CooperationRequest request, String action, String outcome) {
        StaleVersionException.flush(requests::flush, "Request " + request.getReference());
        log(action, request, outcome);
        return request;
    }

    private void log(String action, CooperationRequest request, String outcome) {
        exchangeLog.append(new LogEvent(action, request.getCountries(), "request", request.getReference(),
                request.getAgreementReference(), outcome == null ? null : RequestTexts.abbreviate(outcome)));
    }

    private void refuse(String action, CooperationRequest request, String reason) {
        throw refusals.unseen(new LogEvent(action, request.getCountries(), "request", request.getReference(),
                request.getAgreementReference(), null), reason, "No request " + request.getReference());
    }
}
