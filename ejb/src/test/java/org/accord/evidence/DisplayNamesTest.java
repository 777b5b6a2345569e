package org.accord.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Display names as docs/evidence.md ("Upload") promises them. */
class DisplayNamesTest {

    @Test
    void pathPartsAreDropped() {
        assertEquals("passwd", DisplayNames.sanitize("../../etc/passwd"));
        assertEquals("boot.ini", DisplayNames.sanitize("..\\..\\windows\\boot.ini"));
        assertEquals("capture.pcap", DisplayNames.sanitize("/var/tmp/capture.pcap"));
    }

    @Test
    void bidirectionalOverridesAndOtherInvisibleCharactersAreRemoved() {
        // "invoice" RLO "fdp.exe" shows as invoiceexe.pdf; without the override the real extension shows
        assertEquals("invoicefdp.exe", DisplayNames.sanitize("invoice\u202Efdp.exe"));
        assertEquals("ab.txt", DisplayNames.sanitize("a\u2066\u200Bb\u200F.txt"));
        assertEquals("line.log", DisplayNames.sanitize("li\nne\u0000.log\u0007"));
        assertEquals("x.bin", DisplayNames.sanitize("x\uFEFF.bin"));
    }

    @Test
    void reservedCharactersHiddenDotsAndTrailingDotsGo() {
        assertEquals("a_b_c_.txt", DisplayNames.sanitize("a<b>c?.txt"));
        assertEquals("bashrc", DisplayNames.sanitize(".bashrc"));
        assertEquals("report.pdf", DisplayNames.sanitize("report.pdf. . "));
        assertEquals("_con.txt", DisplayNames.sanitize("con.txt"));
    }

    @Test
    void emptyOrOnlyDotsGivesTheFallback() {
        assertEquals("evidence", DisplayNames.sanitize(null));
        assertEquals("evidence", DisplayNames.sanitize(""));
        assertEquals("evidence", DisplayNames.sanitize(".."));
        assertEquals("evidence", DisplayNames.sanitize("dir/"));
        assertEquals("evidence", DisplayNames.sanitize("\u202E"));
    }

    @Test
    void longNamesKeepTheirExtensionAndUnicodeStaysNormalised() {
        String name = DisplayNames.sanitize("a".repeat(500) + ".pcapng");
        assertEquals(DisplayNames.MAX_LENGTH, name.length());
        assertTrue(name.endsWith(".pcapng"));
        assertEquals("Zürich-Protokoll.txt", DisplayNames.sanitize("Zu\u0308rich-Protokoll.txt"));
        assertEquals("日志.log", DisplayNames.sanitize("日志.log"));
    }

    @Test
    void theAsciiFallbackHasNoQuotesOrNonAscii() {
        String fallback = DisplayNames.asciiFallback("日志 \"x\";.log");
        assertEquals("__ _x__.log", fallback);
        assertFalse(fallback.chars().anyMatch(c -> c > 0x7e));
    }
}
