package org.accord.indicator;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.accord.common.AccessDeniedException;
import org.accord.common.BusinessException;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.Validation;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.cooperation.RequestDraft;
import org.accord.incident.IncidentReport;

/**
 * One cooperation request per responsible country, in one action (docs/indicators.md, "One request per
 * country"). Each country's request is its own transaction through {@link CooperationRequestService#send},
 * so each is checked against the agreements and logged like any request, and one refusal leaves the others
 * sent; in that same transaction the request gets the indicators routed to its country.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class CountryRequests {

    @Inject
    IndicatorAccess access;
    @Inject
    IndicatorRepository indicators;
    @Inject
    CooperationRequestService requests;
    @Inject
    Validator validator;
    @Resource
    SessionContext context;

    @RolesAllowed({REPORTER, LIAISON})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<CountryOutcome> sendPerCountry(String reportReference, PerCountryDraft draft, String idempotencyKey) {
        access.writable(reportReference); // who may not send learns nothing about the body first
        Validation.requireValid(validator, draft);
        CountryRequests self = context.getBusinessObject(CountryRequests.class);
        List<CountryOutcome> outcomes = new ArrayList<>();
        for (String country : draft.countries()) {
            try {
                outcomes.add(self.sendOne(reportReference, country, draft,
                        idempotencyKey == null ? null : idempotencyKey + ":" + country));
            } catch (BusinessException e) {
                outcomes.add(CountryOutcome.refused(country, statusOf(e), refusalText(e)));
            }
        }
        return outcomes;
    }

    /** One country's request and its indicators, in a transaction of their own. */
    @RolesAllowed({REPORTER, LIAISON})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CountryOutcome sendOne(String reportReference, String country, PerCountryDraft draft, String key) {
        IncidentReport report = access.writable(reportReference);
        if (indicators.counts(report.getId()).routedTo(country) == 0) {
            throw new InvalidInputException("countries", "no indicators of " + reportReference + " are routed to "
                    + country);
        }
        CooperationRequest request = requests.send(new RequestDraft(country, draft.type(), draft.title(),
                draft.body(), List.of(reportReference), draft.agreement()), key);
        long carried = indicators.countLinked(request.getId());
        if (carried == 0) { // a replayed send already carries its indicators
            carried = indicators.linkRouted(request.getId(), report.getId(), country);
        }
        return CountryOutcome.sent(country, request.getReference(), carried);
    }

    private static String refusalText(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b)
                    .orElse(e.getMessage());
        }
        return e.getMessage();
    }

    /** The status a single request would have got (as BusinessExceptionMapper maps it). */
    private static int statusOf(BusinessException e) {
        if (e instanceof InvalidInputException) {
            return 422;
        } else if (e instanceof AccessDeniedException) {
            return 403;
        } else if (e instanceof NotFoundException) {
            return 404;
        } else if (e instanceof ConflictException) {
            return 409;
        }
        return 400;
    }
}
