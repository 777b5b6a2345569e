package org.accord.incident.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.accord.incident.Nis2Stage;
import org.accord.incident.ReportStatus;
import org.accord.incident.Rsit;
import org.accord.incident.Sectors;
import org.accord.incident.Severity;
import org.accord.incident.Tlp;

/**
 * The choices of the report form and the words pages use for codes. Values stay the wire values
 * the service takes (RSIT machine-readable names, TLP 2.0 labels), so what a form sends is what the
 * API would send.
 */
@Named("labels")
@ApplicationScoped
public class ReportLabels {

    public List<String> getRsitClasses() {
        return Rsit.classes();
    }

    public List<String> rsitTypesOf(String rsitClass) {
        return rsitClass == null ? List.of() : Rsit.typesOf(rsitClass);
    }

    public List<String> getSeverities() {
        return Arrays.stream(Severity.values()).map(Severity::wire).toList();
    }

    public List<String> getTlps() {
        return Arrays.stream(Tlp.values()).map(Tlp::label).toList();
    }

    public List<String> getNis2Stages() {
        return Arrays.stream(Nis2Stage.values()).map(Nis2Stage::wire).toList();
    }

    public List<String> getSectors() {
        return Sectors.ALL;
    }

    public List<String> getStatuses() {
        return Arrays.stream(ReportStatus.values()).map(ReportStatus::wire).toList();
    }

    /** {@code early-warning} → {@code Early warning}; also for severities, statuses and sectors. */
    public String words(Object code) {
        if (code == null) {
            return "";
        }
        String text = (code instanceof Enum<?> e ? e.name() : code.toString()).replace('_', ' ').replace('-', ' ')
                .toLowerCase().replaceAll("\\bict\\b", "ICT");
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The TLP 2.0 label, e.g. {@code AMBER+STRICT}, from the enum or from a label. */
    public String tlp(Object tlp) {
        return tlp instanceof Tlp t ? t.label() : tlp == null ? "" : tlp.toString();
    }

    /** CSS class of a TLP badge: {@code tlp-amber-strict}. */
    public String tlpClass(Object tlp) {
        String label = tlp(tlp);
        return label.isEmpty() ? "tlp" : "tlp tlp-" + label.toLowerCase().replace('+', '-');
    }
}
