package org.accord.indicator;

import jakarta.json.stream.JsonGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.accord.incident.IncidentReport;
import org.accord.incident.Tlp;

/**
 * One indicator of a report as a STIX 2.1 {@code indicator} object (docs/indicators.md, "STIX 2.1 export"), the
 * mapping that the bundle export ({@link StixExport}) and TAXII (docs/taxii.md) share: the pattern, validity from
 * first and last seen (and both as stored, {@code x_accord_first_seen} / {@code x_accord_last_seen}, for a
 * re-import), the role as {@code indicator_types} and {@code x_accord_role}, the reporting CERT as creator
 * and the report's TLP 2.0 marking. Ids are name-based UUIDs, so the same name always gives the same id.
 */
public final class StixIndicators {

    /** The OASIS TLP 2.0 marking definitions (extension-definition--60a3c5c5-…, STIX 2.1 TLP 2.0 profile). */
    static final Map<Tlp, String> TLP_IDS = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    /** STIX timestamps: UTC, milliseconds. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private StixIndicators() {
    }

    /** A STIX id whose UUID is name-based: {@code type--uuid(name)}. */
    public static String id(String type, String name) {
        return type + "--" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The identity object of a country's CERT, the creator of its reports' objects. */
    static String identityOf(String country) {
        return id("identity", "accord:country:" + country);
    }

    /** The report's object version: its last change. */
    public static String modified(IncidentReport report) {
        return TIMESTAMP.format(report.getUpdatedAt());
    }

    /**
     * Writes the indicator object; {@code request} (nullable) is the cooperation request that carried it, written as
     * {@code x_accord_request}.
     */
    public static void write(JsonGenerator json, String id, Indicator indicator, IncidentReport report,
            String request) {
        String marking = TLP_IDS.get(report.getTlp());
        Instant validFrom = indicator.getFirstSeen() == null ? report.getAwareAt() : indicator.getFirstSeen();
        common(json, "indicator", id, report).write("created_by_ref", identityOf(report.getOwnerCountry()))
                .write("name", indicator.getType().wire() + " " + indicator.getValue())
                .writeStartArray("indicator_types").write(indicatorType(indicator.getRole())).writeEnd()
                .write("pattern", StixPatterns.of(indicator.getType(), indicator.getValue()))
                .write("pattern_type", "stix").write("valid_from", TIMESTAMP.format(validFrom));
        if (indicator.getLastSeen() != null && indicator.getLastSeen().isAfter(validFrom)) {
            json.write("valid_until", TIMESTAMP.format(indicator.getLastSeen()));
        }
        // exactly as stored, so an import restores them (valid_from falls back to the awareness time)
        if (indicator.getFirstSeen() != null) {
            json.write("x_accord_first_seen", TIMESTAMP.format(indicator.getFirstSeen()));
        }
        if (indicator.getLastSeen() != null) {
            json.write("x_accord_last_seen", TIMESTAMP.format(indicator.getLastSeen()));
        }
        json.write("x_accord_role", indicator.getRole().wire());
        if (request != null) {
            json.write("x_accord_request", request);
        }
        json.writeStartArray("object_marking_refs").write(marking).writeEnd().writeEnd();
    }

    /** Opens an object with the common properties; created and modified are the report's. */
    static JsonGenerator common(JsonGenerator json, String type, String id, IncidentReport report) {
        return json.writeStartObject().write("type", type).write("spec_version", "2.1").write("id", id)
                .write("created", TIMESTAMP.format(report.getCreatedAt())).write("modified", modified(report));
    }

    /** indicator-type-ov: a control server is malicious activity, an infected system is compromised. */
    private static String indicatorType(IndicatorRole role) {
        return switch (role) {
            case C2_SERVER, SOURCE -> "malicious-activity";
            case INFECTED_SYSTEM, TARGET -> "compromised";
            case OTHER -> "unknown";
        };
    }
}
