package org.accord.exchangelog;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * Fonts and text of a dossier. Only the PDF standard fonts (nothing embedded, so memory stays flat and
 * any reader, pdftotext included, extracts the text); they cover Latin-1, so other characters are
 * printed as {@code \}{@code uXXXX} escapes and a backslash as two, which the verification guide explains.
 * Hashes, keys and signatures are set in Courier, whole, so that they can be copied or extracted.
 */
public final class DossierStyle {

    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    public static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    public static final Font TEXT = new Font(Font.HELVETICA, 8.5f);
    public static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    public static final Font SMALL = new Font(Font.HELVETICA, 7);
    public static final Font MONO = new Font(Font.COURIER, 7.5f);
    public static final Font WARNING = new Font(Font.HELVETICA, 8.5f, Font.BOLD, new Color(0xB0, 0, 0));
    public static final Color HEADER_BACKGROUND = new Color(0xE4, 0xE8, 0xEE);
    public static final Color PROOF_BACKGROUND = new Color(0xF6, 0xF7, 0xF9);

    private static final SplitCharacter SPACES_ONLY = (start, current, end, chars, chunks) -> chars[current] == ' ';

    private DossierStyle() {
    }

    /** {@code value} as the standard fonts can show it: Latin-1 as is, the rest escaped. */
    public static String printable(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                text.append("\\\\");
            } else if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF)) {
                text.append(c);
            } else {
                text.append(String.format("\\u%04X", (int) c));
            }
        }
        return text.toString();
    }

    /** A paragraph of Accord's own text; data goes through {@link #printable} first. */
    public static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    public static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    /** A two-column table of labels and values; a value in Courier when {@code mono}. */
    public static PdfPTable facts() {
        PdfPTable table = new PdfPTable(new float[] {22, 78});
        table.setWidthPercentage(100);
        return table;
    }

    public static void fact(PdfPTable table, String label, String value, boolean mono) {
        table.addCell(cell(new Phrase(label, BOLD)));
        table.addCell(cell(new Phrase(words(mono ? value : printable(value), mono ? MONO : TEXT))));
    }

    /** A full-width table whose first row, repeated on every page, holds the {@code headers}. */
    public static PdfPTable headedTable(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(new Phrase(header, BOLD));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    public static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderWidth(0.3f);
        cell.setPadding(2.5f);
        return cell;
    }

    public static Chunk mono(String text) {
        return words(text, MONO);
    }

    /**
     * Text that wraps at spaces only: pdftotext joins a line that ends in a hyphen to the next one and
     * drops the hyphen, which would turn a wrapped 2026-11-29 or CN-2026-000123 into another value.
     */
    public static Chunk words(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(SPACES_ONLY);
        return chunk;
    }
}
