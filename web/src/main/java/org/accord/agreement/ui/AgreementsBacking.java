package org.accord.agreement.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accord.agreement.AgreementService;
import org.accord.common.AccessDeniedException;
import org.accord.web.ui.UserBacking;

/**
 * The agreement list ({@code agreements.xhtml}): the agreements the caller may see. Admins and users
 * without a role get the 403 page without asking the service, which would refuse them.
 */
@Named("agreements")
@RequestScoped
public class AgreementsBacking {

    @Inject
    AgreementService agreements;

    @Inject
    UserBacking user;

    @Inject
    Clock clock;

    private List<AgreementRow> rows = List.of();

    public void load() {
        if (!user.isAgreementReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read agreements");
        }
        Instant now = Instant.now(clock);
        rows = agreements.list(null, null).stream().map(a -> AgreementRow.of(a, now)).toList();
    }

    public List<AgreementRow> getRows() {
        return rows;
    }
}
