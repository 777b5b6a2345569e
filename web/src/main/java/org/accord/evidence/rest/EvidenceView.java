package org.accord.evidence.rest;

import java.time.Instant;
import java.util.List;
import org.accord.evidence.Evidence;
import org.accord.evidence.VisibleEvidence;

/** Evidence as the API shows it: what the owner said, what the server found, and the shares the caller may see. */
public record EvidenceView(String id, String report, String country, String name, String category, String tlp,
        String description, String mediaType, long size, String sha256, String integrity, Instant lastVerifiedAt,
        String uploadedBy, Instant uploadedAt, List<ShareView> shares) {

    static EvidenceView of(Evidence e, List<ShareView> shares) {
        return new EvidenceView(e.getReference(), e.getReportReference(), e.getOwnerCountry(), e.getDisplayName(),
                e.getCategory(), e.getTlp().label(), e.getDescription(), e.getMediaType(), e.getSize(), e.getSha256(),
                e.getIntegrity().wire(), e.getLastVerifiedAt(), e.getUploadedBy(), e.getUploadedAt(), shares);
    }

    static EvidenceView of(VisibleEvidence visible) {
        return of(visible.evidence(), visible.shares().stream().map(ShareView::of).toList());
    }

    /** In lists: without shares. */
    static EvidenceView summary(Evidence e) {
        return of(e, null);
    }
}
