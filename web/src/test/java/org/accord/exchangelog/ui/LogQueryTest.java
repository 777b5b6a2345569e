package org.accord.exchangelog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.accord.exchangelog.LogFilter;
import org.junit.jupiter.api.Test;

class LogQueryTest {

    @Test
    void noParametersMeanTheFirstFiftyEntriesUnfiltered() {
        LogQuery query = new LogQuery(null, null, null, null, null, null);
        assertTrue(query.isValid());
        assertEquals(new LogFilter(null, null, null, null, null, 0, 50), query.filter());
    }

    @Test
    void emptyFieldsOfTheGetFormAreNoFilter() {
        LogQuery query = new LogQuery("", " ", "", "", "", "");
        assertTrue(query.isValid());
        assertEquals(new LogFilter(null, null, null, null, null, 0, 50), query.filter());
    }

    @Test
    void daysAreWholeUtcDaysWithBothEndsIncluded() {
        LogFilter filter = new LogQuery("US", "report.read.refused", " CN-2026-000001 ", "2026-11-01", "2026-11-30", "3")
                .filter();
        assertEquals("US", filter.partner());
        assertEquals("report.read.refused", filter.action());
        assertEquals("CN-2026-000001", filter.objectId());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), filter.to(), "the service's 'to' is exclusive");
        assertEquals(2, filter.page(), "page 3 as people count is the service's page 2");
        assertEquals(50, filter.size());
    }

    @Test
    void oneDayIsFromAndToTheSameDay() {
        LogQuery query = new LogQuery(null, null, null, "2026-11-29", "2026-11-29", null);
        assertTrue(query.isValid());
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), query.filter().to());
    }

    @Test
    void aBadOrMissingPageIsTheFirst() {
        assertEquals(1, LogQuery.pageNumber(null));
        assertEquals(1, LogQuery.pageNumber("x"));
        assertEquals(1, LogQuery.pageNumber("-4"));
        assertEquals(7, LogQuery.pageNumber("7"));
    }

    @Test
    void filtersThatMakeNoSenseAreNamedInFormOrder() {
        LogQuery query = new LogQuery("%", null, null, "29.11.2026", "2026-13-01", null);
        assertFalse(query.isValid());
        assertEquals(List.of(
                "Partner country: \"%\" is not a country code such as US.",
                "From: \"29.11.2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.",
                "To: \"2026-13-01\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01."), query.problems());
    }

    @Test
    void fromAfterToIsRefused() {
        LogQuery query = new LogQuery(null, null, null, "2026-11-30", "2026-11-01", null);
        assertEquals(List.of("From must be a day before or equal to To."), query.problems());
    }

    @Test
    void theOversightBodyIsAPartnerToo() {
        assertTrue(new LogQuery("INT", null, null, null, null, null).isValid());
        assertNull(new LogQuery(null, null, null, null, null, null).filter().partner());
    }
}
