package org.accord.taxii;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The indicators {@code partner} shared with {@code country} through cooperation requests, as a TAXII collection
 * (docs/taxii.md, "Collections"). Its id is the name-based UUID of the pair, so it never changes.
 */
public record TaxiiCollection(String partner, String country) {

    public String id() {
        return UUID.nameUUIDFromBytes(("accord:taxii:collection:" + partner + ":" + country)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String title() {
        return "Indicators shared by " + partner + " with " + country;
    }

    public String description() {
        return "The indicators of the cooperation requests " + partner + " sent " + country
                + " while each request shows its reports under an agreement in force";
    }
}
