package org.accord.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink's own recovery from a lost database connection, switched off (SECURITY.md case 21). By default it
 * re-runs a failed read up to three times on a fresh connection and pings the connection after an error: with a
 * database that hangs, each attempt waits for the driver's timeouts again, and one request took 30 s instead of
 * 5. The server's pool already replaces broken connections (validate-on-match), and the caller gets a 503 it can
 * repeat; so a request fails after one timeout.
 */
public class FailFastOnDatabaseLoss implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(0);
        login.setConnectionHealthValidatedOnError(false);
    }
}
