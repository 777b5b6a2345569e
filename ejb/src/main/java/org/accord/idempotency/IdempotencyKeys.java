package org.accord.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;

/**
 * Runs a creating call at most once per (user, operation, key), inside the caller's transaction.
 * The key is claimed before the work starts, so a parallel retry waits on the claim and then
 * fails with a conflict instead of creating a duplicate.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param create  does the work and returns the created object
     * @param idOf    the id under which the created object can be found again
     * @param replay  loads the object created by the first call
     */
    public <T> T once(String caller, String operation, String key, String requestBody, Supplier<T> create,
            Function<T, String> idOf, Function<String, T> replay) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = sha256(requestBody);
        Optional<IdempotencyRecord> earlier = em.createNamedQuery("IdempotencyRecord.find", IdempotencyRecord.class)
                .setParameter("caller", caller).setParameter("operation", operation).setParameter("key", key)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().getRequestHash().equals(hash)) {
                throw new InvalidInputException("Idempotency-Key", "was already used for a different request");
            }
            return replay.apply(earlier.get().getResultId());
        }
        IdempotencyRecord claim = new IdempotencyRecord(caller, operation, key, hash, Instant.now(clock));
        try {
            em.persist(claim);
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException("A request with this Idempotency-Key is being processed; retry it");
            }
            throw e;
        }
        T created = create.get();
        claim.setResultId(idOf.apply(created));
        return created;
    }

    /** SQLSTATE 23505, unique_violation, on PostgreSQL and H2 alike. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
