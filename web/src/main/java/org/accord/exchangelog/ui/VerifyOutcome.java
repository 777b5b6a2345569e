package org.accord.exchangelog.ui;

import java.io.Serializable;
import java.util.Locale;
import org.accord.exchangelog.Verification;

/**
 * What "verify now" found, in words, kept in the flash across the redirect that follows the check.
 * The note explains entries newer than the signed head: their hashes were checked, but no signature
 * covers them yet.
 */
public final class VerifyOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean intact;
    private final String text;
    private final String note;

    private VerifyOutcome(boolean intact, String text, String note) {
        this.intact = intact;
        this.text = text;
        this.note = note;
    }

    static VerifyOutcome of(Verification v) {
        if (!v.intact()) {
            return new VerifyOutcome(false, "Log FAILED verification: first bad entry #" + v.firstBadSeq() + " — "
                    + v.reason() + ".", null);
        }
        String text = "Log intact: " + count(v.entriesChecked(), "entry", "entries")
                + " checked against the signed head of size " + number(v.treeSize()) + ".";
        long unsigned = v.entriesChecked() - v.treeSize();
        String note = unsigned <= 0 ? null : unsigned == 1
                ? "The newest entry was checked as well; no signed head covers it yet, the next one will."
                : "The newest " + number(unsigned) + " entries were checked as well; no signed head covers them yet,"
                        + " the next one will.";
        return new VerifyOutcome(true, text, note);
    }

    public boolean isIntact() {
        return intact;
    }

    public String getText() {
        return text;
    }

    /** Null when the signed head covers every entry checked. */
    public String getNote() {
        return note;
    }

    private static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
