package org.accord.indicator;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.accord.common.InvalidInputException;
import org.accord.incident.Tlp;

/**
 * The TLP markings of a STIX bundle against the report's TLP (docs/indicators.md, "STIX 2.1 import"): the TLP 2.0
 * marking definitions and the TLP 1 ones of STIX 2.1 §7.2.1.4 by their official ids (WHITE is CLEAR), and any
 * other marking definition that states a TLP level. An object marked above the report's TLP refuses the whole
 * import: Accord never lowers a marking. A reference to a definition met later in the bundle is checked at the end.
 */
final class StixMarkings {

    private static final Map<String, Tlp> OFFICIAL = new HashMap<>();
    private static final int MAX_PENDING = 10_000;

    static {
        StixIndicators.TLP_IDS.forEach((tlp, id) -> OFFICIAL.put(id, tlp));
        OFFICIAL.put("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR);
        OFFICIAL.put("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN);
        OFFICIAL.put("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER);
        OFFICIAL.put("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);
    }

    private final Tlp report;
    private final Map<String, Tlp> defined = new HashMap<>();
    /** References to marking definitions not (yet) known: the id referred to, the first object referring. */
    private final Map<String, String> pending = new LinkedHashMap<>();

    StixMarkings(Tlp report) {
        this.report = report;
    }

    static boolean isOfficial(String id) {
        return OFFICIAL.containsKey(id);
    }

    /** Checks the object's markings (object and granular); refuses the import for one above the report's TLP. */
    void check(JsonObject object, String id) {
        if (object.get("object_marking_refs") instanceof jakarta.json.JsonArray refs) {
            for (JsonValue ref : refs) {
                if (ref instanceof JsonString s) {
                    check(s.getString(), id);
                }
            }
        }
        if (object.get("granular_markings") instanceof jakarta.json.JsonArray granular) {
            for (JsonValue marking : granular) {
                if (marking instanceof JsonObject m && m.get("marking_ref") instanceof JsonString s) {
                    check(s.getString(), id);
                }
            }
        }
    }

    private void check(String ref, String objectId) {
        Tlp tlp = OFFICIAL.getOrDefault(ref, defined.get(ref));
        if (tlp == null) {
            if (pending.size() < MAX_PENDING) {
                pending.putIfAbsent(ref, objectId);
            }
        } else if (tlp.isAbove(report)) {
            throw new InvalidInputException("markings", objectId + " is marked TLP:" + tlp.label() + ", above the"
                    + " report's TLP:" + report.label() + ". Nothing was imported: Accord never lowers a marking;"
                    + " raise the report's TLP first, or import a bundle marked at most TLP:" + report.label() + ".");
        }
    }

    /** A marking definition that states a TLP level (TLP 1 {@code definition.tlp} or the TLP 2.0 extension). */
    Tlp learn(JsonObject definition, String id) {
        Tlp tlp = OFFICIAL.get(id);
        if (tlp == null) {
            tlp = level(definition);
            if (tlp != null) {
                defined.put(id, tlp);
                String referrer = pending.remove(id);
                if (referrer != null) {
                    check(id, referrer);
                }
            }
        }
        return tlp;
    }

    private static Tlp level(JsonObject definition) {
        String label = null;
        if (definition.get("definition") instanceof JsonObject d && d.get("tlp") instanceof JsonString s) {
            label = s.getString();
        } else if (definition.get("extensions") instanceof JsonObject ext
                && ext.get(StixExport.TLP_EXTENSION) instanceof JsonObject e && e.get("tlp_2_0") instanceof JsonString s) {
            label = s.getString();
        }
        if (label == null) {
            return null;
        }
        String upper = label.toUpperCase(Locale.ROOT);
        return upper.equals("WHITE") ? Tlp.CLEAR : Tlp.fromLabel(upper).orElse(null);
    }
}
