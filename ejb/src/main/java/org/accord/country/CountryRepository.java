package org.accord.country;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Countries in the database. Country data is public to every authenticated user. */
@ApplicationScoped
public class CountryRepository {

    @PersistenceContext
    EntityManager em;

    public List<Country> all() {
        return em.createNamedQuery("Country.all", Country.class).getResultList();
    }

    public Optional<Country> find(String code) {
        return Optional.ofNullable(em.find(Country.class, code));
    }

    public void add(Country country) {
        em.persist(country);
    }
}
