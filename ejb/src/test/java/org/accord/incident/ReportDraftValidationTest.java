package org.accord.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accord.common.FieldError;
import org.accord.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportDraftValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aCompleteDraftIsValid() {
        assertEquals(Map.of(), errors(ReportDrafts.valid()));
    }

    @Test
    void eachBadFieldIsNamedWithItsReason() {
        ReportDraft draft = ReportDrafts.with("x".repeat(201), "malicious-code", "spam", "urgent", "PINK",
                List.of("energy", "casinos"));
        Map<String, String> errors = errors(draft);
        assertEquals(List.of("rsitType", "sectors", "severity", "title", "tlp"), List.copyOf(errors.keySet()));
        assertEquals("must be a TLP 2.0 label: CLEAR, GREEN, AMBER, AMBER+STRICT or RED", errors.get("tlp"));
        assertEquals("must be an RSIT incident type of the given class", errors.get("rsitType"));
    }

    @Test
    void anUnknownRsitClassIsReportedOnceOnTheClass() {
        assertEquals(List.of("rsitClass"), List.copyOf(errors(
                ReportDrafts.with("t", "hacking", "c2-server", "low", "RED", List.of())).keySet()));
    }

    @Test
    void tlpLabelsFollowTlp20IncludingAmberStrict() {
        for (String label : List.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")) {
            assertEquals(Map.of(), errors(ReportDrafts.with("t", "fraud", "phishing", "low", label, List.of())), label);
        }
        assertEquals(List.of("tlp"), List.copyOf(errors(
                ReportDrafts.with("t", "fraud", "phishing", "low", "WHITE", List.of())).keySet()));
    }

    private Map<String, String> errors(ReportDraft draft) {
        var violations = validator.validate(draft);
        Map<String, String> byField = new TreeMap<>();
        if (!violations.isEmpty()) {
            for (FieldError e : InvalidInputException.of(violations).errors()) {
                byField.put(e.field(), e.message());
            }
        }
        return byField;
    }
}
