package org.accord.incident.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.accord.common.Page;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportService;
import org.accord.incident.ReportFilter;
import org.accord.incident.ReportStatus;
import org.accord.incident.VisibleReport;
import org.accord.web.ui.UserBacking;

/**
 * The dashboard: the reports of the caller's country, newest first, a page at a time, optionally of
 * one status. Status and page are query parameters ({@code ?status=draft&page=2}), so every view of
 * the list is a link that can be bookmarked and that the back button returns to.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    IncidentReportService reports;

    @Inject
    UserBacking user;

    private String status;
    private String pageParam;
    private Page<VisibleReport> result;

    /** Admins and users without a role have no report access: the service would refuse them, so it is not asked. */
    public void load() {
        if (!user.isReportReader()) {
            return;
        }
        result = reports.list(new ReportFilter(statusFilter(), null, null, null, null, "-createdAt", getPage() - 1,
                PAGE_SIZE));
    }

    /** Applies the chosen status as a fresh GET from the first page. */
    public String filter() {
        return "/index?faces-redirect=true" + (statusFilter() == null ? "" : "&status=" + statusFilter().wire());
    }

    public List<IncidentReport> getRows() {
        return result == null ? List.of() : result.items().stream().map(VisibleReport::report).toList();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    /** False when there are more reports than a list counts (the caption then says "more than"). */
    public boolean isTotalExact() {
        return result == null || result.exact();
    }

    /** The page shown, counted from 1 as people count; a bad or missing parameter means the first. */
    public int getPage() {
        try {
            return pageParam == null ? 1 : Math.min(Math.max(1, Integer.parseInt(pageParam)),
                    Integer.MAX_VALUE / PAGE_SIZE); // a page number typed into the URL stays a valid page
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isPrevious() {
        return getPage() > 1;
    }

    public boolean isNext() {
        return getPage() < getPages();
    }

    /** The status filter as the service knows it; an unknown value in the URL shows every status. */
    private ReportStatus statusFilter() {
        return Arrays.stream(ReportStatus.values()).filter(s -> s.wire().equals(status)).findFirst().orElse(null);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}
