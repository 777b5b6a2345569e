package org.accord.evidence;

import org.accord.incident.Tlp;

/**
 * An upload that passed every check that needs no byte of the body: the report it belongs to, the checked
 * metadata, the sanitized display name, and how many bytes it may have at most.
 */
public record UploadPlan(String reportReference, String ownerCountry, EvidenceCategory category, Tlp tlp,
        String displayName, String description, long maxBytes) {
}
