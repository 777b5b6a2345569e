package org.accord.country.rest;

import java.util.List;
import org.accord.country.Country;

/** A country as the API shows it. */
public record CountryView(String code, String name, String certName, String contact24x7, String timeZone,
        List<String> ipPrefixes, List<Long> asNumbers, List<String> domainSuffixes, List<String> publicHolidays) {

    static CountryView of(Country c) {
        return new CountryView(c.getCode(), c.getName(), c.getCertName(), c.getContact24x7(), c.getTimeZone(),
                c.getIpPrefixes(), c.getAsNumbers(), c.getDomainSuffixes(), c.getPublicHolidays());
    }
}
