package org.accord.indicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/** The importer on PostgreSQL at 127.0.0.1:5432, with COPY (as the server does there). */
@EnabledIfSystemProperty(named = "accord.test.postgresql", matches = "true")
class PostgresImporterIT extends ImporterContract {

    private static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "accord_importer_it";
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
    RowSink sink(Connection connection) throws SQLException {
        return new CopySink(connection);
    }
}
