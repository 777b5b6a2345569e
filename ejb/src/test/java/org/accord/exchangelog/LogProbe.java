package org.accord.exchangelog;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Set;
import org.accord.caller.Caller;

/** The log's append path and integrator on a given EntityManager, for persistence tests outside the server. */
public final class LogProbe {

    private LogProbe() {
    }

    /** Queues an entry as an oversight read would; returns its queue id. */
    public static long append(EntityManager em, String objectId) {
        ExchangeLog log = new ExchangeLog();
        log.em = em;
        log.clock = Clock.systemUTC();
        return log.appendAlone(LogEvent.of("report.read", "report", objectId, "CN", "INT"),
                new Caller("int-auditor", "INT", Set.of("auditor")));
    }

    /** Places what is queued; returns the log's size. */
    public static long integrate(EntityManager em) {
        LogIntegrator integrator = new LogIntegrator();
        integrator.em = em;
        return integrator.integrate();
    }
}
