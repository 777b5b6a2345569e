package org.accord.indicator.rest;

import java.util.List;
import org.accord.indicator.PerCountryDraft;

/** The body of "one request per country": countries, request type, title, body, optionally the agreement. */
public record PerCountryInput(List<String> countries, String type, String title, String body, String agreement) {

    PerCountryDraft toDraft() {
        return new PerCountryDraft(countries, type, title, body, agreement);
    }
}
