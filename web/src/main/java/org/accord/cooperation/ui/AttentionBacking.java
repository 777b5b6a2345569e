package org.accord.cooperation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.web.ui.UserBacking;

/**
 * What needs attention on the dashboard: requests waiting for the caller's country (next deadline
 * first) and overdue requests on either side, so both sides see an overdue request.
 */
@Named("attention")
@RequestScoped
public class AttentionBacking {

    @Inject
    CooperationRequestService requests;

    @Inject
    UserBacking user;

    @Inject
    Clock clock;

    private List<CooperationRequest> waiting;

    /** Open requests to the caller's country, and overdue ones from it, at most ten, soonest deadline first. */
    public List<CooperationRequest> getRequests() {
        if (waiting == null) {
            if (!user.isReportReader()) {
                return waiting = List.of();
            }
            Instant now = Instant.now(clock);
            var incoming = requests.list(true, null, 0, InboxBacking.SHOWN).items().stream()
                    .filter(r -> r.getStatus().isAwaitingResponder());
            var outgoingOverdue = requests.list(false, null, 0, InboxBacking.SHOWN).items().stream()
                    .filter(r -> r.isOverdue(now));
            waiting = Stream.concat(incoming, outgoingOverdue).distinct()
                    .sorted(java.util.Comparator.comparing(CooperationRequest::getNextDueAt)).limit(10).toList();
        }
        return waiting;
    }

    public boolean overdue(CooperationRequest request) {
        return request.isOverdue(Instant.now(clock));
    }
}
