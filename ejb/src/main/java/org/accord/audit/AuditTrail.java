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
 * Writes audit records. {@link #record} joins the caller's transaction, so an action and its record
 * commit or roll back together; {@link #refusal} commits on its own, so a refused attempt is kept
 * even though the refused action rolls back.
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusal(String action, String objectType, String objectId, String reason) {
        em.persist(newRecord(action, objectType, objectId, "refused: " + reason));
    }

    private AuditRecord newRecord(String action, String objectType, String objectId, String outcome) {
        Caller caller = currentCaller.isKnown() ? currentCaller.get() : null;
        return new AuditRecord(Instant.now(clock),
                caller == null ? "system" : caller.user(),
                caller == null ? null : caller.country(),
                action, objectType, objectId, truncate(outcome));
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
