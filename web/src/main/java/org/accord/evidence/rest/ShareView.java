package org.accord.evidence.rest;

import java.time.Instant;
import org.accord.evidence.EvidenceShare;

/** One share of evidence with a partner country. */
public record ShareView(String evidence, String partner, String agreement, String sharedBy, Instant sharedAt,
        Instant expiresAt, String status, String endedBy, Instant endedAt) {

    static ShareView of(EvidenceShare s) {
        return new ShareView(s.getEvidence().getReference(), s.getCountry(), s.getAgreementReference(),
                s.getSharedBy(), s.getSharedAt(), s.getExpiresAt(), s.getStatus().wire(), s.getEndedBy(),
                s.getEndedAt());
    }
}
