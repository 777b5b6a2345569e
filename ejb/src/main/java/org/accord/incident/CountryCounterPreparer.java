package org.accord.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import jakarta.inject.Inject;
import org.accord.country.CountryRegistered;

/**
 * Creates a new country's report counter together with the country, so that its first filings
 * only ever lock an existing row (parallel first filings would otherwise race to insert it).
 */
@ApplicationScoped
public class CountryCounterPreparer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void onRegistered(@Observes CountryRegistered event) {
        em.persist(new ReportCounter(event.code(), clock.instant().atZone(ZoneOffset.UTC).getYear()));
    }
}
