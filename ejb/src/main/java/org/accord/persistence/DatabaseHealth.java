package org.accord.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the database answers; used by the public health check. */
@Stateless
@PermitAll
public class DatabaseHealth {

    @PersistenceContext
    EntityManager em;

    public boolean answers() {
        try {
            return em.createNativeQuery("select 1").getSingleResult() != null;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
