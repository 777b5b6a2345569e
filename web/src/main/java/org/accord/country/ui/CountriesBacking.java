package org.accord.country.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.common.AccessDeniedException;
import org.accord.country.Country;
import org.accord.country.CountryService;
import org.accord.web.ui.UserBacking;

/**
 * The countries page. Loaded by a view action, before anything is rendered, so that a user without
 * a role gets the 403 page rather than half a table; the service is not asked, as it would refuse.
 */
@Named("countries")
@RequestScoped
public class CountriesBacking {

    @Inject
    CountryService countries;

    @Inject
    UserBacking user;

    private List<Country> all = List.of();

    public void load() {
        if (!user.isCountryReader()) {
            throw new AccessDeniedException("Only users with a role read the country list");
        }
        all = countries.list();
    }

    public List<Country> getAll() {
        return all;
    }
}
