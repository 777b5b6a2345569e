package org.accord.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The NIS2 Art. 23(4) deadlines that run from the moment the CERT became aware of the incident:
 * early warning within 24 hours, incident notification within 72 hours, final report within one
 * month of the notification (so at the latest one month after the 72-hour mark).
 */
public record Nis2Clock(Instant earlyWarningDue, Instant notificationDue, Instant finalReportDue) {

    public static Nis2Clock from(Instant awareAt) {
        Instant notification = awareAt.plus(Duration.ofHours(72));
        Instant finalReport = notification.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        return new Nis2Clock(awareAt.plus(Duration.ofHours(24)), notification, finalReport);
    }

    /** The next deadline after the stage last delivered ({@code null}: nothing delivered yet), or null when done. */
    public Instant nextDue(Nis2Stage delivered) {
        if (delivered == null) {
            return earlyWarningDue;
        }
        return switch (delivered) {
            case EARLY_WARNING -> notificationDue;
            case NOTIFICATION, INTERMEDIATE -> finalReportDue;
            case FINAL -> null;
        };
    }
}
