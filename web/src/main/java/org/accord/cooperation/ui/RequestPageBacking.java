package org.accord.cooperation.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.FieldError;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.StaleVersionException;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.cooperation.LinkedReport;
import org.accord.cooperation.RequestAction;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * One request ({@code request.xhtml?id=RQ-2026-0050}): deadlines, linked reports, agreement terms,
 * state changes and thread, with a button for each step the viewer may take now. A step sends the
 * version the page showed and ends in a redirect to the page, with what became of it.
 */
@Named("requestPage")
@ViewScoped
public class RequestPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "actions";

    @Inject
    CooperationRequestService requests;
    @Inject
    AgreementService agreements;
    @Inject
    UserBacking user;
    @Inject
    Clock clock;

    private String id;
    private String text;
    private String message;
    private long shownVersion;
    private List<String> allowed = List.of();
    private transient CooperationRequest shown;
    private transient List<LinkedReport> linked;
    private transient Agreement agreement;

    /** Unknown requests and those of other countries give the 404 page (from the service). */
    public void load() {
        if (!user.isReportReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read cooperation requests");
        }
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No request id");
        }
        shown = requests.get(id);
        shownVersion = shown.getVersion();
        allowed = requests.allowedActions(shown).stream().map(RequestAction::wire).toList();
    }

    public String act(String action) {
        RequestAction step = RequestAction.fromWire(action).orElseThrow();
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            CooperationRequest done = requests.act(id, step, shownVersion, text);
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO, "Request " + id + " is now "
                    + done.getStatus().wire() + ".");
        } catch (InvalidInputException e) {
            FieldMessages.show(context, FORM_ID, onField("text", e));
            return null;
        } catch (StaleVersionException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, "Someone else changed this request in"
                    + " the meantime, so nothing was done. The page now shows the current state: check it and try again.");
        } catch (ConflictException | AccessDeniedException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        return "/request?faces-redirect=true&id=" + id;
    }

    public String post() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            requests.post(id, message);
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO, "Message posted.");
        } catch (InvalidInputException e) {
            FieldMessages.show(context, "thread", onField("message", e));
            return null;
        } catch (ConflictException | AccessDeniedException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        return "/request?faces-redirect=true&id=" + id;
    }

    /** The page has one text field per form: every text error belongs next to it. */
    private static List<FieldError> onField(String field, InvalidInputException e) {
        return e.errors().stream().map(f -> new FieldError(field, f.message())).toList();
    }

    /** The request as loaded; read again when a refused step renders the page once more. */
    public CooperationRequest getRequest() {
        if (shown == null) {
            shown = requests.get(id);
        }
        return shown;
    }

    public List<LinkedReport> getReports() {
        if (linked == null) {
            linked = requests.linkedReports(getRequest());
        }
        return linked;
    }

    public Agreement getAgreement() {
        if (agreement == null) {
            agreement = agreements.get(getRequest().getAgreementReference());
        }
        return agreement;
    }

    public boolean isOverdue() {
        return getRequest().isOverdue(Instant.now(clock));
    }

    public boolean can(String action) {
        return allowed.contains(action);
    }

    public boolean isAnyAction() {
        return !allowed.isEmpty();
    }

    /** Whether the viewer may write in the thread: reporters and liaisons of either country, while it is open. */
    public boolean isCanPost() {
        String country = user.getCountry();
        return user.isFiler() && !getRequest().getStatus().isFinal()
                && getRequest().getCountries().contains(country);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
