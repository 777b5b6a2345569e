package org.accord.exchangelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.accord.exchangelog.merkle.LeafHashSource;

/**
 * Reads the stored leaf hashes in position order, a batch at a time, so that a tree of millions of
 * entries is hashed with bounded memory.
 */
@ApplicationScoped
public class LeafHashStore {

    private static final int BATCH = 10_000;

    @PersistenceContext
    EntityManager em;

    /** Feeds the stored entries below position {@code limit} to {@code sink}, in position order. */
    public void forEachEntry(long limit, Consumer<ExchangeLogEntry> sink) {
        forEachEntry(0, limit, sink);
    }

    /** Feeds the stored entries {@code [start, limit)} to {@code sink}, in position order. */
    public void forEachEntry(long start, long limit, Consumer<ExchangeLogEntry> sink) {
        long after = start - 1;
        while (true) {
            List<ExchangeLogEntry> batch = em.createQuery("select e from ExchangeLogEntry e"
                    + " where e.seq > :after and e.seq < :limit order by e.seq", ExchangeLogEntry.class)
                    .setParameter("after", after).setParameter("limit", limit)
                    .setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(sink);
            after = batch.get(batch.size() - 1).getSeq();
            em.clear();
        }
    }

    /** The leaf hashes {@code [0, size)} in memory (32 bytes each), for generating proofs. */
    public LeafHashSource load(long size) {
        byte[][] hashes = new byte[Math.toIntExact(size)][];
        Base64.Decoder base64 = Base64.getDecoder();
        for (long start = 0; start < size; start += BATCH) {
            List<Object[]> rows = em.createQuery("select e.seq, e.leafHash from ExchangeLogEntry e"
                    + " where e.seq >= :start and e.seq < :end order by e.seq", Object[].class)
                    .setParameter("start", start).setParameter("end", Math.min(size, start + BATCH))
                    .getResultList();
            for (Object[] row : rows) {
                hashes[Math.toIntExact((Long) row[0])] = base64.decode((String) row[1]);
            }
        }
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == null) {
                throw new IllegalStateException("Exchange log entry " + i + " is missing");
            }
        }
        return LeafHashSource.of(Arrays.asList(hashes));
    }
}
