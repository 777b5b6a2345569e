package org.accord.evidence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.accord.caller.TenantScope;
import org.accord.evidence.Evidence;
import org.accord.evidence.EvidenceCategory;
import org.accord.evidence.EvidenceService;
import org.accord.incident.Tlp;

/** The evidence section of a report page: the evidence the viewer may see, and the upload form's choices. */
@Named("reportEvidence")
@RequestScoped
public class ReportEvidenceBacking {

    @Inject
    EvidenceService evidence;

    @Inject
    TenantScope tenant;

    private List<Evidence> items;

    public List<Evidence> of(String report) {
        if (items == null) {
            items = evidence.list(report);
        }
        return items;
    }

    /** Reporters and liaisons of the report's country attach evidence. */
    public boolean canUpload(String ownerCountry) {
        return tenant.canWrite(ownerCountry);
    }

    public List<String> getCategories() {
        return Arrays.stream(EvidenceCategory.values()).map(EvidenceCategory::wire).toList();
    }

    public List<String> getTlps() {
        return Arrays.stream(Tlp.values()).map(Tlp::label).toList();
    }

    /** 1,234,567 bytes as "1.2 MB" (decimal units, as file managers show them). */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    public String sizeOf(long bytes) {
        return size(bytes);
    }
}
