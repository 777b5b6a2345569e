package org.accord.evidence.rest;

import java.io.IOException;
import java.io.InputStream;
import org.accord.common.InvalidInputException;
import org.accord.common.RequestTimeoutException;
import org.accord.evidence.Evidence;
import org.accord.evidence.EvidenceTransfers;
import org.accord.evidence.IncompleteBodyException;
import org.accord.evidence.UploadRequest;

/**
 * Receiving an upload's body, for the API and for the pages: a body that breaks off is a clear 400, one that
 * comes slower than {@link MinimumRate} allows a 408 (a stalled one is cut by the listener's read timeout).
 */
public final class Uploads {

    private Uploads() {
    }

    public static Evidence receive(EvidenceTransfers transfers, UploadRequest request, InputStream body) {
        try {
            return transfers.upload(request, new MinimumRate(body));
        } catch (MinimumRate.TooSlowException e) {
            throw new RequestTimeoutException(e.getMessage() + ". Nothing was stored.");
        } catch (IncompleteBodyException e) {
            throw new InvalidInputException("body", e.getMessage() + ": the upload was cut off. Nothing was stored.");
        } catch (IOException e) {
            throw new InvalidInputException("body", "The upload was interrupted (" + e.getMessage()
                    + "). Nothing was stored.");
        }
    }
}
