package org.accord.evidence;

import java.util.List;

/**
 * Evidence as the caller may see it: the shares it may see (all for the owner's users and oversight
 * auditors, only its own country's for a receiver) and what it may do.
 */
public record VisibleEvidence(Evidence evidence, List<EvidenceShare> shares, boolean canDownload, boolean canShare) {
}
