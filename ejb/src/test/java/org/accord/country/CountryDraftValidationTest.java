package org.accord.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryDraftValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aConstituencyOfPrefixesAsNumbersAndSuffixesIsValid() {
        assertEquals(List.of(), invalidFields(draft(List.of("192.0.2.0/24", "2001:db8::/32"), List.of(64500L),
                List.of(".example", "cert.example.org"), "Europe/Berlin")));
    }

    @Test
    void badPrefixesAsNumbersSuffixesAndZonesAreNamed() {
        assertEquals(List.of("asNumbers", "domainSuffixes", "ipPrefixes", "timeZone"), invalidFields(draft(
                List.of("192.0.2.1", "300.0.0.0/8"), List.of(0L), List.of("bad suffix"), "Mars/Olympus")));
    }

    private static CountryDraft draft(List<String> prefixes, List<Long> asns, List<String> suffixes, String zone) {
        return new CountryDraft("Testland", "CERT-T", "+00 000", zone, prefixes, asns, suffixes, List.of("--12-25"));
    }

    private List<String> invalidFields(CountryDraft draft) {
        return validator.validate(draft).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .distinct().sorted().toList();
    }
}
