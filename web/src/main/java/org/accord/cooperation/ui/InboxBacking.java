package org.accord.cooperation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accord.common.AccessDeniedException;
import org.accord.common.Page;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.notification.Notification;
import org.accord.notification.NotificationService;
import org.accord.web.ui.UserBacking;

/**
 * The inbox ({@code requests.xhtml}): requests to the caller's country, next deadline first, overdue
 * ones marked; requests from it with their status; the country's latest notifications.
 */
@Named("inbox")
@RequestScoped
public class InboxBacking {

    static final int SHOWN = 100;

    @Inject
    CooperationRequestService requests;

    @Inject
    NotificationService notifications;

    @Inject
    UserBacking user;

    @Inject
    Clock clock;

    private Page<CooperationRequest> incoming;
    private Page<CooperationRequest> outgoing;
    private List<Notification> recentNotifications;

    public void load() {
        if (!user.isReportReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read cooperation requests");
        }
        incoming = requests.list(true, null, 0, SHOWN);
        outgoing = requests.list(false, null, 0, SHOWN);
        recentNotifications = notifications.recent(20);
    }

    public boolean overdue(CooperationRequest request) {
        return request.isOverdue(Instant.now(clock));
    }

    public Page<CooperationRequest> getIncoming() {
        return incoming;
    }

    public Page<CooperationRequest> getOutgoing() {
        return outgoing;
    }

    public List<Notification> getNotifications() {
        return recentNotifications;
    }
}
