package org.accord.cooperation.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Terms;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.InvalidInputException;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.cooperation.RequestDraft;
import org.accord.country.Country;
import org.accord.country.CountryService;
import org.accord.incident.IncidentReportService;
import org.accord.incident.ReportFilter;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * The new-request form ({@code request-new.xhtml[?report=CN-2026-000001]}): partner country, type, the
 * caller's reports it is about, optionally the agreement to invoke, title and body. A refusal by the
 * agreed rules stays on the form and says which term is missing.
 */
@Named("requestNew")
@ViewScoped
public class RequestNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "request";

    @Inject
    CooperationRequestService requests;
    @Inject
    IncidentReportService reports;
    @Inject
    AgreementService agreements;
    @Inject
    CountryService countries;
    @Inject
    TenantScope tenant;
    @Inject
    UserBacking user;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private String report;
    private String requestedCountry;
    private String type;
    private String agreement;
    private String title;
    private String body;
    private List<String> selectedReports = new ArrayList<>();
    private List<String> partnerCountries = List.of();
    private List<String> ownReports = List.of();
    private List<String> agreementsInForce = List.of();

    public void load() {
        if (!user.isFiler()) {
            throw new AccessDeniedException("Only reporters and liaisons send cooperation requests");
        }
        String own = tenant.caller().country();
        partnerCountries = countries.list().stream().map(Country::getCode).filter(c -> !c.equals(own)).toList();
        ownReports = reports.list(ReportFilter.firstPage(ReportFilter.MAX_PAGE_SIZE)).items().stream()
                .map(r -> r.report().getReference() + " " + r.report().getTitle()).toList();
        agreementsInForce = agreements.list("in-force", null).stream().map(Agreement::getReference).toList();
        if (report != null && !report.isBlank() && selectedReports.isEmpty()) {
            selectedReports = new ArrayList<>(List.of(report.strip()));
        }
    }

    public String send() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            CooperationRequest sent = requests.send(new RequestDraft(requestedCountry, type, title, body,
                    selectedReports, agreement), idempotencyKey);
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO, "Request " + sent.getReference()
                    + " sent to " + sent.getRequestedCountry() + ".");
            return "/request?faces-redirect=true&id=" + sent.getReference();
        } catch (InvalidInputException e) {
            FieldMessages.show(context, FORM_ID, e.errors());
        } catch (AccessDeniedException e) {
            FieldMessages.pageError(context, e.getMessage() + ". Nothing was sent.");
        }
        return null;
    }

    /** The reference of an own-report option ("CN-2026-000001 Title" → "CN-2026-000001"). */
    public String referenceOf(String option) {
        return option.split(" ", 2)[0];
    }

    public List<String> getRequestTypes() { return Terms.REQUEST_TYPES; }
    public List<String> getPartnerCountries() { return partnerCountries; }
    public List<String> getOwnReports() { return ownReports; }
    public List<String> getAgreementsInForce() { return agreementsInForce; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public String getRequestedCountry() { return requestedCountry; }
    public void setRequestedCountry(String requestedCountry) { this.requestedCountry = requestedCountry; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<String> getSelectedReports() { return selectedReports; }
    public void setSelectedReports(List<String> selectedReports) { this.selectedReports = selectedReports; }
}
