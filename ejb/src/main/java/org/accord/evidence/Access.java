package org.accord.evidence;

import java.util.List;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;

/**
 * Evidence that the caller was found to read, with what follows from who the caller is: whether the read
 * crosses a border, under which share, which shares the caller sees, what it may do.
 */
final class Access {

    private final Evidence evidence;
    private final List<String> receivers;
    private final Caller caller;
    private final String agreement;
    private final VisibleEvidence visible;
    private final boolean ownerSide;

    Access(Evidence evidence, List<EvidenceShare> shares, List<EvidenceShare> open, List<String> receivers,
            TenantScope tenant) {
        this.evidence = evidence;
        this.receivers = receivers;
        this.caller = tenant.caller();
        this.agreement = open.stream().filter(s -> caller.belongsTo(s.getCountry()))
                .map(EvidenceShare::getAgreementReference).findFirst().orElse(null);
        this.ownerSide = tenant.canRead(evidence.getOwnerCountry());
        List<EvidenceShare> seen = ownerSide ? shares
                : shares.stream().filter(s -> caller.belongsTo(s.getCountry()) && open.contains(s)).toList();
        this.visible = new VisibleEvidence(evidence, seen,
                tenant.canDownloadEvidence(evidence.getOwnerCountry(), receivers),
                tenant.canShareEvidence(evidence.getOwnerCountry()));
    }

    Evidence evidence() {
        return evidence;
    }

    List<String> receivers() {
        return receivers;
    }

    boolean crossBorder() {
        return !caller.belongsTo(evidence.getOwnerCountry());
    }

    /** The agreement of the caller's country's open share, if the caller reads as a receiver. */
    String agreement() {
        return agreement;
    }

    List<String> involved() {
        return List.of(evidence.getOwnerCountry(), caller.country());
    }

    /**
     * Whether the caller sees this custody event: the owner's side (and oversight) sees all; a receiver sees
     * the owner's own handling and what concerns its own country, never a share with, or a download by,
     * another receiver (docs/evidence.md: "a receiver sees only its own").
     */
    boolean sees(CustodyEvent event) {
        if (ownerSide) {
            return true;
        }
        if (event.getPartnerCountry() != null) {
            return caller.belongsTo(event.getPartnerCountry());
        }
        return evidence.getOwnerCountry().equals(event.getActorCountry()) || caller.belongsTo(event.getActorCountry());
    }

    VisibleEvidence visible() {
        return visible;
    }

    DownloadTicket ticket() {
        return DownloadTicket.of(evidence, caller.country(), agreement, receivers);
    }
}
