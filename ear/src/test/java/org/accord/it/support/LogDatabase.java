package org.accord.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct SQL on the portal's PostgreSQL database (the one bin/test gives the server through
 * ACCORD_DB_URL), for tests that play the part of someone who rewrites the exchange log behind
 * the portal's back.
 */
public final class LogDatabase {

    private LogDatabase() {
    }

    /** Plain statements in one transaction, e.g. to move a request's deadlines into the past. */
    public static void update(String... statements) {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            for (String statement : statements) {
                sql.execute(statement);
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + String.join("; ", statements), e);
        }
    }

    /** The first column of the first row of a query, e.g. a count. */
    public static long count(String query) {
        try (Connection db = connect(); Statement sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + query, e);
        }
    }

    /** The first column of the first row of a query, as text. */
    public static String text(String query) {
        try (Connection db = connect(); Statement sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + query, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("ACCORD_DB_URL"), System.getenv("ACCORD_DB_USER"),
                System.getenv("ACCORD_DB_PASSWORD"));
    }

    public static void run(String... statements) {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            // one transaction that holds the log's state row, as the portal's integrator does, so that
            // it cannot place queued entries in the middle of the rewrite
            db.setAutoCommit(false);
            sql.execute("select next_seq from exchange_log_state for update");
            for (String statement : statements) {
                sql.execute(statement);
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + String.join("; ", statements), e);
        }
    }
}
