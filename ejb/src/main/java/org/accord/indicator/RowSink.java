package org.accord.indicator;

import java.io.IOException;
import java.sql.SQLException;

/** Where an import writes new rows in bulk: PostgreSQL COPY or portable JDBC batches. */
interface RowSink extends AutoCloseable {

    void add(long reportId, int n, IndicatorLine line) throws SQLException, IOException;

    /** Writes what is buffered so that other statements can run on the connection. */
    void pause() throws SQLException, IOException;

    /** Called before the importer looks rows up by value (merging duplicates). */
    default void beforeLookups() throws SQLException {
    }

    @Override
    void close() throws SQLException;
}
