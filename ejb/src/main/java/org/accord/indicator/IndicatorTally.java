package org.accord.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows an import added to a report, per type, role, routing and routed country, written into
 * {@code indicator_tally} in the import's transaction (docs/indicators.md, "At scale"): the report's page reads its
 * counts from there instead of counting millions of rows. The caller holds the report's lock, so adding to the
 * stored numbers cannot race another import.
 */
final class IndicatorTally {

    /** Counts the report's rows again from scratch (re-routing changes routing and country of any row). */
    static final String DELETE = "delete from indicator_tally where report_id = ?";
    static final String RECOUNT = "insert into indicator_tally (report_id, kind, role, routing, routed_country,"
            + " rows_counted) select report_id, kind, role, routing, coalesce(routed_country, ''), count(*)"
            + " from indicator where report_id = ? group by report_id, kind, role, routing, coalesce(routed_country, '')";
    private static final String ADD = "update indicator_tally set rows_counted = rows_counted + ? where report_id = ?"
            + " and kind = ? and role = ? and routing = ? and routed_country = ?";
    private static final String INSERT = "insert into indicator_tally (rows_counted, report_id, kind, role, routing,"
            + " routed_country) values (?, ?, ?, ?, ?, ?)";

    private record Key(IndicatorType type, IndicatorRole role, Routing routing, String country) {
    }

    private final Map<Key, long[]> added = new HashMap<>();

    void added(IndicatorLine line) {
        Route route = line.route();
        added.computeIfAbsent(new Key(line.value().type(), line.role(), route.routing(),
                route.country() == null ? "" : route.country()), k -> new long[1])[0]++;
    }

    void write(Connection connection, long reportId) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        Key[] keys = added.keySet().toArray(Key[]::new);
        int[] updated;
        try (PreparedStatement add = connection.prepareStatement(ADD)) {
            for (Key key : keys) {
                bind(add, reportId, key);
                add.addBatch();
            }
            updated = add.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            boolean any = false;
            for (int i = 0; i < keys.length; i++) {
                if (updated[i] == 0) {
                    bind(insert, reportId, keys[i]);
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        added.clear();
    }

    private void bind(PreparedStatement statement, long reportId, Key key) throws SQLException {
        statement.setLong(1, added.get(key)[0]);
        statement.setLong(2, reportId);
        statement.setString(3, key.type().wire());
        statement.setString(4, key.role().wire());
        statement.setString(5, key.routing().wire());
        statement.setString(6, key.country());
    }
}
