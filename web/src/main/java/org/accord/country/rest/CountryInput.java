package org.accord.country.rest;

import java.util.List;
import org.accord.country.CountryDraft;

/** Body of a country registration or update. The code of an update comes from the path. */
public record CountryInput(String code, String name, String certName, String contact24x7, String timeZone,
        List<String> ipPrefixes, List<Long> asNumbers, List<String> domainSuffixes, List<String> publicHolidays) {

    CountryDraft toDraft() {
        return new CountryDraft(name, certName, contact24x7, timeZone, orEmpty(ipPrefixes), orEmpty(asNumbers),
                orEmpty(domainSuffixes), orEmpty(publicHolidays));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
