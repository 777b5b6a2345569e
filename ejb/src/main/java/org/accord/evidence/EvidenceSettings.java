package org.accord.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/**
 * Where evidence is stored and how much (docs/evidence.md): each from a system property, else an
 * environment variable, else the default. A test server ({@link TestControls#enabled()}) may override the
 * limits at run time.
 */
@ApplicationScoped
public class EvidenceSettings {

    public static final long GIB = 1024L * 1024 * 1024;

    private volatile Long maxFileOverride;
    private volatile Long quotaOverride;

    /** {@code accord.evidence.dir} / {@code ACCORD_EVIDENCE_DIR}, default {@code <server data dir>/accord-evidence}. */
    public Path directory() {
        String configured = setting("accord.evidence.dir", "ACCORD_EVIDENCE_DIR");
        if (configured != null) {
            return Path.of(configured);
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "accord-evidence");
    }

    /** {@code accord.evidence.max-file-bytes} / {@code ACCORD_EVIDENCE_MAX_FILE_BYTES}, default 2 GiB. */
    public long maxFileBytes() {
        Long override = maxFileOverride;
        return override != null ? override
                : bytes("accord.evidence.max-file-bytes", "ACCORD_EVIDENCE_MAX_FILE_BYTES", 2 * GIB);
    }

    /** {@code accord.evidence.country-quota-bytes} / {@code ACCORD_EVIDENCE_COUNTRY_QUOTA_BYTES}, default 50 GiB. */
    public long countryQuotaBytes() {
        Long override = quotaOverride;
        return override != null ? override
                : bytes("accord.evidence.country-quota-bytes", "ACCORD_EVIDENCE_COUNTRY_QUOTA_BYTES", 50 * GIB);
    }

    /** Test servers only: other limits until {@link #resetLimits()}; null keeps the configured one. */
    public void overrideLimits(Long maxFileBytes, Long countryQuotaBytes) {
        TestControls.require();
        maxFileOverride = maxFileBytes;
        quotaOverride = countryQuotaBytes;
    }

    public void resetLimits() {
        maxFileOverride = null;
        quotaOverride = null;
    }

    private static long bytes(String property, String variable, long fallback) {
        String value = setting(property, variable);
        return value == null ? fallback : Long.parseLong(value.trim());
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
