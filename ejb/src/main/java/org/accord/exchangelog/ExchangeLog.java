package org.accord.exchangelog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;

/**
 * Appends entries to the exchange log. {@link #append} writes the entry in the action's own
 * transaction, so an action and its entry exist together or not at all; it takes no lock, so actions
 * never wait for one another. The {@link LogIntegrator} then gives the entry its position. Refusals
 * are appended by {@link RefusalRecorder} after the refused action rolled back. Each returns the
 * entry's queue ticket ({@link LogIntegrator#positionOf} turns it into its position).
 */
@Stateless
@PermitAll
public class ExchangeLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long append(LogEvent event) {
        return queue(event, currentCaller.get());
    }

    /** For the portal's own jobs, which act with no caller of their own, in their transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long appendAs(LogEvent event, Caller caller) {
        return queue(event, caller);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long appendAlone(LogEvent event, Caller caller) {
        return queue(event, caller);
    }

    private long queue(LogEvent event, Caller caller) {
        QueuedEntry entry = new QueuedEntry(event, caller, Instant.now(clock));
        em.persist(entry);
        return entry.getId();
    }
}
