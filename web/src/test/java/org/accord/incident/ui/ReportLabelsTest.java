package org.accord.incident.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.accord.incident.Nis2Stage;
import org.accord.incident.ReportStatus;
import org.accord.incident.Tlp;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    private final ReportLabels labels = new ReportLabels();

    @Test
    void codesReadAsWords() {
        assertEquals("Early warning", labels.words(Nis2Stage.EARLY_WARNING));
        assertEquals("Submitted", labels.words(ReportStatus.SUBMITTED));
        assertEquals("ICT service management", labels.words("ict-service-management"));
        assertEquals("Postal and courier", labels.words("postal-and-courier"));
    }

    @Test
    void aTlpBadgeHasTheTlpLabelAndAClassPerColour() {
        assertEquals("AMBER+STRICT", labels.tlp(Tlp.AMBER_STRICT));
        assertEquals("tlp tlp-amber-strict", labels.tlpClass(Tlp.AMBER_STRICT));
        assertEquals("tlp tlp-clear", labels.tlpClass("CLEAR"));
    }
}
