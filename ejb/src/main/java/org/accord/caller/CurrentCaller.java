package org.accord.caller;

import jakarta.enterprise.context.RequestScoped;
import org.accord.common.AccessDeniedException;

/**
 * Holds the caller of the current request. The web tier's authentication filter fills it once
 * from the verified access token; every service reads the tenant from here and nowhere else.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    public boolean isKnown() {
        return caller != null;
    }

    /** The caller; a request without a verified identity and country claim gets no data. */
    public Caller get() {
        if (caller == null || caller.country() == null || caller.country().isBlank()) {
            throw new AccessDeniedException("The access token carries no country claim");
        }
        return caller;
    }
}
