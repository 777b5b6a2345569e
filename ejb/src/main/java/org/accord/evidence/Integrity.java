package org.accord.evidence;

/** Whether the stored bytes matched the recorded SHA-256 when they were last read. */
public enum Integrity {
    /** Matched at upload and at every read since. */
    INTACT,
    /** A read found other bytes: not served until a verification finds them intact again. */
    DAMAGED;

    public String wire() {
        return name().toLowerCase();
    }
}
