package org.accord.indicator;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A report's indicators as the PDF annex prints them, read with one streamed query (a cursor fetching 2,000 rows
 * at a time) on the caller's transaction: no entity is built, so printing 100,000 rows costs little more than
 * reading them (bench P5).
 */
@ApplicationScoped
public class AnnexRows {

    /** One row of the annex: the stored wire values, and the country it routes to or its routing outcome. */
    record Row(int n, String type, String value, String role, Instant firstSeen, Instant lastSeen, String routedTo) {
    }

    private static final String QUERY = "select n, kind, val, role, first_seen, last_seen,"
            + " case when routing = 'matched' then routed_country else routing end"
            + " from indicator where report_id = ? order by n";

    @Resource(lookup = "java:jboss/datasources/AccordDS")
    DataSource dataSource;

    void forEach(long reportId, Consumer<Row> action) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(2000);
            query.setLong(1, reportId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    action.accept(new Row(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            instant(rows.getObject(5, OffsetDateTime.class)),
                            instant(rows.getObject(6, OffsetDateTime.class)), rows.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the indicators of report " + reportId, e);
        }
    }

    private static Instant instant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
