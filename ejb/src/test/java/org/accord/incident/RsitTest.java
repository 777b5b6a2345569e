package org.accord.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RsitTest {

    @Test
    void hasTheElevenClassesOfTheTaxonomy() {
        assertEquals(11, Rsit.classes().size());
        assertTrue(Rsit.isClass("information-content-security"));
    }

    @Test
    void aTypeBelongsToItsOwnClassOnly() {
        assertTrue(Rsit.isTypeOf("malicious-code", "c2-server"));
        assertFalse(Rsit.isTypeOf("fraud", "c2-server"));
        assertFalse(Rsit.isTypeOf("no-such-class", "c2-server"));
    }
}
