package org.accord.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Rows into {@code indicator} as JDBC batches: any database (H2 in the embedded setup). */
final class BatchSink implements RowSink {

    static final String INSERT = "insert into indicator (report_id, n, kind, val, role, first_seen, last_seen, routing,"
            + " routed_country) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;

    BatchSink(Connection connection) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement(INSERT);
    }

    @Override
    public void add(long reportId, int n, IndicatorLine line) throws SQLException {
        bind(insert, reportId, n, line);
        insert.addBatch();
        if (++pending == BATCH) {
            pause();
        }
    }

    static void bind(PreparedStatement insert, long reportId, int n, IndicatorLine line) throws SQLException {
        insert.setLong(1, reportId);
        insert.setInt(2, n);
        insert.setString(3, line.value().type().wire());
        insert.setString(4, line.value().value());
        insert.setString(5, line.role().wire());
        instant(insert, 6, line.firstSeen());
        instant(insert, 7, line.lastSeen());
        insert.setString(8, line.route().routing().wire());
        insert.setString(9, line.route().country());
    }

    static void instant(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    @Override
    public void pause() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /**
     * H2 plans with statistics that do not count the rows this transaction wrote, and then looks a value up
     * by scanning the report (minutes for 10,000 duplicates among 30,000 rows); fresh statistics make it
     * use the unique index on the value.
     */
    @Override
    public void beforeLookups() throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze table indicator");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
