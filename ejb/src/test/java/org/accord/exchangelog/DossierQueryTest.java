package org.accord.exchangelog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.accord.common.FieldError;
import org.accord.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A dossier covers one exchange or one period between two countries; anything else names the bad field. */
class DossierQueryTest {

    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void oneExchangeOrOnePeriodIsAccepted() {
        assertDoesNotThrow(() -> DossierQuery.exchange("CN-2026-000123").validate());
        assertDoesNotThrow(() -> DossierQuery.period(null, "US", NOV_1, DEC_1).validate());
        assertDoesNotThrow(() -> DossierQuery.period("CN", "INT", NOV_1, DEC_1).validate());
    }

    @Test
    void everyBadFieldIsNamed() {
        assertEquals(List.of("objectId"), fields(new DossierQuery(null, null, null, null, null)));
        assertEquals(List.of("objectId"), fields(new DossierQuery("CN-2026-000123", null, "US", null, null)));
        assertEquals(List.of("objectId"), fields(DossierQuery.exchange("x".repeat(65))));
        assertEquals(List.of("objectId"), fields(DossierQuery.exchange("CN-2026\n000123")));
        assertEquals(List.of("partner", "from", "to"), fields(DossierQuery.period("CN", null, null, null)));
        assertEquals(List.of("partner", "country"), fields(DossierQuery.period("China", "us", NOV_1, DEC_1)));
        assertEquals(List.of("partner"), fields(DossierQuery.period("US", "US", NOV_1, DEC_1)));
        assertEquals(List.of("to"), fields(DossierQuery.period(null, "US", DEC_1, NOV_1)));
        assertEquals(List.of("to"), fields(DossierQuery.period(null, "US", NOV_1, NOV_1)));
    }

    @Test
    void theFileNameSaysWhatTheDossierCoversWithTheLastDayIncluded() {
        assertEquals("accord-dossier-CN-2026-000123.pdf", DossierQuery.exchange("CN-2026-000123").fileName());
        assertEquals("accord-dossier-CN-US-2026-11-01-2026-11-30.pdf",
                DossierQuery.period("CN", "US", NOV_1, DEC_1).fileName());
        assertEquals("accord-dossier-r_1_.._x.pdf", DossierQuery.exchange("r 1/../x").fileName());
    }

    private static List<String> fields(DossierQuery query) {
        return assertThrows(InvalidInputException.class, query::validate).errors().stream().map(FieldError::field)
                .toList();
    }
}
