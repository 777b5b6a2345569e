package org.accord.evidence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accord.common.AccessDeniedException;
import org.accord.evidence.Evidence;
import org.accord.evidence.EvidenceService;
import org.accord.web.ui.UserBacking;

/**
 * The evidence list ({@code evidence-list.xhtml}, nav "Evidence"): the caller's country's evidence and what
 * partner countries shared with it, while their retention lasts.
 */
@Named("evidenceList")
@RequestScoped
public class EvidenceListBacking {

    @Inject
    EvidenceService evidence;

    @Inject
    UserBacking user;

    private List<Evidence> items;

    public void load() {
        if (!user.isReportReader()) {
            throw new AccessDeniedException("Only reporters, liaisons and auditors read evidence");
        }
        items = evidence.list(null);
    }

    public List<Evidence> getItems() {
        return items;
    }
}
