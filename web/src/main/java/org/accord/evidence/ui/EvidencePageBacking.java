package org.accord.evidence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.BusinessException;
import org.accord.common.NotFoundException;
import org.accord.country.Country;
import org.accord.country.CountryService;
import org.accord.evidence.CustodyEvent;
import org.accord.evidence.EvidenceService;
import org.accord.evidence.EvidenceShare;
import org.accord.evidence.EvidenceTransfers;
import org.accord.evidence.ShareStatus;
import org.accord.evidence.Verification;
import org.accord.evidence.VisibleEvidence;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * The evidence page ({@code evidence.xhtml?id=EV-2026-000050}): metadata and hash, the download link, "Verify
 * now", the shares with Share and Revoke for the owner's liaisons, and the chain of custody. Every step ends
 * in a redirect to the page with what became of it; a refusal shows the service's words.
 */
@Named("evidencePage")
@ViewScoped
public class EvidencePageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceTransfers transfers;

    @Inject
    CountryService countries;

    @Inject
    TenantScope tenant;

    @Inject
    UserBacking user;

    private String id;
    private String partner;
    private transient VisibleEvidence shown;
    private transient List<CustodyEvent> custody;

    /** Unknown and unshared evidence gives the 404 page (from the service); admins the 403 page. */
    public void load() {
        if (!user.isReportReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read evidence");
        }
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No evidence id");
        }
        shown = evidence.get(id);
        custody = evidence.custody(id);
    }

    public String verify() {
        return step(() -> {
            Verification v = transfers.verify(id);
            return v.intact() ? "Verified: the stored bytes match SHA-256 " + v.expectedSha256() + "."
                    : "Integrity failure: the stored bytes hash to " + v.actualSha256() + ", not "
                            + v.expectedSha256() + ". The failure was recorded.";
        });
    }

    public String share() {
        return step(() -> {
            EvidenceShare share = evidence.share(id, partner);
            return "Shared with " + share.getCountry() + " under " + share.getAgreementReference() + " until "
                    + share.getExpiresAt() + ".";
        });
    }

    public String revoke(String country) {
        return step(() -> {
            evidence.revoke(id, country);
            return "The share with " + country + " was revoked.";
        });
    }

    private String step(Supplier<String> action) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO, action.get());
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        return "/evidence?faces-redirect=true&id=" + id;
    }

    public VisibleEvidence getShown() {
        if (shown == null) {
            shown = evidence.get(id);
        }
        return shown;
    }

    public List<CustodyEvent> getCustody() {
        if (custody == null) {
            custody = evidence.custody(id);
        }
        return custody;
    }

    /** Partner countries the owner's liaison may pick: every registered country but the owner. */
    public List<String> getPartnerCountries() {
        String owner = getShown().evidence().getOwnerCountry();
        return countries.list().stream().map(Country::getCode).filter(c -> !c.equals(owner)).toList();
    }

    public boolean isActive(EvidenceShare share) {
        return share.getStatus() == ShareStatus.ACTIVE;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
