package org.accord.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.TreeSet;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;
import org.accord.caller.Roles;
import org.accord.common.AccessDeniedException;
import org.accord.country.Country;
import org.accord.country.CountryRepository;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The signed-in user as the page header and the navigation need it. Never throws: the error pages
 * render it too, also for a user whose token lacks the country claim (who then has no tenant and
 * is shown no country and no roles).
 */
@Named("user")
@RequestScoped
public class UserBacking {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    CountryRepository countries;

    private String zone;

    /** The full name from the token ({@code name} claim), else the user name. */
    public String getName() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            String name = principal.getOidcSecurityContext().getToken().getName();
            return name == null || name.isBlank() ? principal.getName() : name;
        }
        return "";
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getCountry() {
        return caller().map(Caller::country).orElse("");
    }

    /** The time zone of the user's country, in which deadlines are shown to them; UTC for the oversight body. */
    public String getZone() {
        if (zone == null) {
            zone = caller().flatMap(c -> countries.find(c.country())).map(Country::getTimeZone).orElse("UTC");
        }
        return zone;
    }

    public String getRoles() {
        return caller().map(c -> String.join(", ", new TreeSet<>(c.roles()))).orElse("");
    }

    /** Reporters and liaisons file reports. */
    public boolean isFiler() {
        return has(Roles.REPORTER) || has(Roles.LIAISON);
    }

    /** Reporters, liaisons and auditors read their country's reports; admins and users without a role do not. */
    public boolean isReportReader() {
        return isFiler() || has(Roles.AUDITOR);
    }

    /** Auditors read the exchange log like everyone with a role in a country, and also verify it. */
    public boolean isAuditor() {
        return has(Roles.AUDITOR);
    }

    /** Reporters, liaisons and auditors read the exchange log entries of their country (auditors of INT: all). */
    public boolean isLogReader() {
        return isReportReader();
    }

    /** Reporters, liaisons and auditors of a party read agreements (INT auditors: all). */
    public boolean isAgreementReader() {
        return isReportReader();
    }

    /** Liaisons propose and ratify agreements. */
    public boolean isLiaison() {
        return has(Roles.LIAISON);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** Every role may read the country list. */
    public boolean isCountryReader() {
        return isReportReader() || isAdmin();
    }

    private boolean has(String role) {
        return caller().map(c -> c.hasRole(role)).orElse(false);
    }

    private Optional<Caller> caller() {
        if (!currentCaller.isKnown()) {
            return Optional.empty();
        }
        try {
            return Optional.of(currentCaller.get());
        } catch (AccessDeniedException noCountryClaim) {
            return Optional.empty();
        }
    }
}
