package org.accord.taxii;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import org.accord.indicator.StixIndicators;

/** The TAXII 2.1 envelope and manifest resources of one page (TAXII 2.1 §3.7, §5.3). */
final class TaxiiEnvelopes {

    static final String STIX_MEDIA_TYPE = "application/stix+json;version=2.1";

    private TaxiiEnvelopes() {
    }

    /** {@code page} holds at most {@code limit + 1} objects; the one past the limit only says that there are more. */
    static TaxiiPage objects(List<SharedIndicator> page, int limit) {
        return write(page, limit, (json, shared) -> StixIndicators.write(json, shared.id(), shared.indicator(),
                shared.report(), shared.request().getReference()));
    }

    static TaxiiPage manifest(List<SharedIndicator> page, int limit) {
        return write(page, limit, (json, shared) -> json.writeStartObject().write("id", shared.id())
                .write("date_added", shared.dateAdded()).write("version", shared.version())
                .write("media_type", STIX_MEDIA_TYPE).writeEnd());
    }

    private interface Item {
        void write(JsonGenerator json, SharedIndicator shared);
    }

    private static TaxiiPage write(List<SharedIndicator> found, int limit, Item item) {
        boolean more = found.size() > limit;
        List<SharedIndicator> page = more ? found.subList(0, limit) : found;
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("more", more);
            if (more) {
                json.write("next", page.get(page.size() - 1).position().encode());
            }
            if (!page.isEmpty()) {
                json.writeStartArray("objects");
                page.forEach(shared -> item.write(json, shared));
                json.writeEnd();
            }
            json.writeEnd();
        }
        return page.isEmpty() ? new TaxiiPage(out.toString(), null, null)
                : new TaxiiPage(out.toString(), page.get(0).dateAdded(), page.get(page.size() - 1).dateAdded());
    }
}
