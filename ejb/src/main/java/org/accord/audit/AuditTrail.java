package org.accord.audit;

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
 * Writes audit records of a country's own actions (filing, editing, moving a report). It joins the
 * caller's transaction, so an action and its record commit or roll back together. What crosses a
 * border goes to the tamper-evident exchange log instead.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String objectType, String objectId) {
        em.persist(newRecord(action, objectType, objectId, "done"));
    }

    private AuditRecord newRecord(String action, String objectType, String objectId, String outcome) {
        Caller caller = currentCaller.isKnown() ? currentCaller.get() : null;
        return new AuditRecord(Instant.now(clock),
                caller == null ? "system" : caller.user(),
                caller == null ? null : caller.country(),
                action, objectType, objectId, outcome);
    }
}
