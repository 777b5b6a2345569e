package org.accord.exchangelog.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.Page;
import org.accord.country.Country;
import org.accord.country.CountryService;
import org.accord.exchangelog.ExchangeLogEntry;
import org.accord.exchangelog.ExchangeLogService;
import org.accord.exchangelog.TreeHead;
import org.accord.exchangelog.treehead.Ed25519Keys;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * The exchange log page ({@code exchange-log.xhtml}): the entries the caller may see, oldest first as
 * the log orders them, 50 a page, filtered by partner country, action, object and days in UTC. Every
 * filter is a query parameter, so every view of the log is a link that can be bookmarked; reading it
 * is itself logged by the service. Beside the entries: the latest signed tree head and the public key
 * that checks its signature, and for auditors "verify now", which ends in a redirect to the same view
 * that shows what the check found.
 * <p>
 * View scoped so that "verify now" knows the filters of the view it was pressed on and returns to it;
 * the entries themselves are only needed to render the page that loaded them, so they are not kept.
 */
@Named("exchangeLog")
@ViewScoped
public class ExchangeLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String VERIFIED = "exchangeLog.verified";

    @Inject
    ExchangeLogService log;

    @Inject
    CountryService countryService;

    @Inject
    TenantScope tenant;

    @Inject
    UserBacking user;

    private String partner;
    private String action;
    private String objectId;
    private String from;
    private String to;
    private String pageParam;

    private long total;
    private boolean filterValid = true;
    private transient List<LogRow> rows = List.of();
    private transient TreeHead head;
    private transient String publicKeyPem;
    private transient List<Country> countries = List.of();

    /** Admins and users without a role do not read the log: the service would refuse them, so it is not asked. */
    public void load() {
        requireReader();
        LogQuery query = new LogQuery(partner, action, objectId, from, to, pageParam);
        filterValid = query.isValid();
        if (filterValid) {
            Page<ExchangeLogEntry> page = log.entries(query.filter());
            rows = page.items().stream().map(e -> LogRow.of(e, tenant::canRead)).toList();
            total = page.total();
        } else {
            query.problems().forEach(problem -> FieldMessages.pageError(FacesContext.getCurrentInstance(), problem));
        }
        head = log.latestTreeHead();
        publicKeyPem = Ed25519Keys.toPem(Ed25519Keys.fromBase64Der(log.publicKey()));
        countries = countryService.list();
    }

    /** Auditors check the whole stored log against its signed heads; the page then shows what was found. */
    public String verify() {
        requireReader();
        if (!user.isAuditor()) {
            throw new AccessDeniedException("Only auditors verify the exchange log");
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(VERIFIED,
                VerifyOutcome.of(log.verifyNow()));
        return "/exchange-log?faces-redirect=true&includeViewParams=true";
    }

    /** What the last "verify now" found, on the page its redirect leads to; null otherwise. */
    public VerifyOutcome getVerification() {
        return (VerifyOutcome) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(VERIFIED);
    }

    private void requireReader() {
        if (!user.isLogReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read the exchange log");
        }
    }

    public List<LogRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    /** False when a filter made no sense: the messages say why, and no entries were read. */
    public boolean isFilterValid() {
        return filterValid;
    }

    public boolean isFiltered() {
        return given(partner) || given(action) || given(objectId) || given(from) || given(to);
    }

    private static boolean given(String param) {
        return param != null && !param.isBlank();
    }

    public int getPage() {
        return LogQuery.pageNumber(pageParam);
    }

    public int getPages() {
        return (int) Math.max(1, (total + LogQuery.PAGE_SIZE - 1) / LogQuery.PAGE_SIZE);
    }

    public boolean isPrevious() {
        return getPage() > 1;
    }

    public boolean isNext() {
        return getPage() < getPages();
    }

    public TreeHead getHead() {
        return head;
    }

    /** The key that checks every tree head's signature, as {@code public-key.pem} for the offline verifier. */
    public String getPublicKeyPem() {
        return publicKeyPem;
    }

    public List<Country> getCountries() {
        return countries;
    }

    /** Suggestions for the action filter: what the landed features record today. Any other action may be typed. */
    public List<String> getKnownActions() {
        return List.of("report.read", "report.read.refused", "exchange-log.read", "exchange-log.download",
                "exchange-log.verify");
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}
