package org.accord.exchangelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Appends refusals once the refused action's transaction has ended: in a transaction of its own,
 * so the refusal is kept although the action rolled back, and without holding the log's lock
 * across two transactions.
 */
@ApplicationScoped
public class RefusalRecorder {

    @Inject
    ExchangeLog log;

    void record(@Observes(during = TransactionPhase.AFTER_COMPLETION) Refusal refusal) {
        log.appendAlone(refusal.event(), refusal.caller());
    }
}
