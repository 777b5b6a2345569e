package org.accord.agreement.ui;

import static org.accord.agreement.AgreementStatus.EXPIRED;
import static org.accord.agreement.AgreementStatus.IN_FORCE;
import static org.accord.agreement.AgreementStatus.PROPOSED;
import static org.accord.agreement.AgreementStatus.RATIFIED;
import static org.accord.agreement.AgreementStatus.REJECTED;
import static org.accord.agreement.AgreementStatus.SUPERSEDED;
import static org.accord.agreement.AgreementStatus.SUSPENDED;
import static org.accord.agreement.AgreementStatus.TERMINATED;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.StaleVersionException;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * One agreement ({@code agreement.xhtml?id=AG-2026-0001}): fields, terms, parties and who ratified,
 * and the steps docs/agreements.md allows a liaison of a party in the shown status. A step sends
 * the version the page showed and ends in a redirect to the page, with what became of it.
 */
@Named("agreementPage")
@ViewScoped
public class AgreementPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "actions";

    @Inject
    AgreementService agreements;

    @Inject
    TenantScope tenant;

    @Inject
    UserBacking user;

    @Inject
    Clock clock;

    private String id;
    private String reason;
    private long shownVersion;
    private AgreementStatus status;
    private boolean canRatify;
    private boolean canSuspend;
    private boolean canTerminate;
    private boolean canProposeVersion;
    private transient Agreement shown;

    /** Unknown and other countries' agreements give the 404 page (from the service); admins the 403 page. */
    public void load() {
        if (!user.isAgreementReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read agreements");
        }
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No agreement id");
        }
        shown = agreements.get(id);
        shownVersion = shown.getVersion();
        status = shown.statusAt(Instant.now(clock));
        boolean acts = tenant.canActOnAgreement(shown.getPartyCountries());
        String country = tenant.caller().country();
        canRatify = acts && status == PROPOSED
                && shown.getParties().stream().anyMatch(p -> p.getCountry().equals(country) && !p.hasRatified());
        canSuspend = acts && EnumSet.of(IN_FORCE, RATIFIED).contains(status);
        canTerminate = acts && !EnumSet.of(REJECTED, TERMINATED, SUPERSEDED, EXPIRED).contains(status);
        canProposeVersion = acts && EnumSet.of(IN_FORCE, SUSPENDED).contains(status);
    }

    public String ratify() {
        return step(() -> agreements.ratify(id, shownVersion), "ratified");
    }

    public String reject() {
        return step(() -> agreements.reject(id, shownVersion, reason), "rejected");
    }

    public String suspend() {
        return step(() -> agreements.suspend(id, shownVersion, reason), "suspended");
    }

    public String terminate() {
        return step(() -> agreements.terminate(id, shownVersion, reason), "terminated");
    }

    private String step(Supplier<Agreement> action, String done) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.get();
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO, "Agreement " + id + " " + done + ".");
        } catch (InvalidInputException e) {
            FieldMessages.show(context, FORM_ID, e.errors());
            return null;
        } catch (StaleVersionException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, "Someone else changed this agreement "
                    + "in the meantime, so nothing was done. The page now shows the current version: check it and "
                    + "try again.");
        } catch (ConflictException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        return "/agreement?faces-redirect=true&id=" + id;
    }

    /** The agreement as loaded; read again when a refused step renders the page once more. */
    public Agreement getAgreement() {
        if (shown == null) {
            shown = agreements.get(id);
        }
        return shown;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public boolean isCanRatify() {
        return canRatify;
    }

    /** Rejecting is open exactly when ratifying is. */
    public boolean isCanReject() {
        return canRatify;
    }

    public boolean isCanSuspend() {
        return canSuspend;
    }

    public boolean isCanTerminate() {
        return canTerminate;
    }

    public boolean isCanProposeVersion() {
        return canProposeVersion;
    }

    /** Whether a step needing a reason is offered, so the page shows the reason field. */
    public boolean isNeedsReason() {
        return canRatify || canSuspend || canTerminate;
    }

    public boolean isAnyAction() {
        return isNeedsReason() || canProposeVersion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
