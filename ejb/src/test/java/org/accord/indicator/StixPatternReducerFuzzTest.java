package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * SECURITY.md case 24 for the STIX importer: whatever pattern a bundle carries, {@link StixPatternReducer#reduce}
 * answers with indicators, a reason it is not reducible, or a syntax error — never another exception (no stack
 * overflow, no index out of bounds) — and a reduced pattern gives at least one value. The build replays the
 * committed corpus; {@code bin/security-long} fuzzes.
 */
class StixPatternReducerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyPatternIsReducedRefusedOrKept(byte[] sent) {
        String pattern = new String(sent, StandardCharsets.UTF_8);
        try {
            StixPatternReducer.Result result = StixPatternReducer.reduce(pattern);
            if (result.reducible()) {
                assertFalse(result.matches().isEmpty(), pattern);
                result.matches().forEach(m -> assertNotNull(m.type()));
            } else {
                assertTrue(result.matches().isEmpty(), pattern);
            }
        } catch (StixPatternReducer.SyntaxError expected) {
            assertTrue(expected.getMessage().startsWith("pattern syntax error at character "), expected.getMessage());
        }
    }
}
