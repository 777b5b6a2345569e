package org.accord.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence bytes live: a content-addressed store (the key is derived from the SHA-256), so that a
 * key names exactly one content and any node that sees the same storage finds the same bytes
 * (docs/evidence.md, "Storage"; README: a cluster mounts one shared directory or uses an object store
 * behind this interface). Metadata stays in the database.
 */
public interface EvidenceStore {

    /**
     * Streams {@code body} into the store while computing SHA-256 and size in one pass; nothing is visible
     * under the key until every byte arrived. More than {@code maxBytes}, a body shorter than
     * {@code expectedLength} (when not -1) or any failure leaves nothing behind.
     *
     * @throws org.accord.common.PayloadTooLargeException after {@code maxBytes} bytes
     * @throws IncompleteBodyException when the body ends before {@code expectedLength}
     */
    StoredContent write(InputStream body, long maxBytes, long expectedLength) throws IOException;

    /** The stored bytes; {@link java.nio.file.NoSuchFileException} when they are gone. */
    InputStream open(String key) throws IOException;

    /** Removes what {@link #write} created (a no-op for content that was there before). */
    void discard(StoredContent content);

    /** Removes temporary files of writes that never finished (a crash), older than {@code hours}. */
    int sweepTemporary(int hours);
}
