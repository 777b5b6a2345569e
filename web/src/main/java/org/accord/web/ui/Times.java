package org.accord.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How pages show instants. Accord is used across time zones, so every time is shown in UTC and says
 * so; deadlines also get a rough "in 5 h" or "overdue" so nobody has to do the sum.
 */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    /** E.g. {@code 2026-03-01 14:05 UTC}; empty for no time. */
    public String utc(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /** E.g. {@code 2026-03-01 14:05:59 UTC}, where the order of events within a minute matters (the exchange log). */
    public String utcSeconds(Instant instant) {
        return instant == null ? "" : SHOWN_SECONDS.format(instant);
    }

    /** E.g. {@code 2026-12-01 23:59 America/New_York}: a deadline as the viewer's own clock shows it. */
    public String local(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone);
        return LOCAL.format(instant.atZone(id)) + " " + id.getId();
    }

    /** ISO 8601 for the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Time left until a deadline: {@code in 40 min}, {@code in 5 h}, {@code in 3 d}, or {@code overdue}. */
    public String until(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(clock), due);
        if (left.isNegative() || left.isZero()) {
            return "overdue";
        } else if (left.toHours() < 1) {
            return "in " + Math.max(1, left.toMinutes()) + " min";
        } else if (left.toHours() < 48) {
            return "in " + left.toHours() + " h";
        }
        return "in " + left.toDays() + " d";
    }

    public boolean isOverdue(Instant due) {
        return due != null && !due.isAfter(Instant.now(clock));
    }

    /** The current time in UTC, to minutes, as a form's hint and as the value a date field starts from. */
    public String nowUtc() {
        return utc(Instant.now(clock));
    }

    public static Instant fromUtc(LocalDateTime local) {
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime toUtc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }
}
