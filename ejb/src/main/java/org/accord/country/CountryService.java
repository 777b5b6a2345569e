package org.accord.country;

import static org.accord.caller.Roles.ADMIN;
import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.regex.Pattern;
import org.accord.audit.AuditTrail;
import org.accord.common.ConflictException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.Validation;

/** Reading and managing countries. Only admins register or change a country. */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR, ADMIN})
public class CountryService {

    private static final Pattern ISO_ALPHA2 = Pattern.compile("^[A-Z]{2}$");

    @Inject
    CountryRepository countries;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CountryRegistered> registered;

    public List<Country> list() {
        return countries.all();
    }

    public Country get(String code) {
        return countries.find(code).orElseThrow(() -> new NotFoundException("No country " + code));
    }

    @RolesAllowed(ADMIN)
    public Country register(String code, CountryDraft draft) {
        if (code == null || !ISO_ALPHA2.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be an ISO 3166-1 alpha-2 code in upper case");
        }
        Validation.requireValid(validator, draft);
        if (countries.find(code).isPresent()) {
            throw new ConflictException("Country " + code + " is already registered");
        }
        Country country = new Country(code, draft);
        countries.add(country);
        registered.fire(new CountryRegistered(code));
        audit.record("country.register", "country", code);
        return country;
    }

    @RolesAllowed(ADMIN)
    public Country update(String code, CountryDraft draft) {
        Validation.requireValid(validator, draft);
        Country country = get(code);
        country.apply(draft);
        audit.record("country.update", "country", code);
        return country;
    }
}
