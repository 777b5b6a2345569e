package org.accord.incident.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.StaleVersionException;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportService;
import org.accord.incident.ReportStatus;
import org.accord.incident.Rsit;
import org.accord.web.ui.FieldMessages;
import org.accord.web.ui.UserBacking;

/**
 * The report form, new ({@code report-edit.xhtml}) or edit ({@code ?id=CN-2026-000001}). View
 * scoped because the form lives across requests: the RSIT type list follows the chosen class, an
 * edit sends back the version it was loaded with, and a new report keeps one idempotency key, so a
 * second click on Save does not file the report twice.
 */
@Named("reportEdit")
@ViewScoped
public class ReportEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "report";

    @Inject
    IncidentReportService reports;

    @Inject
    TenantScope tenant;

    @Inject
    UserBacking user;

    private String id;
    private long loadedVersion;
    private boolean closed;
    private boolean stale;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private ReportForm form = new ReportForm();

    /** Only those who may change the report see the form; a report of another country is a 404 (from the service). */
    public void load() {
        if (!user.isFiler()) {
            throw new AccessDeniedException("Only reporters and liaisons file and change reports");
        }
        if (isNew()) {
            return;
        }
        IncidentReport report = reports.get(id).report();
        if (!tenant.canWrite(report.getOwnerCountry())) {
            throw new AccessDeniedException("Only reporters and liaisons of " + report.getOwnerCountry()
                    + " change this report");
        }
        loadedVersion = report.getVersion();
        closed = report.getStatus() == ReportStatus.CLOSED;
        form = ReportForm.of(report);
    }

    /** Saves, then redirects to the report page; on a refusal, stays with the user's input and says why. */
    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            IncidentReport saved = isNew() ? reports.create(form.toDraft(), idempotencyKey)
                    : reports.update(id, loadedVersion, form.toDraft());
            FieldMessages.afterRedirect(context, FacesMessage.SEVERITY_INFO,
                    "Report " + saved.getReference() + " saved.");
            return "/report?faces-redirect=true&id=" + saved.getReference();
        } catch (InvalidInputException e) {
            FieldMessages.show(context, FORM_ID, e.errors());
        } catch (StaleVersionException e) {
            stale = true;
            FieldMessages.pageError(context, "Someone else changed this report after you opened it, so your changes "
                    + "were not saved. Reload the report to see the current version (copy your text first).");
        } catch (ConflictException e) {
            FieldMessages.pageError(context, e.getMessage());
        }
        return null;
    }

    /** The class changed: a type of the old class no longer fits. */
    public void classChanged() {
        if (form.getRsitType() != null && !getRsitTypes().contains(form.getRsitType())) {
            form.setRsitType(null);
        }
    }

    public List<String> getRsitTypes() {
        return form.getRsitClass() == null ? List.of() : Rsit.typesOf(form.getRsitClass());
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isStale() {
        return stale;
    }

    public ReportForm getForm() {
        return form;
    }
}
