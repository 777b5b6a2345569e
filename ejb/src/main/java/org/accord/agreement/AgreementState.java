package org.accord.agreement;

/** The stored step of an agreement's life; {@link AgreementStatus} adds what the clock decides. */
public enum AgreementState {
    PROPOSED, RATIFIED, REJECTED, SUSPENDED, TERMINATED
}
