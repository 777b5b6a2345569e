package org.accord.evidence;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The byte streams of evidence, outside any transaction (a 2 GiB upload from a slow link must not hold a
 * database transaction): an upload is checked ({@link EvidenceService#planUpload}), streamed into the store,
 * then recorded ({@link EvidenceService#register}), each database step in its own short transaction. A
 * failure after the bytes are stored removes them again, unless other evidence holds the same bytes.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceTransfers {

    private static final Logger LOG = Logger.getLogger(EvidenceTransfers.class.getName());

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceStore store;

    /** Streams {@code body} into the store and records it; {@link IncompleteBodyException} when the client went away. */
    @RolesAllowed({REPORTER, LIAISON})
    public Evidence upload(UploadRequest request, InputStream body) throws IOException {
        UploadPlan plan = evidence.planUpload(request);
        StoredContent content = store.write(body, plan.maxBytes(), request.declaredLength());
        try {
            return evidence.register(plan, content);
        } catch (RuntimeException e) {
            discard(content);
            throw e;
        }
    }

    /** Re-reads the stored bytes and records what they hash to (issue 4, item 4: "verify on demand"). */
    public Verification verify(String reference) {
        DownloadTicket ticket = evidence.openCheck(reference);
        Sha256.Hashed actual;
        try (InputStream in = store.open(ticket.storageKey())) {
            actual = Sha256.of(in);
        } catch (NoSuchFileException e) {
            actual = new Sha256.Hashed("missing", 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + reference, e);
        }
        return evidence.recordRead(ticket, false, actual);
    }

    /**
     * Removes the bytes this upload put into the store. When the database cannot say whether other evidence
     * holds the same bytes (it is down: the very failure being cleaned up, SECURITY.md case 20), they are removed
     * too: this write created the file, so another row could only hold it if an upload of identical bytes
     * committed in the moments since, while the database was failing; an orphaned file, by contrast, would
     * stay for good.
     */
    private void discard(StoredContent content) {
        if (!content.created()) {
            return;
        }
        boolean heldElsewhere;
        try {
            heldElsewhere = evidence.holdsContent(content.sha256());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot ask the database about " + content.key() + " after a failed upload: "
                    + "removing the bytes this upload stored", e);
            heldElsewhere = false;
        }
        try {
            if (!heldElsewhere) {
                store.discard(content);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove " + content.key() + " after a failed upload", e);
        }
    }
}
