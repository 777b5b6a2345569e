package org.accord.notification;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accord.caller.TenantScope;
import org.accord.country.Country;
import org.accord.country.CountryRepository;

/** Makes notifications for a country's 24/7 contact and shows a country its own. */
@Stateless
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CountryRepository countries;

    @Inject
    TenantScope tenant;

    @Inject
    Clock clock;

    /** Called by the portal's own jobs, inside their transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Notification notify(String country, String kind, String subject, String text) {
        String contact = countries.find(country).map(Country::getContact24x7).orElse("(no contact registered)");
        Notification notification = new Notification(country, contact, kind, subject, text, Instant.now(clock));
        em.persist(notification);
        return notification;
    }

    /** The newest notifications of the caller's country (every country's for oversight auditors). */
    @RolesAllowed({REPORTER, LIAISON, AUDITOR})
    public List<Notification> recent(int limit) {
        String country = tenant.readableCountry().orElse(null);
        var query = em.createQuery("select n from Notification n"
                + (country == null ? "" : " where n.country = :country") + " order by n.createdAt desc, n.id desc",
                Notification.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
