package org.accord.evidence;

import java.util.List;

/**
 * What a granted read of the content needs once the granting transaction has ended: where the bytes are,
 * what they must hash to, what to call them, and under which share (if the reader is a receiver).
 */
public record DownloadTicket(long evidenceId, String reference, String ownerCountry, String storageKey,
        String sha256, long size, String mediaType, String displayName, String readerCountry,
        String agreement, List<String> receivers) {

    static DownloadTicket of(Evidence e, String readerCountry, String agreement, List<String> receivers) {
        return new DownloadTicket(e.getId(), e.getReference(), e.getOwnerCountry(), e.getStorageKey(), e.getSha256(),
                e.getSize(), e.getMediaType(), e.getDisplayName(), readerCountry, agreement, List.copyOf(receivers));
    }

    /** Whether the reader is of another country than the owner: the read crosses a border. */
    public boolean crossBorder() {
        return !ownerCountry.equals(readerCountry);
    }
}
