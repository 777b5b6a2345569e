package org.accord.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The STIX objects an import keeps as context, written to {@code report_stix_object} in batches on the
 * import's connection (so they land or roll back with its indicators). One row per (report, STIX id): an
 * object whose id the report holds already replaces it, the later one in a body too.
 */
final class ContextSink {

    static final int MAX_JSON = 1_000_000;
    private static final int BATCH = 500;
    private static final int BATCH_CHARS = 8 * 1024 * 1024;

    private final Connection connection;
    private final long reportId;
    private final Map<String, ContextObject> pending = new LinkedHashMap<>();
    private long pendingChars;

    ContextSink(Connection connection, long reportId) {
        this.connection = connection;
        this.reportId = reportId;
    }

    void add(ContextObject object) {
        pending.put(object.id(), object);
        pendingChars += object.json().length();
    }

    boolean full() {
        return pending.size() >= BATCH || pendingChars >= BATCH_CHARS;
    }

    /** Writes what is pending; the caller has paused its row sink, so the connection is free. */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from report_stix_object where report_id = ? and stix_id = ?");
                PreparedStatement insert = connection.prepareStatement("insert into report_stix_object"
                        + " (report_id, stix_id, stix_type, note, body) values (?, ?, ?, ?, ?)")) {
            for (ContextObject object : pending.values()) {
                delete.setLong(1, reportId);
                delete.setString(2, object.id());
                delete.addBatch();
                insert.setLong(1, reportId);
                insert.setString(2, object.id());
                insert.setString(3, object.type());
                insert.setString(4, object.note());
                insert.setString(5, object.json());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        pending.clear();
        pendingChars = 0;
    }
}
