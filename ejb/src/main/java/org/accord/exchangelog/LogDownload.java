package org.accord.exchangelog;

/**
 * A download of the log for offline verification that was checked and recorded
 * ({@link LogExport#open}) and is ready to be written ({@link LogExport#writeZip}): the entries
 * {@code [start, end)}, {@code end} the size of a signed tree head, or null for a head published when the
 * download is written (so it covers the download's own entry).
 */
public record LogDownload(long start, Long end) {
}
