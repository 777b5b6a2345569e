package org.accord.country.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.country.Country;
import org.accord.country.CountryService;

/**
 * The countries page. Loaded by a view action, before anything is rendered, so that a user without
 * a role gets the 403 page rather than half a table.
 */
@Named("countries")
@RequestScoped
public class CountriesBacking {

    @Inject
    CountryService countries;

    private List<Country> all = List.of();

    public void load() {
        all = countries.list();
    }

    public List<Country> getAll() {
        return all;
    }
}
