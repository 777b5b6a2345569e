package org.accord.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * SECURITY.md case 24: whatever name a client sends with an upload, {@link DisplayNames#sanitize} returns
 * a name that keeps the promises of docs/evidence.md — never throws, never empty, at most 200 code points,
 * no path separator, no control or format character (no bidi override), none of {@code <>:"|?*}, no leading
 * dot, no trailing dot or space — and is a fixed point (sanitizing it again changes nothing). The build
 * replays the committed corpus; {@code bin/security-long} fuzzes.
 */
class DisplayNamesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void aSanitizedNameKeepsEveryPromise(byte[] sent) {
        // as a client's UTF-8 and as UTF-16 (reaching every BMP character, separators and overrides)
        keepsEveryPromise(new String(sent, StandardCharsets.UTF_8));
        keepsEveryPromise(new String(sent, StandardCharsets.UTF_16BE));
    }

    private static void keepsEveryPromise(String sent) {
        String name = DisplayNames.sanitize(sent);
        assertFalse(name.isEmpty());
        assertTrue(name.codePointCount(0, name.length()) <= DisplayNames.MAX_LENGTH, name);
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            assertFalse(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE,
                    () -> "U+" + Integer.toHexString(cp) + " in " + name);
            assertTrue("/\\<>:\"|?*".indexOf(cp) < 0, () -> (char) cp + " in " + name);
        });
        assertFalse(name.startsWith(".") || Character.isWhitespace(name.codePointAt(0)), name);
        int last = name.codePointBefore(name.length());
        assertFalse(last == '.' || Character.isWhitespace(last), () -> "ends in '" + (char) last + "': " + name);
        assertEquals(name, DisplayNames.sanitize(name), "sanitizing twice changes the name");
        String ascii = DisplayNames.asciiFallback(name);
        assertTrue(ascii.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\'), ascii);
    }
}
