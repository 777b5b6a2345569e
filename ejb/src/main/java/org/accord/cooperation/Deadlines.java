package org.accord.cooperation;

import java.time.Duration;
import java.time.Instant;
import org.accord.country.BusinessCalendar;

/**
 * A request's deadlines, fixed when it is sent from the invoked agreement's terms and the requested
 * country's calendar (docs/cooperation-requests.md, "Deadlines").
 */
public record Deadlines(Instant acknowledgeBy, Instant answerBy, Instant expiresAt) {

    public static Deadlines compute(Instant sentAt, int ackHours, int answerBusinessDays, int expiryGraceDays,
            BusinessCalendar responder) {
        Instant answerBy = responder.endOfBusinessDaysAfter(sentAt, answerBusinessDays);
        return new Deadlines(BusinessCalendar.afterHours(sentAt, ackHours), answerBy,
                answerBy.plus(Duration.ofDays(expiryGraceDays)));
    }
}
