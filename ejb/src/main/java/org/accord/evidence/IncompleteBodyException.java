package org.accord.evidence;

import java.io.IOException;

/** The upload's body ended before the length it declared: the client went away. Nothing was kept. */
public class IncompleteBodyException extends IOException {

    private static final long serialVersionUID = 1L;

    public IncompleteBodyException(long received, long declared) {
        super("The body ended after " + received + " of " + declared + " bytes");
    }
}
