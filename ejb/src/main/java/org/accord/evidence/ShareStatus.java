package org.accord.evidence;

/** A share's life: active until the owner revokes it or the retention purge ends it. */
public enum ShareStatus {
    ACTIVE, REVOKED, PURGED;

    public String wire() {
        return name().toLowerCase();
    }
}
