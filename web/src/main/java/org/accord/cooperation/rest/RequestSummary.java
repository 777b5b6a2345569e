package org.accord.cooperation.rest;

import java.time.Instant;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.rest.RequestView.DeadlinesView;

/** A request in the inbox: who, what, where it stands and its next deadline; the thread is on the request. */
public record RequestSummary(String id, String from, String to, String type, String title, String agreement,
        String status, Instant sentAt, DeadlinesView deadlines) {

    static RequestSummary of(CooperationRequest r, Instant now) {
        return new RequestSummary(r.getReference(), r.getSenderCountry(), r.getRequestedCountry(), r.getRequestType(),
                r.getTitle(), r.getAgreementReference(), r.getStatus().wire(), r.getSentAt(), DeadlinesView.of(r, now));
    }
}
