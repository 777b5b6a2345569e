package org.accord.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Whether the database answers, for the public health check. The check runs on its own thread and is waited
 * for at most {@value #WAIT_MILLIS} ms: a database that hangs (SECURITY.md case 21) makes the answer "down"
 * quickly instead of holding the caller for the pool's and the driver's timeouts. While a check still hangs,
 * later callers wait on that same check rather than start another, so a hung database costs one thread here.
 */
@ApplicationScoped
public class DatabaseHealth {

    static final long WAIT_MILLIS = 2_000;
    private static final int VALID_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/AccordDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Future<Boolean> running;

    public boolean answers() {
        Future<Boolean> check = check();
        try {
            return check.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Future<Boolean> check() {
        if (running == null || running.isDone()) {
            running = executor.submit(this::validConnection);
        }
        return running;
    }

    private boolean validConnection() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
