package org.accord.incident;

import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The embedded default database, in the mode the server uses (bin/start, configure-server.cli). */
class H2PersistenceIT extends PersistenceContract {

    private static final String URL = "jdbc:h2:mem:accord_it;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";

    @Override
    DataSource emptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    Map<String, String> jdbcProperties() {
        return Map.of("jakarta.persistence.jdbc.url", URL, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver");
    }

    @Override
    String vendor() {
        return "h2";
    }
}
