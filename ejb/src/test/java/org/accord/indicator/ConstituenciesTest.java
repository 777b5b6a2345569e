package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.accord.country.Country;
import org.accord.country.CountryDraft;
import org.junit.jupiter.api.Test;

/** Routing by declared constituency: longest prefix, most specific suffix, AS numbers, conflicts, unmatched. */
class ConstituenciesTest {

    private static Country country(String code, List<String> prefixes, List<Long> asns, List<String> suffixes) {
        return new Country(code, new CountryDraft(code, "CERT " + code, "+1", "UTC", prefixes, asns, suffixes,
                List.of()));
    }

    private final Constituencies constituencies = Constituencies.of(List.of(
            country("AA", List.of("10.0.0.0/8", "2001:db8::/32"), List.of(64500L), List.of(".aa", "shared.example")),
            country("BB", List.of("10.1.0.0/16", "2001:db8:1::/48"), List.of(64501L), List.of("bb.aa")),
            country("CC", List.of("10.1.2.0/24", "192.0.2.0/24"), List.of(64500L), List.of("shared.example")),
            country("DD", List.of("192.0.2.0/24"), List.of(), List.of())));

    private Route route(IndicatorType type, String value) throws InvalidValueException {
        return constituencies.route(IndicatorValues.normalise(type, value));
    }

    @Test
    void theLongestDeclaredPrefixWins() throws InvalidValueException {
        assertEquals("AA", route(IndicatorType.IPV4, "10.9.9.9").country());
        assertEquals("BB", route(IndicatorType.IPV4, "10.1.9.9").country());
        assertEquals("CC", route(IndicatorType.IPV4, "10.1.2.3").country());
        assertEquals("AA", route(IndicatorType.IPV6, "2001:db8:2::1").country());
        assertEquals("BB", route(IndicatorType.IPV6, "2001:db8:1::1").country());
    }

    @Test
    void aCidrValueGoesToThePrefixThatContainsTheWholeBlock() throws InvalidValueException {
        assertEquals("BB", route(IndicatorType.CIDR, "10.1.128.0/17").country());
        assertEquals("CC", route(IndicatorType.CIDR, "10.1.2.128/25").country());
        assertEquals(Routing.UNMATCHED, route(IndicatorType.CIDR, "10.0.0.0/7").routing());
    }

    @Test
    void theMostSpecificSuffixWinsOnLabelBoundaries() throws InvalidValueException {
        assertEquals("AA", route(IndicatorType.DOMAIN, "www.example.aa").country());
        assertEquals("BB", route(IndicatorType.DOMAIN, "x.bb.aa").country());
        assertEquals("BB", route(IndicatorType.DOMAIN, "bb.aa").country());
        assertEquals("AA", route(IndicatorType.DOMAIN, "xbb.aa").country());
        assertEquals(Routing.UNMATCHED, route(IndicatorType.DOMAIN, "example.aax").routing());
        assertEquals("BB", route(IndicatorType.URL, "https://c2.bb.aa/gate.php").country());
        assertEquals("CC", route(IndicatorType.URL, "http://10.1.2.3:8080/").country());
        assertEquals("AA", route(IndicatorType.EMAIL, "ops@mail.aa").country());
    }

    @Test
    void twoCountriesClaimingTheSameWinnerIsAConflictNotAGuess() throws InvalidValueException {
        Route ip = route(IndicatorType.IPV4, "192.0.2.9");
        assertEquals(Routing.CONFLICT, ip.routing());
        assertEquals(Set.of("CC", "DD"), ip.claimants());
        assertEquals(null, ip.country());
        assertEquals(Routing.CONFLICT, route(IndicatorType.DOMAIN, "a.shared.example").routing());
        assertEquals(Routing.CONFLICT, route(IndicatorType.ASN, "AS64500").routing());
        assertEquals("BB", route(IndicatorType.ASN, "64501").country());
    }

    @Test
    void unmatchedAndNotRoutable() throws InvalidValueException {
        assertEquals(Routing.UNMATCHED, route(IndicatorType.IPV4, "198.51.100.1").routing());
        assertEquals(Routing.UNMATCHED, route(IndicatorType.ASN, "AS1").routing());
        assertEquals(Routing.NONE, route(IndicatorType.MD5, "d41d8cd98f00b204e9800998ecf8427e").routing());
    }
}
