package org.accord.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldMessagesTest {

    @Test
    void aMissingValueIsSaidPlainly() {
        assertEquals("Title is required", FieldMessages.wording("Title", "must not be blank"));
        assertEquals("Time of awareness is required", FieldMessages.wording("Time of awareness", "must not be null"));
    }

    @Test
    void anyOtherRuleKeepsTheServiceWords() {
        assertEquals("TLP: must be a TLP 2.0 label", FieldMessages.wording("TLP", "must be a TLP 2.0 label"));
    }
}
