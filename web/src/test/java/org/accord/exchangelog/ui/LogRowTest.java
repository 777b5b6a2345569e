package org.accord.exchangelog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogRowTest {

    @Test
    void aReportBelongsToTheCountryItsIdStartsWith() {
        assertEquals("CN", LogRow.ownerOf("CN-2026-000123"));
        assertEquals("INT", LogRow.ownerOf("INT-2026-000001"));
        assertEquals("", LogRow.ownerOf("garbage"));
    }
}
