package org.accord.agreement;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.accord.incident.Tlp;

/**
 * Whether an agreement in force between two countries covers a cross-border action (issue 3,
 * "Enforcement"): the covering agreement, or the reason naming the missing term.
 */
public record Coverage(Agreement agreement, String refusal) {

    public boolean allowed() {
        return agreement != null && refusal == null;
    }

    public Optional<Agreement> covering() {
        return Optional.ofNullable(allowed() ? agreement : null);
    }

    /**
     * Decides among the agreements both countries are party to. Reasons, in this order: no agreement
     * in force; the agreement is suspended; the request type is not covered; the TLP is above the
     * ceiling. With several in force, the first that covers wins; otherwise the newest names the term.
     */
    public static Coverage decide(Collection<Agreement> between, String requestType, Tlp tlp, Instant now) {
        var inForce = between.stream().filter(a -> a.statusAt(now) == AgreementStatus.IN_FORCE)
                .sorted(Comparator.comparing(Agreement::getProposedAt).reversed()).toList();
        if (inForce.isEmpty()) {
            return between.stream().filter(a -> a.statusAt(now) == AgreementStatus.SUSPENDED).findFirst()
                    .map(a -> new Coverage(a, "agreement " + a.getReference() + " is suspended"))
                    .orElseGet(() -> new Coverage(null, "no agreement in force between the two countries"));
        }
        for (Agreement a : inForce) {
            if (a.allowsRequestType(requestType) && (tlp == null || !tlp.isAbove(a.getMaxTlp()))) {
                return new Coverage(a, null);
            }
        }
        Agreement newest = inForce.get(0);
        if (!newest.allowsRequestType(requestType)) {
            return new Coverage(newest, "request type " + requestType + " is not covered by agreement "
                    + newest.getReference());
        }
        return new Coverage(newest, "TLP " + tlp.label() + " is above the ceiling " + newest.getMaxTlp().label()
                + " of agreement " + newest.getReference());
    }

    /**
     * Decides whether evidence of this category and TLP may be shared (issue 4, item 5; docs/evidence.md).
     * The categories that are agreement terms ({@link Terms#EVIDENCE_CATEGORIES}) must be listed by the
     * agreement; any other category ({@code document}, {@code other}) needs only the agreement in force.
     * Reasons, in this order: no agreement in force; suspended; category not covered; TLP above the ceiling.
     */
    public static Coverage decideEvidence(Collection<Agreement> between, String category, Tlp tlp, Instant now) {
        var inForce = between.stream().filter(a -> a.statusAt(now) == AgreementStatus.IN_FORCE)
                .sorted(Comparator.comparing(Agreement::getProposedAt).reversed()).toList();
        if (inForce.isEmpty()) {
            return between.stream().filter(a -> a.statusAt(now) == AgreementStatus.SUSPENDED).findFirst()
                    .map(a -> new Coverage(a, "agreement " + a.getReference() + " is suspended"))
                    .orElseGet(() -> new Coverage(null, "no agreement in force between the two countries"));
        }
        boolean isTerm = Terms.EVIDENCE_CATEGORIES.contains(category);
        for (Agreement a : inForce) {
            if ((!isTerm || a.getEvidenceCategories().contains(category)) && !tlp.isAbove(a.getMaxTlp())) {
                return new Coverage(a, null);
            }
        }
        Agreement newest = inForce.get(0);
        if (isTerm && !newest.getEvidenceCategories().contains(category)) {
            return new Coverage(newest, "evidence category " + category + " is not covered by agreement "
                    + newest.getReference());
        }
        return new Coverage(newest, "TLP " + tlp.label() + " is above the ceiling " + newest.getMaxTlp().label()
                + " of agreement " + newest.getReference());
    }
}
