package org.accord.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** A country taking part in Accord: the tenant that owns reports, requests and evidence. */
@Entity
@Table(name = "country")
@NamedQuery(name = "Country.all", query = "select c from Country c order by c.code")
public class Country {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "cert_name", nullable = false)
    private String certName;

    @Column(name = "contact_24x7", nullable = false)
    private String contact24x7;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Constituency lists, one value per line; the routing of indicators reads them. */
    @Column(name = "ip_prefixes", nullable = false)
    private String ipPrefixes = "";

    @Column(name = "as_numbers", nullable = false)
    private String asNumbers = "";

    @Column(name = "domain_suffixes", nullable = false)
    private String domainSuffixes = "";

    /** One holiday per line, {@code 2026-12-24} or {@code --12-25} (every year). */
    @Column(name = "public_holidays", nullable = false)
    private String publicHolidays = "";

    @Version
    private long version;

    protected Country() {
    }

    public Country(String code, CountryDraft draft) {
        this.code = code;
        apply(draft);
    }

    void apply(CountryDraft draft) {
        this.name = draft.name().strip();
        this.certName = draft.certName().strip();
        this.contact24x7 = draft.contact24x7().strip();
        this.timeZone = draft.timeZone();
        this.ipPrefixes = String.join("\n", draft.ipPrefixes());
        this.asNumbers = String.join("\n", draft.asNumbers().stream().map(String::valueOf).toList());
        this.domainSuffixes = String.join("\n", draft.domainSuffixes());
        this.publicHolidays = String.join("\n", draft.publicHolidays());
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCertName() {
        return certName;
    }

    public String getContact24x7() {
        return contact24x7;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<String> getIpPrefixes() {
        return lines(ipPrefixes);
    }

    public List<Long> getAsNumbers() {
        return lines(asNumbers).stream().map(Long::valueOf).toList();
    }

    public List<String> getDomainSuffixes() {
        return lines(domainSuffixes);
    }

    public List<String> getPublicHolidays() {
        return lines(publicHolidays);
    }

    public long getVersion() {
        return version;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
