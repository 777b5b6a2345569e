package org.accord.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway as Accord runs it, at deployment and in tests: the schema migrations, plus the demo
 * countries when wanted. The same migrations run on H2 and PostgreSQL, plus a few of each database's own
 * ({@code db/vendor/postgresql}, {@code db/vendor/h2}: indexes only one of them can have).
 */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, boolean demoData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration",
                "classpath:db/vendor/" + vendor(dataSource)));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load();
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Accord runs on PostgreSQL or H2, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
