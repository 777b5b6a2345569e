package org.accord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void newlinesAnsiEscapesAndBidiOverridesBecomeVisibleEscapes() {
        assertEquals("a\\u000a2026 ERROR forged\\u000d \\u001b[31mred\\u001b[0m \\u202eexe.pdf \\\\u000a",
                LogText.encode("a\n2026 ERROR forged\r \u001b[31mred\u001b[0m \u202eexe.pdf \\u000a"));
    }

    @Test
    void plainTextStaysAndLongTextIsCut() {
        assertEquals("CN-2026-000001 Überprüfung", LogText.encode("CN-2026-000001 Überprüfung"));
        assertEquals("-", LogText.encode(null));
        String cut = LogText.encode("x".repeat(2000));
        assertTrue(cut.startsWith("x".repeat(LogText.MAX)) && cut.endsWith("...(2000 chars)"), cut);
    }
}
