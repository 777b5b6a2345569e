package org.accord.exchangelog.verifier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

/**
 * Finds a file attached to a PDF (an embedded file stream, PDF 32000-1 §7.11.4) by its name and streams
 * its content, so the verifier needs no PDF library. It reads what the portal writes (OpenPDF): a
 * classic cross-reference table, a file specification {@code /Type/Filespec} naming the file in
 * {@code /F} or {@code /UF} with {@code /EF<</F n 0 R>>} (or {@code /UF}), and the embedded stream, unfiltered or
 * {@code /FlateDecode}, its {@code /Length} direct or indirect. A PDF rewritten by another tool with
 * compressed cross-reference streams is not read: extract the file with any PDF tool instead (poppler's
 * {@code pdfdetach -saveall}) and verify the extracted file.
 */
final class PdfEmbeddedFile {

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final Pattern SUBSECTION = Pattern.compile("(\\d+)\\s+(\\d+)");
    private static final Pattern FILESPEC = Pattern.compile("/Type\\s*/Filespec");
    /** {@code /EF<</F 9 0 R/UF 9 0 R>>}, in any order: the embedded stream's object number. */
    private static final Pattern EMBEDDED = Pattern.compile("/EF\\s*<<[^>]*?/U?F\\s+(\\d+)\\s+(\\d+)\\s+R");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)(?:\\s+(\\d+)\\s+R)?");
    private static final Pattern FILTER = Pattern.compile("/Filter\\s*(/\\w+|\\[\\s*(/\\w+)\\s*\\])");
    private static final Pattern NUMBER_OBJECT = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+obj\\s*(\\d+)");
    /** How much of an object is read to see its dictionary (the portal's are far shorter). */
    private static final int DICTIONARY_BYTES = 4096;

    private final RandomAccessFile file;
    private final Map<Integer, Long> offsets = new HashMap<>();

    private PdfEmbeddedFile(RandomAccessFile file) {
        this.file = file;
    }

    /**
     * The content of the attached file {@code name} of {@code pdf}; closing the stream closes the file.
     *
     * @throws IOException if the file cannot be read, is not a PDF this reader understands, or has no such
     *                     attachment (the message says which)
     */
    static InputStream open(Path pdf, String name) throws IOException {
        RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r");
        try {
            PdfEmbeddedFile reader = new PdfEmbeddedFile(file);
            reader.readCrossReferences();
            return reader.attachment(name);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private void readCrossReferences() throws IOException {
        long length = file.length();
        String tail = read(Math.max(0, length - 1024), (int) Math.min(1024, length));
        Matcher start = STARTXREF.matcher(tail);
        long xref = -1;
        while (start.find()) {
            xref = Long.parseLong(start.group(1));
        }
        if (xref < 0 || xref >= length) {
            throw new IOException("not a PDF (no startxref)");
        }
        file.seek(xref);
        if (!line().equals("xref")) {
            throw new IOException("the PDF has a compressed cross-reference stream, which this verifier does not"
                    + " read: extract " + org.accord.exchangelog.files.DossierJson.FILE_NAME + " with a PDF tool (pdfdetach -saveall) and verify it");
        }
        for (String line = line(); !line.startsWith("trailer"); line = line()) {
            Matcher subsection = SUBSECTION.matcher(line);
            if (!subsection.matches()) {
                throw new IOException("unreadable cross-reference table: \"" + line + "\"");
            }
            int first = Integer.parseInt(subsection.group(1));
            int count = Integer.parseInt(subsection.group(2));
            for (int i = 0; i < count; i++) {
                String entry = line();
                if (entry.endsWith("n")) {
                    offsets.put(first + i, Long.parseLong(entry.substring(0, 10)));
                }
            }
        }
    }

    private InputStream attachment(String name) throws IOException {
        Pattern named = Pattern.compile("/U?F\\s*\\(" + Pattern.quote(name) + "\\)");
        for (Map.Entry<Integer, Long> object : offsets.entrySet()) {
            String dictionary = dictionary(object.getValue());
            Matcher embedded = EMBEDDED.matcher(dictionary);
            if (FILESPEC.matcher(dictionary).find() && named.matcher(dictionary).find() && embedded.find()) {
                return stream(Integer.parseInt(embedded.group(1)));
            }
        }
        throw new IOException("the PDF has no attached file named " + name);
    }

    /** The decoded content of stream object {@code number}. */
    private InputStream stream(int number) throws IOException {
        long offset = offset(number);
        String dictionary = dictionary(offset);
        int keyword = dictionary.indexOf("stream");
        Matcher length = LENGTH.matcher(dictionary);
        if (keyword < 0 || !length.find() || length.start() > keyword) {
            throw new IOException("the attached file's stream has no /Length");
        }
        long bytes = length.group(2) == null ? Long.parseLong(length.group(1))
                : indirectNumber(Integer.parseInt(length.group(1)));
        Matcher filter = FILTER.matcher(dictionary.substring(0, keyword));
        String decode = filter.find() ? (filter.group(2) != null ? filter.group(2) : filter.group(1)) : null;
        if (decode != null && !decode.equals("/FlateDecode")) {
            throw new IOException("the attached file is encoded with " + decode + ", which this verifier does not read");
        }
        long data = offset + keyword + "stream".length();
        data += dictionary.startsWith("\r\n", keyword + 6) ? 2 : 1; // the keyword's end of line
        FileChannel channel = file.getChannel().position(data);
        InputStream raw = new BufferedInputStream(bounded(Channels.newInputStream(channel), bytes), 1 << 16);
        return decode == null ? raw : new InflaterInputStream(raw, new java.util.zip.Inflater(), 1 << 16);
    }

    private long indirectNumber(int number) throws IOException {
        Matcher value = NUMBER_OBJECT.matcher(dictionary(offset(number)));
        if (!value.find()) {
            throw new IOException("object " + number + " is not a number");
        }
        return Long.parseLong(value.group(1));
    }

    private long offset(int number) throws IOException {
        Long offset = offsets.get(number);
        if (offset == null) {
            throw new IOException("the PDF has no object " + number);
        }
        return offset;
    }

    private String dictionary(long offset) throws IOException {
        return read(offset, (int) Math.min(DICTIONARY_BYTES, file.length() - offset));
    }

    private String read(long offset, int length) throws IOException {
        byte[] bytes = new byte[Math.max(0, length)];
        file.seek(offset);
        file.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** One line of the cross-reference section, without its end of line. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = file.read()) >= 0 && c != '\n' && c != '\r') {
            line.append((char) c);
        }
        if (c == '\r') {
            long mark = file.getFilePointer();
            if (file.read() != '\n') {
                file.seek(mark);
            }
        }
        if (c < 0 && line.length() == 0) {
            throw new IOException("the cross-reference table ends early");
        }
        String text = line.toString().strip();
        return text.isEmpty() ? line() : text;
    }

    /** At most {@code limit} bytes of {@code in}; closing it closes {@code in}. */
    private static InputStream bounded(InputStream in, long limit) {
        return new InputStream() {
            private long left = limit;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                left -= b < 0 ? left : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, left));
                left -= n < 0 ? left : n;
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
