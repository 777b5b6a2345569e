package org.accord.indicator.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Terms;
import org.accord.caller.TenantScope;
import org.accord.common.BusinessException;
import org.accord.incident.IncidentReport;
import org.accord.incident.Tlp;
import org.accord.indicator.CountryOutcome;
import org.accord.indicator.CountryRequests;
import org.accord.indicator.IndicatorFilter;
import org.accord.indicator.IndicatorListing;
import org.accord.indicator.IndicatorPage;
import org.accord.indicator.IndicatorRole;
import org.accord.indicator.IndicatorType;
import org.accord.indicator.KeptContext;
import org.accord.indicator.PerCountryDraft;
import org.accord.indicator.ResponsibleCountries;

/**
 * The report page's "Indicators" and "Responsible countries" sections (docs/indicators.md): counts, one
 * page of the list with the filters of the URL ({@code itype}, {@code irole}, {@code icountry}, {@code iq},
 * {@code ipage} from 1), the routing table, and the form that sends one request per chosen country.
 */
@Named("reportIndicators")
@ViewScoped
public class ReportIndicatorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    IndicatorListing listing;
    @Inject
    CountryRequests countryRequests;
    @Inject
    TenantScope tenant;

    private String report;
    private boolean canSend;
    private transient IndicatorPage page;
    private transient ResponsibleCountries responsible;
    private transient KeptContext kept;
    private List<String> countries = new ArrayList<>();
    private String type = "information-request";
    private String title;
    private String body;
    private List<CountryOutcome> outcomes = List.of();
    private String sendError;

    /** Whether the viewer lists the report's indicators: its own country's readers, not a partner's. */
    public boolean visible(IncidentReport r) {
        if (!tenant.canReadIndicators(r.getOwnerCountry(), r.getTlp() == Tlp.RED)) {
            return false;
        }
        if (report == null) {
            report = r.getReference();
            canSend = tenant.canWriteIndicators(r.getOwnerCountry());
            title = "Indicators of " + report + " in your constituency";
        }
        return true;
    }

    private IndicatorPage page() {
        if (page == null) {
            Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            int number = 0;
            try {
                number = Math.min(Math.max(0, Integer.parseInt(p.getOrDefault("ipage", "1")) - 1),
                        Integer.MAX_VALUE / PAGE_SIZE); // a page number typed into the URL stays a valid page
            } catch (NumberFormatException e) {
                number = 0;
            }
            page = listing.list(report, new IndicatorFilter(IndicatorType.fromWire(p.get("itype")).orElse(null),
                    IndicatorRole.fromWire(p.get("irole")).orElse(null), null, blank(p.get("icountry")) ? null
                    : p.get("icountry").strip().toUpperCase(), blank(p.get("iq")) ? null : p.get("iq").strip(),
                    number, PAGE_SIZE));
        }
        return page;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<IndicatorRow> getRows() {
        return page().items().stream().map(IndicatorRow::new).toList();
    }

    public long getTotal() {
        return page().total();
    }

    /** False when a search was counted only up to {@link #getTotal()} and there are more. */
    public boolean isTotalExact() {
        return page().totalExact();
    }

    public int getPageNumber() {
        return page().page() + 1;
    }

    public long getPages() {
        return Math.max(1, (page().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Count> getByType() {
        return page().countsByType().entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    public List<Count> getByRole() {
        return page().countsByRole().entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** The STIX objects the report keeps as context (docs/indicators.md, "STIX 2.1 import"). */
    public KeptContext getKept() {
        if (kept == null) {
            kept = listing.keptContext(report);
        }
        return kept;
    }

    public List<Count> getKeptByType() {
        return getKept().byType().entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    public ResponsibleCountries getResponsible() {
        if (responsible == null) {
            responsible = listing.responsible(report);
        }
        return responsible;
    }

    /** The roles of one responsible country as "c2-server 3, infected-system 120". */
    public String roles(ResponsibleCountries.CountryShare share) {
        return String.join(", ", share.byRole().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    public List<String> getResponsibleCodes() {
        return getResponsible().countries().stream().map(ResponsibleCountries.CountryShare::country).toList();
    }

    public String send() {
        try {
            outcomes = countryRequests.sendPerCountry(report, new PerCountryDraft(countries, type, title, body, null),
                    null);
            sendError = null;
        } catch (BusinessException e) {
            sendError = e.getMessage() + (e instanceof org.accord.common.InvalidInputException invalid
                    ? ": " + invalid.errors().stream().map(f -> f.field() + " " + f.message()).toList() : "");
            outcomes = List.of();
        }
        return null;
    }

    public boolean isCanSend() { return canSend; }
    public List<String> getRequestTypes() { return Terms.REQUEST_TYPES; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<CountryOutcome> getOutcomes() { return outcomes; }
    public String getSendError() { return sendError; }
}
