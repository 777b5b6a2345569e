package org.accord.evidence.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.accord.evidence.ui.ReportEvidenceBacking;
import org.junit.jupiter.api.Test;

/** The headers of a download: a safe attachment name and the RFC 9530 digest. */
class DownloadsTest {

    @Test
    void theAttachmentHasAnAsciiFallbackAndTheExactNameEncoded() {
        assertEquals("attachment; filename=\"capture.pcap\"; filename*=UTF-8''capture.pcap",
                Downloads.contentDisposition("capture.pcap"));
        assertEquals("attachment; filename=\"__ report.log\"; filename*=UTF-8''%E6%97%A5%E5%BF%97%20report.log",
                Downloads.contentDisposition("日志 report.log"));
    }

    @Test
    void reprDigestIsTheBase64OfTheHash() {
        // SHA-256 of the empty string
        assertEquals("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:",
                Downloads.reprDigest("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void sizesReadAsFileManagersShowThem() {
        assertEquals("999 B", ReportEvidenceBacking.size(999));
        assertEquals("1.1 GB", ReportEvidenceBacking.size(1_073_741_824L));
        assertEquals("104.9 MB", ReportEvidenceBacking.size(104_857_600L));
    }
}
