package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SECURITY.md case 24 for the importers: whatever bytes a client streams as CSV or JSON lines, the line reader
 * and the line parser only ever answer with a valid indicator or a declared bad line (docs/indicators.md,
 * "Ingest") — never another exception. A line is never held beyond its limit; an accepted value is ASCII, at
 * most 2048 characters, already canonical (normalising it again changes nothing), and first seen is not after
 * last seen. The build replays the committed corpus; {@code bin/security-long} fuzzes.
 */
class ImportLinesFuzzTest {

    private static final Constituencies ROUTES = Constituencies.of(List.of(DemoCountries.cn(), DemoCountries.us()));

    @FuzzTest(maxDuration = "30s")
    void csvLinesAreIndicatorsOrDeclaredErrors(byte[] body) throws IOException {
        readEveryLine(ImportFormat.CSV, new String(body, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "30s")
    void jsonLinesAreIndicatorsOrDeclaredErrors(byte[] body) throws IOException {
        readEveryLine(ImportFormat.JSON_LINES, new String(body, StandardCharsets.UTF_8));
    }

    private static void readEveryLine(ImportFormat format, String body) throws IOException {
        LineParser parser = new LineParser(format, ROUTES);
        LineReader lines = new LineReader(new StringReader(body));
        long expected = 0;
        while (lines.next()) {
            assertEquals(++expected, lines.number());
            String text = lines.text();
            if (lines.tooLong()) {
                assertTrue(text.length() <= 100, "a too-long line keeps at most its first 100 characters");
                continue;
            }
            assertTrue(text.length() <= LineReader.MAX_LINE + 1, "a line within its limit");
            assertFalse(text.indexOf('\n') >= 0, "a line holds no line feed");
            if (lines.isBlank() || parser.isHeader(lines.number(), text)) {
                continue;
            }
            try {
                keepsItsPromises(parser.parse(lines.number(), text));
            } catch (LineParser.BadLine bad) {
                assertNotNull(bad.getMessage(), "a bad line says why");
            }
        }
    }

    private static void keepsItsPromises(IndicatorLine line) {
        String value = line.value().value();
        assertTrue(value.length() <= 2048 && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f), value);
        try {
            assertEquals(value, IndicatorValues.normalise(line.value().type(), value).value(), "canonical");
        } catch (InvalidValueException e) {
            throw new AssertionError("an accepted value no longer normalises: " + value, e);
        }
        assertNotNull(line.role());
        assertNotNull(line.route());
        if (line.firstSeen() != null && line.lastSeen() != null) {
            assertFalse(line.lastSeen().isBefore(line.firstSeen()), "first seen after last seen");
        }
    }
}
