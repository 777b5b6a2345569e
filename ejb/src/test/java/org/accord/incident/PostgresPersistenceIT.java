package org.accord.incident;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The production database: a real PostgreSQL at 127.0.0.1:5432 (bin/test turns this on whenever
 * PostgreSQL answers there, and always in CI).
 */
@EnabledIfSystemProperty(named = "accord.test.postgresql", matches = "true")
class PostgresPersistenceIT extends PersistenceContract {

    private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "accord_ejb_it";
    private static final String USER = System.getProperty("accord.test.postgresql.user", "postgres");

    @Override
    DataSource emptyDatabase() throws Exception {
        try (Connection admin = DriverManager.getConnection(HOST + "postgres", USER, "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(HOST + DATABASE);
        dataSource.setUser(USER);
        return dataSource;
    }

    @Override
    Map<String, String> jdbcProperties() {
        return Map.of("jakarta.persistence.jdbc.url", HOST + DATABASE, "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", "", "jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
