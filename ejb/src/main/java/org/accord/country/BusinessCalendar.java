package org.accord.country;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A country's working calendar: its time zone, weekends (Saturday, Sunday) and public holidays,
 * each either a fixed date ({@code 2026-12-24}) or a date every year ({@code --12-25}, ISO 8601).
 * Deadlines of cooperation requests are computed in the responder's calendar
 * (docs/cooperation-requests.md, "Deadlines").
 */
public final class BusinessCalendar {

    /** The last instant that still belongs to a day: deadlines end with their day, not at midnight after it. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private final ZoneId zone;
    private final Set<LocalDate> dates = new HashSet<>();
    private final Set<MonthDay> everyYear = new HashSet<>();

    public BusinessCalendar(ZoneId zone, Collection<String> holidays) {
        this.zone = zone;
        for (String holiday : holidays) {
            Holiday.parse(holiday).ifPresent(h -> h.addTo(dates, everyYear));
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !dates.contains(day) && !everyYear.contains(MonthDay.from(day));
    }

    /** {@code hours} elapsed hours after {@code from}: acknowledgements are due around the clock. */
    public static Instant afterHours(Instant from, int hours) {
        return from.plus(Duration.ofHours(hours));
    }

    /**
     * The end of the {@code businessDays}-th business day after the local day of {@code from}; the day
     * of {@code from} itself never counts (a request sent on a Sunday or a holiday starts counting at
     * the next business day). Zero means the end of the day of {@code from}.
     */
    public Instant endOfBusinessDaysAfter(Instant from, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + businessDays);
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day.atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    /** One entry of a country's holiday list, as an admin types it. */
    public record Holiday(LocalDate date, MonthDay everyYear) {

        public static Optional<Holiday> parse(String text) {
            String value = text == null ? "" : text.strip();
            try {
                return Optional.of(value.startsWith("--") ? new Holiday(null, MonthDay.parse(value))
                        : new Holiday(LocalDate.parse(value), null));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        public static boolean isValid(String text) {
            return parse(text).isPresent();
        }

        void addTo(Set<LocalDate> dates, Set<MonthDay> yearly) {
            if (date != null) {
                dates.add(date);
            } else {
                yearly.add(everyYear);
            }
        }
    }

    public static BusinessCalendar of(Country country) {
        return new BusinessCalendar(ZoneId.of(country.getTimeZone()), country.getPublicHolidays());
    }
}
