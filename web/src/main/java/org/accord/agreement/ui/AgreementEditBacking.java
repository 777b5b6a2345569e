package org.accord.agreement.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Terms;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.country.Country;
import org.accord.country.CountryService;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * The proposal form ({@code agreement-edit.xhtml}), or a new version of an agreement
 * ({@code ?supersedes=AG-2026-0001}, starting from the old terms). View scoped so a proposal keeps
 * one idempotency key: a second click on Propose does not propose twice.
 */
@Named("agreementEdit")
@ViewScoped
public class AgreementEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "agreement";

    @Inject
    AgreementService agreements;

    @Inject
    CountryService countries;

    @Inject
    TenantScope tenant;

    @Inject
    UserBacking user;

    @Inject
    Clock clock;

    private String supersedes;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private AgreementForm form;
    private List<String> partnerCountries = List.of();

    /** Only liaisons propose; a version of an agreement the caller may not see is a 404 (from the service). */
    public void load() {
        if (!user.isLiaison()) {
            throw new AccessDeniedException("Only liaisons propose agreements");
        }
        String own = tenant.caller().country();
        partnerCountries = countries.list().stream().map(Country::getCode).filter(c -> !c.equals(own)).toList();
        if (form != null) {
            return;
        }
        if (isNewVersion()) {
            Agreement old = agreements.get(supersedes);
            form = AgreementForm.of(old, own);
        } else {
            form = AgreementForm.fresh(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        }
    }

    /** Proposes, then redirects to the new agreement's page; on a refusal, stays with the input and says why. */
    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String own = tenant.caller().country();
            Agreement saved = isNewVersion() ? agreements.proposeVersion(supersedes, form.toDraft(own))
                    : agreements.propose(form.toDraft(own), idempotencyKey);
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO,
                    "Agreement " + saved.getReference() + " proposed.");
            return "/agreement?faces-redirect=true&id=" + saved.getReference();
        } catch (InvalidInputException e) {
            FieldMessages.show(context, FORM_ID, e.errors());
        } catch (ConflictException e) {
            FieldMessages.pageError(context, e.getMessage());
        }
        return null;
    }

    public List<String> getPartnerCountries() {
        return partnerCountries;
    }

    public List<String> getLegalBasisKinds() {
        return Terms.LEGAL_BASIS_KINDS;
    }

    public List<String> getRequestTypes() {
        return Terms.REQUEST_TYPES;
    }

    public List<String> getEvidenceCategories() {
        return Terms.EVIDENCE_CATEGORIES;
    }

    public boolean isNewVersion() {
        return supersedes != null && !supersedes.isBlank();
    }

    public String getSupersedes() {
        return supersedes;
    }

    public void setSupersedes(String supersedes) {
        this.supersedes = supersedes;
    }

    public AgreementForm getForm() {
        return form;
    }
}
