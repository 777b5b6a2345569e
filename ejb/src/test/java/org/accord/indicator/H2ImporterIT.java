package org.accord.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The importer on the embedded database, with JDBC batches. */
class H2ImporterIT extends ImporterContract {

    @Override
    DataSource emptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:accord_importer;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    RowSink sink(Connection connection) throws SQLException {
        return new BatchSink(connection);
    }
}
