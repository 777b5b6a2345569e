package org.accord.evidence;

/**
 * What a client sends with an upload, as it sent it: nothing here is trusted until {@link EvidenceService}
 * checked it. {@code declaredLength} is the {@code Content-Length}, or -1 when the body is chunked.
 */
public record UploadRequest(String report, String category, String tlp, String name, String description,
        long declaredLength) {
}
