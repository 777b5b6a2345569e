package org.accord.exchangelog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;

/**
 * Writes a batch of placed entries and removes them from the queue with two JDBC batches on the
 * integrator's own connection and transaction. Entries are never changed after they are written, so
 * the entity manager's change tracking, per-row inserts and per-row deletes bought nothing but time
 * (bench/run E3). The columns are those of {@link ExchangeLogEntry}.
 */
final class PlacedEntries {

    private static final String INSERT = "insert into exchange_log_entry (seq, at, actor, actor_country, action,"
            + " countries, object_type, object_id, agreement_id, outcome, leaf_hash, queue_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DEQUEUE = "delete from exchange_log_queue where id = ?";

    private PlacedEntries() {
    }

    /** One placed entry: its fields with its position, its leaf hash, and the queue row it came from. */
    record Placed(LogEntry entry, String leafHash, long queueId) {
    }

    static void write(Connection connection, List<Placed> placed) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement dequeue = connection.prepareStatement(DEQUEUE)) {
            for (Placed p : placed) {
                LogEntry e = p.entry();
                insert.setLong(1, e.seq());
                insert.setObject(2, e.time().atOffset(ZoneOffset.UTC));
                insert.setString(3, e.actor());
                insert.setString(4, e.actorCountry());
                insert.setString(5, e.action());
                insert.setString(6, ExchangeLogEntry.storedCountries(e.countries()));
                insert.setString(7, e.objectType());
                insert.setString(8, e.objectId());
                insert.setString(9, e.agreementId());
                insert.setString(10, e.outcome());
                insert.setString(11, p.leafHash());
                insert.setLong(12, p.queueId());
                insert.addBatch();
                dequeue.setLong(1, p.queueId());
                dequeue.addBatch();
            }
            insert.executeBatch();
            dequeue.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + placed.size() + " log entries", e);
        }
    }
}
