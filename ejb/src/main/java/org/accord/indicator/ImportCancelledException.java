package org.accord.indicator;

import org.accord.common.ConflictException;

/** The import was cancelled while it ran; its transaction rolls back. */
public class ImportCancelledException extends ConflictException {

    public ImportCancelledException(String message) {
        super(message);
    }
}
