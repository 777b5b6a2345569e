package org.accord.caller;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place that decides which country's data the caller may see or change. Services ask it
 * before they return or touch a country-owned object; list queries take their country filter
 * from {@link #readableCountry()} instead of building their own.
 * <p>
 * Rules (PRODUCT.md, "Who uses it"): reporters, liaisons and auditors of a country read its
 * objects; reporters and liaisons change them; the oversight body's auditors ({@code INT}) read
 * every country; admins manage countries only and never see incident content.
 */
@RequestScoped
public class TenantScope {

    @Inject
    CurrentCaller currentCaller;

    public Caller caller() {
        return currentCaller.get();
    }

    public boolean canRead(String ownerCountry) {
        Caller caller = caller();
        if (caller.isOversightAuditor()) {
            return true;
        }
        return caller.belongsTo(ownerCountry)
                && (caller.hasRole(Roles.REPORTER) || caller.hasRole(Roles.LIAISON) || caller.hasRole(Roles.AUDITOR));
    }

    public boolean canWrite(String ownerCountry) {
        Caller caller = caller();
        return caller.belongsTo(ownerCountry) && (caller.hasRole(Roles.REPORTER) || caller.hasRole(Roles.LIAISON));
    }

    /**
     * Agreements (docs/agreements.md): reporters, liaisons and auditors of a party country, and the
     * oversight body's auditors, read them; only a party's liaison acts on them.
     */
    public boolean canReadAgreement(Collection<String> parties) {
        return parties.stream().anyMatch(this::canRead);
    }

    public boolean canActOnAgreement(Collection<String> parties) {
        Caller caller = caller();
        return caller.hasRole(Roles.LIAISON) && parties.contains(caller.country());
    }

    /**
     * An object of {@code ownerCountry} that its owner shared with some countries (a report linked to a
     * cooperation request): readable as {@link #canRead} says, and also by the reporters, liaisons and
     * auditors of a country it is shared with. {@code sharedWith} is asked only when needed.
     */
    public boolean canReadShared(String ownerCountry, Predicate<String> sharedWith) {
        Caller caller = caller();
        return canRead(ownerCountry) || (caller.country() != null && !caller.isOversightAuditor()
                && (caller.hasRole(Roles.REPORTER) || caller.hasRole(Roles.LIAISON) || caller.hasRole(Roles.AUDITOR))
                && sharedWith.test(caller.country()));
    }

    /**
     * Cooperation requests (docs/cooperation-requests.md): read by either country's reporters, liaisons
     * and auditors, and by the oversight body's auditors.
     */
    public boolean canReadExchange(String sender, String requested) {
        return canRead(sender) || canRead(requested);
    }

    /** The sending side acts through its reporters and liaisons; the requested side through its liaisons. */
    public boolean canActForSender(String sender) {
        return canWrite(sender);
    }

    public boolean canActForResponder(String requested) {
        Caller caller = caller();
        return caller.hasRole(Roles.LIAISON) && caller.belongsTo(requested);
    }

    /**
     * Evidence (docs/evidence.md, "Who sees what"): read by whoever reads the owner's objects, and by the
     * reporters, liaisons and auditors of a country it is shared with ({@code receivers}: the countries
     * whose share is active and within retention at this moment).
     */
    public boolean canReadEvidence(String owner, Collection<String> receivers) {
        return canRead(owner) || receivers.stream().anyMatch(this::canRead);
    }

    /** Evidence content goes to reporters and liaisons of the owner or of a receiver, never to auditors. */
    public boolean canDownloadEvidence(String owner, Collection<String> receivers) {
        return canWrite(owner) || receivers.stream().anyMatch(this::canWrite);
    }

    /** Only the owner country's liaison shares evidence with a partner or revokes a share. */
    public boolean canShareEvidence(String owner) {
        Caller caller = caller();
        return caller.hasRole(Roles.LIAISON) && caller.belongsTo(owner);
    }

    /**
     * Indicators of a report (docs/indicators.md, "Who may do what"): its own country's reporters, liaisons and
     * auditors and the oversight body's auditors list them, auditors not of a TLP:RED report. A partner country
     * never lists a report's indicators; it sees those of a request addressed to it ({@link #canReadExchange}).
     */
    public boolean canReadIndicators(String ownerCountry, boolean red) {
        return canRead(ownerCountry) && (!red || canWrite(ownerCountry));
    }

    /** Only the owner's reporters and liaisons import, re-route and send indicators on. */
    public boolean canWriteIndicators(String ownerCountry) {
        return canWrite(ownerCountry);
    }

    /** The country a list query is limited to, or empty when the caller may read every country. */
    public Optional<String> readableCountry() {
        Caller caller = caller();
        return caller.isOversightAuditor() ? Optional.empty() : Optional.of(caller.country());
    }
}
