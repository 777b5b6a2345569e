package org.accord.exchangelog;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.Page;
import org.accord.exchangelog.merkle.ConsistencyProof;
import org.accord.exchangelog.merkle.InclusionProof;

/**
 * Reading and checking the exchange log. Nobody writes through here. Reporters, liaisons and
 * national auditors see the entries that involve their country, the oversight body's auditors all
 * of them; every read is itself an entry. Proofs and tree heads hold only hashes, so every role
 * that reads the log may fetch them.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class ExchangeLogService {

    @Inject
    ExchangeLogRepository repository;

    @Inject
    LeafHashStore leafHashes;

    @Inject
    TreeHeadPublisher publisher;

    @Inject
    LogVerifier verifier;

    @Inject
    LogIntegrator integrator;

    @Inject
    ExchangeLog log;

    @Inject
    TenantScope tenant;

    @Inject
    SigningKey signingKey;

    public Page<ExchangeLogEntry> entries(LogFilter filter) {
        if (filter.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (filter.size() < 1 || filter.size() > LogFilter.MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + LogFilter.MAX_PAGE_SIZE);
        }
        Caller caller = tenant.caller();
        log.append(new LogEvent("exchange-log.read", List.of(caller.country()), "exchange-log", "entries", null,
                filter.describe()));
        integrator.integrate();
        return repository.entries(tenant.readableCountry().orElse(null), filter);
    }

    public List<TreeHead> treeHeads() {
        return repository.treeHeads();
    }

    /** The latest published head (heads are published every minute and on demand; the first on first use). */
    public TreeHead latestTreeHead() {
        return repository.latestTreeHead().orElseGet(publisher::publish);
    }

    @RolesAllowed(AUDITOR)
    public TreeHead publishTreeHead() {
        return publisher.publish();
    }

    public String publicKey() {
        return signingKey.publicKeyBase64();
    }

    /** The audit path of entry {@code seq} in the tree of the signed head of {@code size}. */
    public List<String> inclusionProof(long seq, long size) {
        requireHead(size);
        if (seq < 0 || seq >= size) {
            throw new InvalidInputException("seq", "must be between 0 and " + (size - 1));
        }
        return base64(InclusionProof.generate(seq, size, leafHashes.load(size)));
    }

    /** The proof that the tree of {@code from} entries is a prefix of the tree of {@code to} entries. */
    public List<String> consistencyProof(long from, long to) {
        requireHead(from);
        requireHead(to);
        if (from > to) {
            throw new InvalidInputException("from", "must not be larger than to");
        }
        return base64(ConsistencyProof.generate(from, to, leafHashes.load(to)));
    }

    @RolesAllowed(AUDITOR)
    public Verification verifyNow() {
        Caller caller = tenant.caller();
        log.append(new LogEvent("exchange-log.verify", List.of(caller.country()), "exchange-log", "all", null, null));
        integrator.integrate();
        return verifier.verify();
    }

    private void requireHead(long size) {
        if (repository.treeHead(size) == null) {
            throw new NotFoundException("No signed tree head of size " + size);
        }
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }
}
