package org.accord.exchangelog;

import static org.accord.caller.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;

/**
 * Audit dossiers (PRODUCT.md, "Auditor"; issue 5, item 5): the log of one exchange or of one period
 * between two countries as a PDF an outsider can check, with each entry's leaf hash, its inclusion
 * proof and the signed tree head they lead to. National auditors get the entries that involve their
 * country and name no other country; the oversight body's auditors may name any two. Exporting is
 * itself an entry of the log.
 * <p>
 * Two steps, so that the log's append lock is not held while a large dossier streams: {@link #open}
 * checks the query and records the export in its own short transaction; {@link #write} then streams
 * the PDF outside any transaction, reading the entries in batches, with every proof taken from Merkle
 * tree levels built once for the signed head (O(n + k log n) for k entries in a log of n).
 */
@Stateless
@RolesAllowed(AUDITOR)
public class DossierService {

    static final int BATCH = 1_000;

    @Inject
    ExchangeLogRepository repository;

    @Inject
    LeafHashStore leafHashes;

    @Inject
    TreeHeadPublisher publisher;

    @Inject
    ExchangeLog log;

    @Inject
    LogIntegrator integrator;

    @Inject
    Clock clock;

    @Inject
    TenantScope tenant;

    @Inject
    SigningKey signingKey;

    @Inject
    Refusals refusals;

    /** Checks the query and records the export ({@code exchange-log.dossier}) in this transaction. */
    public Dossier open(DossierQuery query) {
        DossierQuery scoped = scoped(query);
        Caller caller = tenant.caller();
        long ticket = log.append(new LogEvent("exchange-log.dossier", involved(caller, scoped), "exchange-log",
                "dossier", null, scoped.describe()));
        return new Dossier(scoped, ticket, clock.instant(), caller.user() + " (" + caller.country() + ")");
    }

    /**
     * Writes the dossier to {@code out} as its entries are read: the log's latest signed tree head (a new
     * one when the log grew, so the export's own entry is covered), every matching entry below its size
     * with its audit path, and how to verify them. Returns the number of entries.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long write(Dossier dossier, OutputStream out) {
        DossierQuery query = scoped(dossier.query());
        String readable = tenant.readableCountry().orElse(null);
        TreeHead head = publisher.publish();
        TreeLevels tree = levels(head);
        try (DossierWriter writer = new DossierWriter(out, cover(dossier, query, readable, head))) {
            long after = -1;
            List<ExchangeLogEntry> batch;
            do {
                batch = repository.dossierBatch(readable, query, after, head.getSize(), BATCH);
                for (ExchangeLogEntry entry : batch) {
                    writer.add(entry.record(), entry.getLeafHash(), tree.auditPath(entry.getSeq()));
                    after = entry.getSeq();
                }
            } while (batch.size() == BATCH);
            writer.finish();
            return writer.count();
        }
    }

    /**
     * The query, checked, with the country it is about: the caller's own unless an oversight auditor named
     * one. A national auditor naming another country is refused, and the refusal logged.
     */
    private DossierQuery scoped(DossierQuery query) {
        query.validate();
        Caller caller = tenant.caller();
        if (query.isExchange()) {
            return query;
        }
        if (query.country() == null) {
            DossierQuery own = query.withCountry(caller.country());
            own.validate();
            return own;
        }
        if (!caller.isOversightAuditor() && !caller.belongsTo(query.country())) {
            throw refusals.denied(new LogEvent("exchange-log.dossier", involved(caller, query), "exchange-log",
                    "dossier", null, query.describe()), "dossier of another country's exchanges",
                    "A national auditor exports dossiers of " + caller.country() + " only");
        }
        return query;
    }

    private static Set<String> involved(Caller caller, DossierQuery query) {
        Set<String> countries = new LinkedHashSet<>(List.of(caller.country()));
        if (!query.isExchange()) {
            countries.add(query.country());
            countries.add(query.partner());
        }
        return countries;
    }

    /** The Merkle tree of the head's size, from the stored leaf hashes, checked against the signed root. */
    private TreeLevels levels(TreeHead head) {
        if (head.getSize() > TreeLevels.MAX_SIZE) {
            throw new IllegalStateException("A log of " + head.getSize() + " entries is too large for a dossier");
        }
        int size = (int) head.getSize();
        byte[] leaves = new byte[size * 32];
        long[] next = {0};
        leafHashes.forEachEntry(size, entry -> {
            if (entry.getSeq() != next[0]) {
                throw new IllegalStateException("Exchange log entry " + next[0] + " is missing");
            }
            System.arraycopy(Base64.getDecoder().decode(entry.getLeafHash()), 0, leaves, (int) next[0]++ * 32, 32);
        });
        TreeLevels tree = TreeLevels.build(leaves, size);
        if (next[0] != size || !Arrays.equals(tree.root(), Base64.getDecoder().decode(head.getRootHash()))) {
            throw new IllegalStateException("The stored leaf hashes do not hash to the root signed for size " + size
                    + ": run \"verify now\"");
        }
        return tree;
    }

    private DossierCover cover(Dossier dossier, DossierQuery query, String readable, TreeHead head) {
        String subject = query.isExchange() ? "One exchange: every entry about " + query.objectId()
                : "One period: every entry involving " + query.country() + " and " + query.partner() + " from "
                        + query.from() + " (inclusive) to " + query.to() + " (exclusive)";
        String scope = readable == null ? "every entry of the log that matches (exported by the oversight body)"
                : "the entries that involve " + readable + " (exported by a national auditor of " + readable + ")";
        return new DossierCover(subject, query.describe(), scope, dossier.exportedBy(), dossier.exportedAt(),
                integrator.positionOf(dossier.exportTicket()), head.getSize(), head.getAt(), head.getRootHash(), head.getSignature(),
                signingKey.publicKeyBase64());
    }
}
