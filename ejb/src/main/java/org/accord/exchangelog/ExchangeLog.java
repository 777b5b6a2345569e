package org.accord.exchangelog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;
import org.accord.exchangelog.entry.LogEntry;

/**
 * Appends entries to the exchange log. {@link #append} joins the action's transaction, so an action
 * and its entry exist together or not at all; refusals are appended by {@link RefusalRecorder} after
 * the refused action rolled back.
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
        return write(event, currentCaller.get());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long appendAlone(LogEvent event, Caller caller) {
        return write(event, caller);
    }

    private long write(LogEvent event, Caller caller) {
        ExchangeLogState state = em.find(ExchangeLogState.class, ExchangeLogState.SINGLETON,
                LockModeType.PESSIMISTIC_WRITE);
        LogEntry record = new LogEntry(state.take(), Instant.now(clock), caller.user(), caller.country(),
                event.action(), event.countries().stream().toList(), event.objectType(), event.objectId(),
                event.agreementId(), event.outcome());
        em.persist(new ExchangeLogEntry(record, LeafHashes.of(record)));
        return record.seq();
    }
}
