package org.accord.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the name a client sent with a file into a name that is safe to show and to offer on download
 * (docs/evidence.md, "Upload"): no path parts, no control or format characters (which covers the
 * bidirectional overrides that make "invoice" U+202E "fdp.exe" read as {@code invoiceexe.pdf}), none of the
 * characters Windows forbids, no hidden-file dot, at most {@value #MAX_LENGTH} characters. Never empty.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 200;
    static final String FALLBACK = "evidence";
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private DisplayNames() {
    }

    public static String sanitize(String sent) {
        if (sent == null) {
            return FALLBACK;
        }
        // invisible characters out first, then NFC: a format character between a letter and its combining
        // mark would otherwise keep them apart until a second pass (found by DisplayNamesFuzzTest)
        String name = Normalizer.normalize(stripInvisible(sent), Normalizer.Form.NFC);
        name = lastSegment(name);
        name = name.replaceAll("[<>:\"|?*]", "_").strip();
        // (?U): every Unicode space (U+3000, U+2000-U+200A...), not only ASCII ones (found by DisplayNamesFuzzTest)
        name = name.replaceAll("(?U)^[.\\s]+", "").replaceAll("(?U)[.\\s]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        // a cut at 200 code points can end the name in a dot or a space again (found by DisplayNamesFuzzTest)
        return truncate(name).replaceAll("(?U)[.\\s]+$", "");
    }

    /** Drops control characters (Cc) and format characters (Cf: bidi overrides, isolates, marks, zero-width). */
    static String stripInvisible(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.SURROGATE && type != Character.PRIVATE_USE;
        }).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return cut < 0 ? name : name.substring(cut + 1);
    }

    /** At most MAX_LENGTH code points, keeping a short extension. */
    private static String truncate(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }

    /** The name in plain printable ASCII, for the {@code filename=} fallback of Content-Disposition. */
    public static String asciiFallback(String displayName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : displayName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';' ? c : '_');
        }
        return ascii.toString();
    }
}
