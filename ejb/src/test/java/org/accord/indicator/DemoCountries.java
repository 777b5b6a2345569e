package org.accord.indicator;

import java.util.List;
import org.accord.country.Country;
import org.accord.country.CountryDraft;

/** The demo countries' constituencies (db/demo), for routing in tests. */
final class DemoCountries {

    private DemoCountries() {
    }

    static Country cn() {
        return new Country("CN", new CountryDraft("China", "CNCERT", "+86", "Asia/Shanghai",
                List.of("1.80.0.0/13", "36.96.0.0/11", "240e::/20"), List.of(4134L, 4837L), List.of(".cn"), List.of()));
    }

    static Country us() {
        return new Country("US", new CountryDraft("United States", "CISA", "+1", "America/New_York",
                List.of("4.0.0.0/9", "2600::/12"), List.of(7018L, 701L), List.of(".us", ".gov"), List.of()));
    }
}
