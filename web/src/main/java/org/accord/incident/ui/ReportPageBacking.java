package org.accord.incident.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import org.accord.caller.Roles;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.NotFoundException;
import org.accord.common.StaleVersionException;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportService;
import org.accord.incident.ReportStatus;
import org.accord.incident.VisibleReport;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * The report page ({@code report.xhtml?id=CN-2026-000001}): every field, the NIS2 deadlines, the
 * history, and the status actions the caller may take now. An action sends the version the page
 * showed, so it never applies to a report the user has not seen. Every action ends in a redirect
 * to the page, which then shows the report as it is now and what became of the action.
 * <p>
 * View scoped so that an action knows the report, the version shown and which buttons were
 * offered; the report itself is only needed to render the page that loaded it, so it is not kept.
 */
@Named("reportPage")
@ViewScoped
public class ReportPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentReportService reports;

    @Inject
    TenantScope tenant;

    @Inject
    UserBacking user;

    private String id;
    private long shownVersion;
    private boolean canEdit;
    private boolean shared;
    private boolean canSubmit;
    private boolean canTriage;
    private boolean canClose;
    private transient VisibleReport shown;
    private transient List<VersionRow> history;

    /**
     * A missing id, an unknown report and another country's report all give the 404 page. Admins and
     * users without a role get the 403 page without asking the service, which would refuse them.
     */
    public void load() {
        if (!user.isReportReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read reports");
        }
        if (id == null || id.isBlank()) {
            throw new NotFoundException("No report id");
        }
        shown = reports.get(id);
        IncidentReport report = shown.report();
        // a partner country sees a report shared through a request as it is now, without its history
        shared = !tenant.canRead(report.getOwnerCountry());
        history = shared ? List.of() : reports.history(id).stream().map(VersionRow::of).toList();
        shownVersion = report.getVersion();
        ReportStatus status = report.getStatus();
        boolean canWrite = tenant.canWrite(report.getOwnerCountry());
        canEdit = canWrite && status != ReportStatus.CLOSED;
        canSubmit = canWrite && status.canMoveTo(ReportStatus.SUBMITTED);
        // triage is the liaison's call (PRODUCT.md, "Who uses it")
        canTriage = canWrite && tenant.caller().hasRole(Roles.LIAISON) && status.canMoveTo(ReportStatus.TRIAGED);
        canClose = canWrite && status.canMoveTo(ReportStatus.CLOSED);
    }

    public String submit() {
        return move(reports::submit, "submitted");
    }

    public String triage() {
        return move(reports::triage, "triaged");
    }

    public String close() {
        return move(reports::close, "closed");
    }

    private String move(BiFunction<String, Long, IncidentReport> action, String done) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.apply(id, shownVersion);
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO, "Report " + id + " " + done + ".");
        } catch (StaleVersionException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, "Someone else changed this report "
                    + "in the meantime, so nothing was done. The page now shows the current version: check it and "
                    + "try again.");
        } catch (ConflictException e) {
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        return "/report?faces-redirect=true&id=" + id;
    }

    public IncidentReport getReport() {
        return shown.report();
    }

    /** False for an auditor reading a TLP:RED report: its metadata is shown, its description is not. */
    public boolean isContentVisible() {
        return shown.contentVisible();
    }

    public List<VersionRow> getHistory() {
        return history;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isCanSubmit() {
        return canSubmit;
    }

    public boolean isCanTriage() {
        return canTriage;
    }

    public boolean isCanClose() {
        return canClose;
    }

    /** Shown to the caller's country through a cooperation request: read-only, no history. */
    public boolean isShared() {
        return shared;
    }

    /** The owner's reporters and liaisons ask another country for help about this report. */
    public boolean isCanRequest() {
        return tenant.canWrite(shown.report().getOwnerCountry());
    }

    public boolean isAnyAction() {
        return canEdit || canSubmit || canTriage || canClose || isCanRequest();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
