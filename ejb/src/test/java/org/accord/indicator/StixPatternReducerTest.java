package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.accord.indicator.StixPatternReducer.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** STIX patterns reduced to indicators, the forms kept as context with their reason, and syntax errors. */
class StixPatternReducerTest {

    private static List<Match> matches(String pattern) throws Exception {
        StixPatternReducer.Result result = StixPatternReducer.reduce(pattern);
        assertTrue(result.reducible(), () -> pattern + " → " + result.notReducible());
        return result.matches();
    }

    private static String reason(String pattern) throws Exception {
        StixPatternReducer.Result result = StixPatternReducer.reduce(pattern);
        assertFalse(result.reducible(), pattern);
        assertEquals(List.of(), result.matches());
        return result.notReducible();
    }

    private static Match m(IndicatorType type, String value) {
        return new Match(type, value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[ipv4-addr:value = '192.0.2.1']|IPV4|192.0.2.1",
        "[ipv4-addr:value = '192.0.2.0/24']|CIDR|192.0.2.0/24",
        "[ipv6-addr:value = '2001:db8::1']|IPV6|2001:db8::1",
        "[ipv6-addr:value = '2001:db8::/32']|CIDR|2001:db8::/32",
        "[domain-name:value = 'evil.example']|DOMAIN|evil.example",
        "[url:value = 'http://evil.example/a?b=c']|URL|http://evil.example/a?b=c",
        "[email-addr:value = 'bob@evil.example']|EMAIL|bob@evil.example",
        "[file:hashes.'SHA-256' = 'aa']|SHA256|aa",
        "[file:hashes.SHA256 = 'aa']|SHA256|aa",
        "[file:hashes.'sha256' = 'aa']|SHA256|aa",
        "[file:hashes.\"SHA-256\" = 'aa']|SHA256|aa",
        "[file:hashes.MD5 = 'bb']|MD5|bb",
        "[file:hashes.'MD5' = 'bb']|MD5|bb",
        "[autonomous-system:number = 3320]|ASN|3320",
        "[autonomous-system:number = '3320']|ASN|3320",
        "  [ ipv4-addr:value='192.0.2.1' ]  |IPV4|192.0.2.1",
    })
    void eachTypeReducesToOneIndicator(String pattern, IndicatorType type, String value) throws Exception {
        assertEquals(List.of(m(type, value)), matches(pattern));
    }

    @Test
    void orAndAndInsideAndAcrossObservationsGiveOneIndicatorPerComparison() throws Exception {
        assertEquals(List.of(m(IndicatorType.IPV4, "192.0.2.1"), m(IndicatorType.IPV4, "192.0.2.2")),
                matches("[ipv4-addr:value = '192.0.2.1' OR ipv4-addr:value = '192.0.2.2']"));
        assertEquals(List.of(m(IndicatorType.MD5, "bb"), m(IndicatorType.SHA256, "aa")),
                matches("[file:hashes.MD5 = 'bb' AND file:hashes.'SHA-256' = 'aa']"));
        assertEquals(List.of(m(IndicatorType.DOMAIN, "a.example"), m(IndicatorType.URL, "http://b.example/")),
                matches("[domain-name:value = 'a.example'] OR [url:value = 'http://b.example/']"));
        assertEquals(List.of(m(IndicatorType.DOMAIN, "a.example"), m(IndicatorType.IPV4, "192.0.2.9")),
                matches("[domain-name:value = 'a.example'] AND [ipv4-addr:value = '192.0.2.9']"));
    }

    @Test
    void nestedParenthesesInsideAndAroundObservations() throws Exception {
        assertEquals(List.of(m(IndicatorType.IPV4, "192.0.2.1"), m(IndicatorType.IPV4, "192.0.2.2"),
                m(IndicatorType.DOMAIN, "c.example")),
                matches("[(ipv4-addr:value = '192.0.2.1' OR (ipv4-addr:value = '192.0.2.2')) AND"
                        + " domain-name:value = 'c.example']"));
        assertEquals(List.of(m(IndicatorType.IPV4, "192.0.2.1"), m(IndicatorType.EMAIL, "a@b.example"),
                m(IndicatorType.ASN, "64496")),
                matches("(([ipv4-addr:value = '192.0.2.1'] OR [email-addr:value = 'a@b.example']) AND"
                        + " ([autonomous-system:number = 64496]))"));
    }

    @Test
    void escapedQuotesAndBackslashes() throws Exception {
        assertEquals(List.of(m(IndicatorType.URL, "http://evil.de/gate?id='1'")),
                matches("[url:value = 'http://evil.de/gate?id=\\'1\\'']"));
        assertEquals(List.of(m(IndicatorType.URL, "http://evil.de/a\\b")), matches("[url:value = 'http://evil.de/a\\\\b']"));
        // the export's own escaping comes back unchanged
        assertEquals(List.of(m(IndicatorType.URL, "http://x.example/'\\")),
                matches(StixPatterns.of(IndicatorType.URL, "http://x.example/'\\")));
    }

    @Test
    void everyExportedPatternReducesToItsValue() throws Exception {
        for (IndicatorType type : IndicatorType.values()) {
            String value = switch (type) {
                case IPV4 -> "192.0.2.1";
                case IPV6 -> "2001:db8::1";
                case CIDR -> "192.0.2.0/24";
                case ASN -> "3320";
                default -> "v";
            };
            assertEquals(List.of(m(type, value)), matches(StixPatterns.of(type, value)), type::toString);
        }
    }

    @Test
    void otherOperatorsAreKeptAsContextWithTheirReason() throws Exception {
        assertEquals("!= on ipv4-addr:value (only = is reducible)", reason("[ipv4-addr:value != '192.0.2.1']"));
        assertEquals("<> on ipv4-addr:value (only = is reducible)", reason("[ipv4-addr:value <> '192.0.2.1']"));
        assertEquals("> on autonomous-system:number (only = is reducible)", reason("[autonomous-system:number > 5]"));
        assertEquals("NOT = on domain-name:value (only = is reducible)", reason("[domain-name:value NOT = 'a.example']"));
        assertEquals("LIKE on domain-name:value", reason("[domain-name:value LIKE '%.example']"));
        assertEquals("MATCHES on url:value", reason("[url:value MATCHES '^http://']"));
        assertEquals("IN on ipv4-addr:value", reason("[ipv4-addr:value IN ('192.0.2.1', '192.0.2.2')]"));
        assertEquals("ISSUBSET on ipv4-addr:value", reason("[ipv4-addr:value ISSUBSET '192.0.2.0/24']"));
        assertEquals("EXISTS", reason("[EXISTS windows-registry-key:values]"));
    }

    @Test
    void qualifiersAndSequencesAreKeptAsContext() throws Exception {
        assertEquals("qualifier WITHIN", reason("[ipv4-addr:value = '192.0.2.1'] WITHIN 300 SECONDS"));
        assertEquals("qualifier REPEATS", reason("[ipv4-addr:value = '192.0.2.1'] REPEATS 5 TIMES"));
        assertEquals("qualifier START/STOP", reason("[ipv4-addr:value = '192.0.2.1'] START t'2016-06-01T00:00:00Z'"
                + " STOP t'2016-07-01T00:00:00Z'"));
        assertEquals("FOLLOWEDBY (a sequence of observations)",
                reason("[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [domain-name:value = 'a.example']"));
        assertEquals("qualifier WITHIN", reason("([ipv4-addr:value = '192.0.2.1'] OR [url:value = 'http://a.example/'])"
                + " WITHIN 1.5 SECONDS"));
    }

    @Test
    void propertiesAccordDoesNotHoldAreKeptAsContext() throws Exception {
        assertEquals("Accord holds no indicator for file:name", reason("[file:name = 'evil.exe']"));
        assertEquals("Accord holds no indicator for file:hashes.'SHA-1'", reason("[file:hashes.'SHA-1' = 'cc']"));
        assertEquals("Accord holds no indicator for network-traffic:dst_ref.value",
                reason("[network-traffic:dst_ref.value = '192.0.2.1']"));
        assertEquals("Accord holds no indicator for x-custom:list[*].value", reason("[x-custom:list[*].value = 'a']"));
        assertEquals("Accord holds no indicator for email-message:from_ref.value",
                reason("[ipv4-addr:value = '192.0.2.1' AND email-message:from_ref.value = 'a@b.example']"));
        assertEquals("ipv4-addr:value compared with int 5", reason("[ipv4-addr:value = 5]"));
        assertEquals("url:value compared with hex 0a", reason("[url:value = h'0a']"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "ipv4-addr:value = '192.0.2.1'",
        "[ipv4-addr:value = '192.0.2.1'",
        "[ipv4-addr:value = '192.0.2.1]",
        "[ipv4-addr:value '192.0.2.1']",
        "[ipv4-addr = '192.0.2.1']",
        "[ipv4-addr:value = ]",
        "[ipv4-addr:value = '192.0.2.1'] [domain-name:value = 'a.example']",
        "[ipv4-addr:value = '192.0.2.1' OR]",
        "[ipv4-addr:value = '192.0.2.1'] AND",
        "[(ipv4-addr:value = '192.0.2.1']",
        "[ipv4-addr:value = '\\x']",
        "[ipv4-addr:value = '192.0.2.1'] WITHIN SECONDS",
        "[ipv4-addr:value = '192.0.2.1'] REPEATS 'x' TIMES",
        "[ipv4-addr:value = bogus]",
        "[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY",
        "[ipv4-addr:value = '192.0.2.1'] # comment",
        "[ipv4-addr:value == '192.0.2.1']",
    })
    void textThatIsNotStixPatterningIsASyntaxError(String pattern) {
        var error = assertThrows(StixPatternReducer.SyntaxError.class, () -> StixPatternReducer.reduce(pattern));
        assertTrue(error.getMessage().startsWith("pattern syntax error at character "), error.getMessage());
    }

    @Test
    void aSyntaxErrorAfterANonReduciblePartIsStillAnError() {
        assertThrows(StixPatternReducer.SyntaxError.class,
                () -> StixPatternReducer.reduce("[file:name = 'a'] WITHIN 5 SECONDS OR [url:value = 'x'"));
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() throws Exception {
        String fine = "(".repeat(63) + "[ipv4-addr:value = '192.0.2.1']" + ")".repeat(63);
        assertEquals(List.of(m(IndicatorType.IPV4, "192.0.2.1")), matches(fine));
        String deep = "(".repeat(100_000) + "[ipv4-addr:value = '192.0.2.1']" + ")".repeat(100_000);
        var error = assertThrows(StixPatternReducer.SyntaxError.class, () -> StixPatternReducer.reduce(deep));
        assertEquals("pattern syntax error at character 64: nested more than 64 deep", error.getMessage());
        String inside = "[" + "(".repeat(100_000) + "ipv4-addr:value = '192.0.2.1'" + ")".repeat(100_000) + "]";
        assertThrows(StixPatternReducer.SyntaxError.class, () -> StixPatternReducer.reduce(inside));
    }

    @Test
    void theErrorSaysWhereAndWhat() {
        var error = assertThrows(StixPatternReducer.SyntaxError.class,
                () -> StixPatternReducer.reduce("[ipv4-addr:value = '192.0.2.1' OR]"));
        assertEquals("pattern syntax error at character 33: expected an object type (such as ipv4-addr) but found ']'",
                error.getMessage());
    }
}
