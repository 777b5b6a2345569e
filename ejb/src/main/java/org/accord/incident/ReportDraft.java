package org.accord.incident;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The fields a reporter writes, from the API or the form. Values use their wire names (RSIT
 * machine-readable values, TLP 2.0 labels, lower-case severity and NIS2 stage).
 */
public record ReportDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotBlank String rsitClass,
        @NotBlank String rsitType,
        @NotBlank String severity,
        @NotBlank String tlp,
        String nis2Stage,
        @NotNull @PastOrPresent Instant awareAt,
        @PastOrPresent Instant firstSeenAt,
        @Size(max = 18) List<String> sectors,
        @PositiveOrZero Long affectedSystems,
        @PositiveOrZero Long affectedPeople) {

    public ReportDraft {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    @AssertTrue(message = "must be an RSIT incident class such as malicious-code")
    public boolean isRsitClass() {
        return rsitClass == null || rsitClass.isBlank() || Rsit.isClass(rsitClass);
    }

    @AssertTrue(message = "must be an RSIT incident type of the given class")
    public boolean isRsitType() {
        return rsitType == null || rsitType.isBlank() || !Rsit.isClass(rsitClass) || Rsit.isTypeOf(rsitClass, rsitType);
    }

    @AssertTrue(message = "must be one of low, medium, high, critical")
    public boolean isSeverity() {
        return severity == null || severity.isBlank() || Severity.fromWire(severity).isPresent();
    }

    @AssertTrue(message = "must be a TLP 2.0 label: CLEAR, GREEN, AMBER, AMBER+STRICT or RED")
    public boolean isTlp() {
        return tlp == null || tlp.isBlank() || Tlp.fromLabel(tlp).isPresent();
    }

    @AssertTrue(message = "must be one of early-warning, notification, intermediate, final")
    public boolean isNis2Stage() {
        return nis2Stage == null || nis2Stage.isBlank() || Nis2Stage.fromWire(nis2Stage).isPresent();
    }

    @AssertTrue(message = "each sector must be a NIS2 sector such as energy or health")
    public boolean isSectors() {
        return Sectors.ALL.containsAll(sectors);
    }
}
