package org.accord.indicator;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one object of a STIX bundle becomes (docs/indicators.md, "STIX 2.1 import"): indicators (through
 * {@link StixIndicatorReader}), context kept verbatim, nothing (what Accord's export writes itself: the TLP marking
 * definitions, Accord's identities, and the report and relationships those identities created), or an error.
 */
final class StixObjects {

    /** The STIX 2.1 object types (STIX 2.1 §4–§7); a custom type starts with {@code x-}. */
    private static final Set<String> TYPES = Set.of("attack-pattern", "campaign", "course-of-action", "grouping",
            "identity", "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware",
            "malware-analysis", "note", "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability",
            "relationship", "sighting", "marking-definition", "language-content", "extension-definition",
            "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file",
            "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url",
            "user-account", "windows-registry-key", "x509-certificate");
    private static final Set<String> OBSERVABLES = Set.of("artifact", "autonomous-system", "directory",
            "domain-name", "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex",
            "network-traffic", "process", "software", "url", "user-account", "windows-registry-key",
            "x509-certificate");
    private static final Pattern ID = Pattern.compile(
            "([a-z0-9][a-z0-9-]*)--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final StixIndicatorReader indicators;
    private final StixMarkings markings;
    private final Set<String> accordIdentities;

    StixObjects(StixIndicatorReader indicators, StixMarkings markings, Set<String> accordIdentities) {
        this.indicators = indicators;
        this.markings = markings;
        this.accordIdentities = accordIdentities;
    }

    ImportRecord read(long index, JsonObject object, String json) throws LineParser.BadLine {
        String type = string(object, "type");
        String id = string(object, "id");
        String shown = id != null ? id : type != null ? type : "(an object without id and type)";
        if (type == null || id == null) {
            throw new LineParser.BadLine(shown, "a STIX object needs a type and an id");
        }
        var matcher = ID.matcher(id);
        if (!matcher.matches() || !matcher.group(1).equals(type)) {
            throw new LineParser.BadLine(shown, "the id is not " + type + "--<UUID>");
        }
        if (!TYPES.contains(type) && !type.startsWith("x-")) {
            throw new LineParser.BadLine(id, "unknown object type \"" + type + "\": neither a STIX 2.1 type nor a"
                    + " custom x- type");
        }
        if (!OBSERVABLES.contains(type) && !"2.1".equals(string(object, "spec_version"))) {
            throw new LineParser.BadLine(id, "not a STIX 2.1 object: spec_version must be \"2.1\"");
        }
        markings.check(object, id);
        if (type.equals("marking-definition") && (markings.learn(object, id) != null && StixMarkings.isOfficial(id))) {
            return ImportRecord.NOTHING; // the export writes the official TLP definitions itself
        }
        String creator = string(object, "created_by_ref");
        if (accordIdentities.contains(id) || (creator != null && accordIdentities.contains(creator)
                && (type.equals("report") || type.equals("relationship")))) {
            return ImportRecord.NOTHING; // Accord's own objects: the export writes the report's own again
        }
        if (json.length() > ContextSink.MAX_JSON && !type.equals("indicator")) {
            throw new LineParser.BadLine(id, "the object is longer than " + ContextSink.MAX_JSON + " characters");
        }
        if (type.equals("indicator")) {
            return indicators.read(index, id, object, json);
        }
        return new ImportRecord(java.util.List.of(), new ContextObject(id, type, json, null));
    }

    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
