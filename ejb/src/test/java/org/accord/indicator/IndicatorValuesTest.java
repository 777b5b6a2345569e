package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation and validation per type (docs/indicators.md, "Normalised values"). */
class IndicatorValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ipv4   | 192.0.2.1                 | 192.0.2.1",
            "ipv4   | ' 0.0.0.0 '               | 0.0.0.0",
            "ipv4   | 255.255.255.255           | 255.255.255.255",
            "ipv6   | 2001:DB8:0:0:0:0:0:1      | 2001:db8::1",
            "ipv6   | 2001:db8:0:0:1:0:0:1      | 2001:db8::1:0:0:1",
            "ipv6   | 0:0:0:0:0:0:0:0           | ::",
            "cidr   | 192.0.2.7/24              | 192.0.2.0/24",
            "cidr   | 2001:DB8:1::5/32          | 2001:db8::/32",
            "domain | WWW.Example.CN.           | www.example.cn",
            "domain | bücher.example            | xn--bcher-kva.example",
            "domain | _dmarc.example.org        | _dmarc.example.org",
            "url    | HTTP://Evil.DE:80/a?B=C   | http://evil.de/a?B=C",
            "url    | https://[2001:DB8::1]:8443/x | https://[2001:db8::1]:8443/x",
            "url    | https://u:p@1.2.3.4:443   | https://u:p@1.2.3.4",
            "email  | Bob.Smith@Mail.FR         | Bob.Smith@mail.fr",
            "sha256 | ABCDEF0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789 | abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
            "md5    | D41D8CD98F00B204E9800998ECF8427E | d41d8cd98f00b204e9800998ecf8427e",
            "asn    | AS4134                    | 4134",
            "asn    | as4294967295              | 4294967295",
            "asn    | 3320                      | 3320"})
    void normalises(String type, String raw, String expected) throws InvalidValueException {
        assertEquals(expected, IndicatorValues.normalise(IndicatorType.fromWire(type).orElseThrow(), raw).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ipv4   | 2001:db8::1     | IPv6 address, not IPv4",
            "ipv4   | 1.2.3           | not an IPv4",
            "ipv4   | 01.2.3.4        | not an IPv4",
            "ipv4   | 1.2.3.256       | not an IPv4",
            "ipv4   | 1.2.3.4/24      | not an IPv4",
            "ipv4   | 1.2.3.4.        | not an IPv4",
            "ipv6   | 192.0.2.1       | IPv4 address, not IPv6",
            "ipv6   | 2001:db8::1/64  | no prefix",
            "ipv6   | fe80::1%eth0    | no prefix or zone",
            "ipv6   | 2001:db8::g     | not an IPv6",
            "cidr   | 192.0.2.1       | not a CIDR",
            "cidr   | 192.0.2.0/33    | not a CIDR",
            "cidr   | 010.0.0.0/8     | not an address",
            "domain | localhost       | two or more labels",
            "domain | a..example      | label",
            "domain | example.123     | last label is a number",
            "domain | -bad.example    | label",
            "url    | evil.de/x       | absolute URL",
            "url    | javascript://x  | scheme javascript",
            "url    | http://x.de/a b | space",
            "url    | http://x.de:0/  | invalid port",
            "email  | bob             | e-mail",
            "email  | bob@localhost   | two or more labels",
            "sha256 | abc             | 64 hexadecimal",
            "md5    | zz41d8cd98f00b204e9800998ecf8427e | 32 hexadecimal",
            "asn    | AS0             | AS number",
            "asn    | 4294967296      | AS number",
            "asn    | AS012           | AS number"})
    void refusesWithAReason(String type, String raw, String reason) {
        var e = assertThrows(InvalidValueException.class,
                () -> IndicatorValues.normalise(IndicatorType.fromWire(type).orElseThrow(), raw));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void refusesEmptyAndOverlongValues() {
        assertThrows(InvalidValueException.class, () -> IndicatorValues.normalise(IndicatorType.DOMAIN, " "));
        String longUrl = "http://example.org/" + "a".repeat(IndicatorValues.MAX_LENGTH);
        var e = assertThrows(InvalidValueException.class, () -> IndicatorValues.normalise(IndicatorType.URL, longUrl));
        assertTrue(e.getMessage().contains("longer than"));
    }

    @org.junit.jupiter.api.Test
    void theFastIpv4PathAgreesWithTheLibrary() throws InvalidValueException {
        java.util.Random random = new java.util.Random(6);
        for (int i = 0; i < 10_000; i++) {
            String text = (random.nextInt(256)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256);
            Normalised n = IndicatorValues.normalise(IndicatorType.IPV4, text);
            assertEquals(new inet.ipaddr.IPAddressString(text).getAddress(), n.address());
            assertEquals(text, n.address().toCanonicalString());
        }
    }
}
