package org.accord.country;

import inet.ipaddr.IPAddressString;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** What an admin submits to register or update a country; validated before it is stored. */
public record CountryDraft(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String certName,
        @NotBlank @Size(max = 200) String contact24x7,
        @NotBlank String timeZone,
        @NotNull @Size(max = 5000) List<String> ipPrefixes,
        @NotNull @Size(max = 5000) List<Long> asNumbers,
        @NotNull @Size(max = 1000) List<String> domainSuffixes,
        @NotNull @Size(max = 400) List<String> publicHolidays) {

    private static final Pattern DOMAIN_SUFFIX =
            Pattern.compile("^\\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$");
    private static final long MAX_ASN = 4_294_967_295L;

    public CountryDraft {
        ipPrefixes = ipPrefixes == null ? null : ipPrefixes.stream().map(String::strip).toList();
        domainSuffixes = domainSuffixes == null ? null : domainSuffixes.stream().map(s -> s.strip().toLowerCase()).toList();
        publicHolidays = publicHolidays == null ? null : publicHolidays.stream().map(String::strip).distinct().toList();
    }

    @AssertTrue(message = "each entry must be a date such as 2026-12-24 or, for every year, --12-25")
    public boolean isPublicHolidays() {
        return publicHolidays == null || publicHolidays.stream().allMatch(BusinessCalendar.Holiday::isValid);
    }

    @AssertTrue(message = "must be an IANA time zone such as Europe/Berlin")
    public boolean isTimeZone() {
        try {
            return timeZone == null || ZoneId.of(timeZone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @AssertTrue(message = "each entry must be an IPv4 or IPv6 prefix such as 192.0.2.0/24")
    public boolean isIpPrefixes() {
        return ipPrefixes == null || ipPrefixes.stream().allMatch(p -> {
            var address = new IPAddressString(p).getAddress();
            return address != null && address.isPrefixed();
        });
    }

    @AssertTrue(message = "each entry must be an AS number between 1 and 4294967295")
    public boolean isAsNumbers() {
        return asNumbers == null || asNumbers.stream().allMatch(n -> n != null && n > 0 && n <= MAX_ASN);
    }

    @AssertTrue(message = "each entry must be a domain suffix such as .example or example.org")
    public boolean isDomainSuffixes() {
        return domainSuffixes == null || domainSuffixes.stream().allMatch(s -> DOMAIN_SUFFIX.matcher(s).matches());
    }
}
