package org.accord.web.problem;

import jakarta.ws.rs.core.Response;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A failure whose cause is that the database cannot be reached: stopped, restarting, hung past the driver's
 * socket timeout, or every pooled connection taken for longer than the pool waits (SECURITY.md cases 20, 21).
 * It is answered 503 with {@code Retry-After}, not as an internal error: the portal itself is fine and the
 * call can simply be repeated (with its {@code Idempotency-Key} where it takes one).
 */
public final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    /** SQLSTATE 57P01–57P03: the server is shutting down, crashed, or cannot accept connections yet. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Whether anything in the cause chain says the database is unreachable. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
            // IronJacamar's "IJ000453: Unable to get managed connection" (pool empty, or no new connection)
            if (t.getClass().getName().startsWith("jakarta.resource.")) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) or a server shutdown. */
    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
    }

    /** The 503 problem; the failure is logged on one line (its stack says nothing new each time). */
    public static Response problem(Throwable failure) {
        LOG.warning(() -> "Database unavailable: " + rootMessage(failure));
        return Response.fromResponse(Problem.response(503, "Service unavailable",
                "The database cannot be reached at the moment; the request was not carried out. Try again in a "
                        + "moment (with the same Idempotency-Key where the call takes one)."))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
