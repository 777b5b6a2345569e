package org.accord.indicator;

/**
 * A STIX object kept verbatim as context of a report (docs/indicators.md, "STIX 2.1 import"): its id, type,
 * the JSON text as received, and why it was kept when that needs saying (a pattern that is not reducible).
 */
record ContextObject(String id, String type, String json, String note) {
}
