package org.accord.exchangelog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accord.exchangelog.Verification;
import org.junit.jupiter.api.Test;

class VerifyOutcomeTest {

    @Test
    void anIntactLogSaysHowMuchWasCheckedAgainstWhichHead() {
        VerifyOutcome outcome = VerifyOutcome.of(new Verification(true, 1_290_000, 1_290_000, null, null));
        assertTrue(outcome.isIntact());
        assertEquals("Log intact: 1,290,000 entries checked against the signed head of size 1,290,000.",
                outcome.getText());
        assertNull(outcome.getNote());
    }

    @Test
    void entriesNewerThanTheHeadAreExplained() {
        VerifyOutcome outcome = VerifyOutcome.of(new Verification(true, 23, 22, null, null));
        assertEquals("Log intact: 23 entries checked against the signed head of size 22.", outcome.getText());
        assertEquals("The newest entry was checked as well; no signed head covers it yet, the next one will.",
                outcome.getNote());
        assertEquals("The newest 1,000 entries were checked as well; no signed head covers them yet, the next one "
                + "will.", VerifyOutcome.of(new Verification(true, 1_022, 22, null, null)).getNote());
    }

    @Test
    void aFailureNamesTheFirstBadEntryAndWhy() {
        VerifyOutcome outcome = VerifyOutcome.of(new Verification(false, 7, 22, 7L,
                "entry 7 was changed: its fields no longer match its leaf hash"));
        assertFalse(outcome.isIntact());
        assertEquals("Log FAILED verification: first bad entry #7 — entry 7 was changed: its fields no longer match "
                + "its leaf hash.", outcome.getText());
    }
}
