package org.accord.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.accord.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The TAXII cursor and query parameters (docs/taxii.md, "Pagination and filters"). */
class TaxiiCursorTest {

    @Test
    void aCursorSurvivesItsRoundTripAndIsUrlSafe() {
        TaxiiCursor cursor = new TaxiiCursor(1_796_000_000_123_456L, 4051, 77, 1_290_000);
        String next = cursor.encode();
        assertTrue(next.matches("[A-Za-z0-9_-]+"), next);
        assertEquals(cursor, TaxiiCursor.decode(next));
    }

    @Test
    void anythingElseIs422NamingNext() {
        for (String forged : new String[] {"x", "!!!", b64("1.2.3.4"), b64("2.1.2.3.4"), b64("1.a.2.3.4"),
                b64("1.1.-2.3.4"), b64("1.1.2.3.99999999999")}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> TaxiiCursor.decode(forged),
                    forged);
            assertEquals("next", e.errors().get(0).field());
        }
    }

    @Test
    void theCursorOrdersRequestsBySendingThenId() {
        TaxiiCursor cursor = new TaxiiCursor(100, 7, 1, 1);
        assertTrue(cursor.isAfter(99, 50));
        assertTrue(cursor.isAfter(100, 6));
        assertFalse(cursor.isAfter(100, 7));
        assertFalse(cursor.isAfter(101, 1));
    }

    @Test
    void limitsAreLoweredToTheMaximumAndZeroIsRefused() {
        assertEquals(TaxiiQuery.DEFAULT_LIMIT, TaxiiQuery.of(null, null, null, null, null).limit());
        assertEquals(TaxiiQuery.MAX_LIMIT, TaxiiQuery.of(50_000, null, null, null, null).limit());
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> TaxiiQuery.of(0, null, null, null, null))
                .errors().get(0).field());
        assertEquals(Set.of("indicator", "report"), TaxiiQuery.of(3, "", null, "indicator, report,", null).types());
    }

    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }
}
