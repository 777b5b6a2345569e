package org.accord.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One request per country, in one action (docs/indicators.md): the countries chosen from the routing view
 * and what every request says; each request carries only the indicators routed to its country.
 */
public record PerCountryDraft(
        @NotNull @Size(min = 1, max = 100, message = "must name between 1 and 100 countries") List<String> countries,
        @NotBlank String type,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String body,
        String agreement) {

    public PerCountryDraft {
        countries = countries == null ? null : countries.stream().map(c -> c == null ? "" : c.strip().toUpperCase())
                .distinct().toList();
    }
}
