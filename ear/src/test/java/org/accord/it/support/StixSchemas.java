package org.accord.it.support;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OASIS STIX 2.1 JSON schemas from {@code ../shared/conformance/stix-2.1-schemas/} (relative to the repository),
 * their {@code $id}s mapped to the files (reading files counts as "remote" to the validator; every {@code $ref} is
 * relative, so nothing is fetched from the network).
 */
public final class StixSchemas {

    private static final String BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final Path DIR = Path.of(System.getProperty("accord.repo", ".."), "..", "shared", "conformance",
            "stix-2.1-schemas", "schemas").toAbsolutePath().normalize();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources().schemaIdResolvers(ids -> ids.mapPrefix(BASE,
                    DIR.toUri().toString()))));

    private StixSchemas() {
    }

    public static Path directory() {
        return DIR;
    }

    /** The validation errors of a JSON document against one schema, e.g. {@code common/bundle.json}. */
    public static List<String> errors(String schema, String json) {
        Schema loaded = REGISTRY.getSchema(SchemaLocation.of(BASE + schema));
        List<String> errors = new ArrayList<>();
        loaded.validate(json, InputFormat.JSON).forEach(e -> errors.add(e.toString()));
        return errors;
    }
}
