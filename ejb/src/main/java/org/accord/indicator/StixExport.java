package org.accord.indicator;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.accord.incident.IncidentReport;
import org.accord.incident.Tlp;

/**
 * A report as a STIX 2.1 bundle (docs/indicators.md, "STIX 2.1"), written as a stream: the reporting CERT as
 * an identity, the TLP 2.0 marking definitions with their official ids, per indicator a STIX indicator
 * (pattern, valid_from, the role as {@code x_accord_role}) and a relationship to the incident, and last the
 * incident itself as a STIX report of type {@code incident} whose {@code object_refs} name every indicator (a
 * second pass over them). The STIX objects the report keeps as context follow the markings, verbatim
 * (docs/indicators.md, "STIX 2.1 import"). First and last seen are written exactly as stored, in
 * {@code x_accord_first_seen} and {@code x_accord_last_seen} ({@code valid_from} falls back to the awareness
 * time), so a re-import restores them. A report SDO rather than the 2.1 incident SDO: the OASIS bundle schema
 * does not admit incident objects, and every exported bundle must validate. Ids are name-based UUIDs of the report and
 * value, so exporting twice gives the same ids.
 */
final class StixExport {

    static final String TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    private static final String TLP_CREATED = "2022-10-01T00:00:00.000Z";

    private final IncidentReport report;
    private final boolean content;
    private final String identity;
    private final String incident;
    private final String marking;

    StixExport(IncidentReport report, boolean content) {
        this.report = report;
        this.content = content;
        this.identity = StixIndicators.identityOf(report.getOwnerCountry());
        this.incident = id("report", "accord:report:" + report.getReference());
        this.marking = StixIndicators.TLP_IDS.get(report.getTlp());
    }

    /** Writes the bundle; {@code batches} gives the report's indicators a batch at a time (empty at the end). */
    void write(Writer out, IntFunction<List<Indicator>> batches, Function<String, List<Object[]>> context) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("type", "bundle").write("id", "bundle--" + UUID.randomUUID())
                    .writeStartArray("objects");
            identity(json);
            markings(json);
            context(json, context);
            int after = 0;
            for (List<Indicator> batch; !(batch = batches.apply(after)).isEmpty(); ) {
                for (Indicator indicator : batch) {
                    indicator(json, indicator);
                    after = indicator.getN();
                }
            }
            incident(json);
            json.writeStartArray("object_refs").write(identity);
            after = 0;
            for (List<Indicator> batch; !(batch = batches.apply(after)).isEmpty(); ) {
                for (Indicator indicator : batch) {
                    json.write(indicatorId(indicator));
                    after = indicator.getN();
                }
            }
            json.writeEnd().writeEnd().writeEnd().writeEnd();
        }
    }

    /** The objects kept as context, verbatim ({id, JSON} a batch at a time after an id; empty at the end). */
    private static void context(JsonGenerator json, Function<String, List<Object[]>> batches) {
        String after = "";
        for (List<Object[]> batch; !(batch = batches.apply(after)).isEmpty(); ) {
            for (Object[] row : batch) {
                try (var reader = Json.createReader(new StringReader((String) row[1]))) {
                    json.write(reader.readObject());
                }
                after = (String) row[0];
            }
        }
    }

    private void identity(JsonGenerator json) {
        common(json, "identity", identity).write("name", "CERT of " + report.getOwnerCountry())
                .write("identity_class", "organization").writeStartArray("sectors").write("government-national")
                .writeEnd().writeEnd();
    }

    private static void markings(JsonGenerator json) {
        for (Tlp tlp : Tlp.values()) {
            json.writeStartObject().write("type", "marking-definition").write("spec_version", "2.1")
                    .write("id", StixIndicators.TLP_IDS.get(tlp)).write("created", TLP_CREATED)
                    .write("name", "TLP:" + tlp.label())
                    .writeStartObject("extensions").writeStartObject(TLP_EXTENSION)
                    .write("extension_type", "property-extension")
                    .write("tlp_2_0", tlp.label().toLowerCase()).writeEnd().writeEnd().writeEnd();
        }
    }

    /** The report's own object, left open for its {@code object_refs}. */
    private void incident(JsonGenerator json) {
        common(json, "report", incident).write("created_by_ref", identity).write("name", report.getReference()
                + (content ? " " + report.getTitle() : "")).writeStartArray("report_types").write("incident")
                .writeEnd().write("published", StixIndicators.TIMESTAMP.format(report.getCreatedAt()));
        if (content) {
            json.write("description", report.getDescription());
        }
        json.writeStartArray("object_marking_refs").write(marking).writeEnd();
    }

    private String indicatorId(Indicator indicator) {
        return id("indicator", "accord:indicator:" + report.getReference() + ":" + indicator.getType().wire() + ":"
                + indicator.getValue());
    }

    private void indicator(JsonGenerator json, Indicator indicator) {
        String id = indicatorId(indicator);
        StixIndicators.write(json, id, indicator, report, null);
        common(json, "relationship", id("relationship", id + "->" + incident)).write("created_by_ref", identity)
                .write("relationship_type", "related-to").write("source_ref", id).write("target_ref", incident)
                .writeStartArray("object_marking_refs").write(marking).writeEnd().writeEnd();
    }

    private JsonGenerator common(JsonGenerator json, String type, String id) {
        return StixIndicators.common(json, type, id, report);
    }

    private static String id(String type, String name) {
        return StixIndicators.id(type, name);
    }
}
