package org.accord.cooperation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accord.caller.Caller;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.notification.NotificationService;

/**
 * Overdue handling (docs/cooperation-requests.md, "Overdue"): escalates each missed deadline once,
 * to the requested country's 24/7 contact, and expires requests past their grace period. One
 * transaction per sweep; the rows are locked, so two nodes never escalate the same request twice.
 */
@Stateless
@PermitAll
public class RequestDeadlines {

    /** The actor the log shows for what the deadline job does. */
    static final Caller JOB = new Caller("deadline-job", Caller.OVERSIGHT, Set.of());

    private static final int BATCH = 200;

    @Inject
    CooperationRequestRepository requests;
    @Inject
    NotificationService notifications;
    @Inject
    ExchangeLog exchangeLog;
    @Inject
    Clock clock;

    /** Returns how many requests it changed. */
    public int sweep() {
        Instant now = Instant.now(clock);
        List<CooperationRequest> due = requests.dueBy(now, BATCH);
        for (CooperationRequest request : due) {
            for (String missed : request.escalate(now)) {
                notifications.notify(request.getRequestedCountry(), "request." + missed + "-overdue",
                        request.getReference(), "The " + missed + " of request " + request.getReference() + " from "
                                + request.getSenderCountry() + " (\"" + request.getTitle() + "\") is overdue since "
                                + (missed.equals("answer") ? request.getAnswerBy() : request.getAcknowledgeBy()));
                log("request.escalated", request, missed + " overdue");
            }
            if (request.isExpiredBy(now)) {
                request.perform(RequestAction.EXPIRE, RequestAction.Side.SYSTEM, JOB.user(), JOB.country(),
                        "not answered by " + request.getExpiresAt(), now);
                log("request.expired", request, null);
            }
        }
        requests.flush();
        return due.size();
    }

    private void log(String action, CooperationRequest request, String outcome) {
        exchangeLog.appendAs(new LogEvent(action, request.getCountries(), "request", request.getReference(),
                request.getAgreementReference(), outcome), JOB);
    }
}
