package org.accord.exchangelog;

import static org.accord.exchangelog.DossierStyle.BOLD;
import static org.accord.exchangelog.DossierStyle.SMALL;
import static org.accord.exchangelog.DossierStyle.TEXT;
import static org.accord.exchangelog.DossierStyle.cell;
import static org.accord.exchangelog.DossierStyle.fact;
import static org.accord.exchangelog.DossierStyle.mono;
import static org.accord.exchangelog.DossierStyle.printable;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfFileSpecification;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.EntryTime;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.DossierJson;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * Lays out a dossier with OpenPDF while its entries arrive: the cover ({@link DossierCover}), then one
 * table row per entry with its fields, its full leaf hash and its audit path, then how to verify it all
 * ({@link DossierGuide}). The table is a large element ({@code setComplete(false)}) handed to the
 * document every {@value #FLUSH_EVERY} entries, so its written rows are dropped and finished pages go to
 * the output stream: memory does not grow with the number of entries.
 * <p>
 * The same entries, proofs and signed tree head go, machine-readable, into {@code dossier.jsonl}
 * ({@link DossierJson}), which is attached to the PDF as an embedded file so that the dossier alone can be
 * checked by {@code accord-verifier.jar verify-dossier}. The PDF's pages stream while the attachment can
 * only be written once complete, so its lines collect in a temporary file, embedded (streamed from the file
 * by OpenPDF) when the document is finished and deleted by {@link #close()}.
 */
public final class DossierWriter implements AutoCloseable {

    static final int FLUSH_EVERY = 40;
    private static final float[] COLUMNS = {5, 17, 12, 13, 7, 14, 8, 24};
    private static final String[] HEADERS = {"seq", "time (UTC)", "actor (country)", "action", "countries",
        "object (type, id)", "agreement", "outcome"};

    private final Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 34);
    private final PdfWriter pdf;
    private final DossierCover cover;
    private final Path jsonFile;
    private final OutputStream json;
    private final PdfPTable table = entryTable();
    private int pending;
    private long count;
    private LogEntry example;
    private String exampleHash;

    public DossierWriter(OutputStream out, DossierCover cover) {
        this.cover = cover;
        try {
            jsonFile = Files.createTempFile("accord-dossier", ".jsonl");
            json = new BufferedOutputStream(Files.newOutputStream(jsonFile), 1 << 16);
            json.write(DossierJson.header(header(cover)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dossier's machine-readable part", e);
        }
        PdfWriter writer = PdfWriter.getInstance(document, out);
        pdf = writer;
        writer.setCloseStream(false);
        writer.setPageEvent(new Footer(cover.subject() + " - signed tree head of size " + cover.treeSize()));
        document.addTitle("Accord exchange log dossier: " + cover.subject());
        document.addCreator("Accord");
        document.open();
        writeCover();
    }

    /**
     * Adds one entry: {@code storedLeafHash} is the hash the portal stored when it was logged (base64);
     * {@code auditPath} leads from it to the root of the signed head. An entry whose fields no longer
     * hash to the stored hash is printed with a warning.
     */
    public void add(LogEntry entry, String storedLeafHash, List<byte[]> auditPath) {
        String recomputed = Base64.getEncoder().encodeToString(EntryEncoder.forCurrentThread().leafHash(entry));
        table.addCell(text(Long.toString(entry.seq())));
        table.addCell(text(EntryTime.format(entry.time())));
        table.addCell(text(entry.actor() + " (" + entry.actorCountry() + ")"));
        table.addCell(text(entry.action()));
        table.addCell(text(String.join(", ", entry.countries())));
        table.addCell(text(entry.objectType() + " " + entry.objectId()));
        table.addCell(text(entry.agreementId()));
        table.addCell(text(entry.outcome()));
        Phrase proof = new Phrase();
        proof.add(new Phrase("leaf hash of #" + entry.seq() + ":  ", SMALL));
        proof.add(mono(storedLeafHash));
        proof.add(new Phrase("\naudit path (" + auditPath.size() + " hashes, leaf's sibling first):  ", SMALL));
        StringBuilder path = new StringBuilder();
        for (byte[] hash : auditPath) {
            path.append(path.length() == 0 ? "" : " ").append(Base64.getEncoder().encodeToString(hash));
        }
        proof.add(mono(path.toString()));
        if (!recomputed.equals(storedLeafHash)) {
            proof.add(new Phrase("\nWARNING: the fields above hash to " + recomputed + ", not to the leaf hash"
                    + " logged: this entry was changed after it was logged.", DossierStyle.WARNING));
        }
        PdfPCell cell = cell(proof);
        cell.setColspan(COLUMNS.length);
        cell.setBackgroundColor(DossierStyle.PROOF_BACKGROUND);
        cell.setPaddingBottom(4);
        table.addCell(cell);
        if (example == null) {
            example = entry;
            exampleHash = recomputed;
        }
        try {
            DossierJson.writeEntry(json, EntryEncoder.forCurrentThread(), entry, storedLeafHash, auditPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
        if (++pending == FLUSH_EVERY) {
            document.add(table);
            pending = 0;
        }
    }

    /** Ends the table, adds the verification guide and closes the document (not the stream). */
    public void finish() {
        if (count == 0) {
            PdfPCell none = cell(new Phrase("No entry visible to the exporter matches the filter.", TEXT));
            none.setColspan(COLUMNS.length);
            table.addCell(none);
        }
        table.setComplete(true);
        document.add(table);
        document.add(DossierStyle.paragraph(count + (count == 1 ? " entry." : " entries."), BOLD));
        String exampleJson = example == null ? null
                : new String(EntryEncoder.forCurrentThread().canonicalBytes(example), StandardCharsets.UTF_8);
        DossierGuide.add(document, cover, exampleJson, exampleHash);
        attachJson();
        document.close();
    }

    /** Deletes the temporary file of the machine-readable part (also after a failed or aborted export). */
    @Override
    public void close() {
        try {
            json.close();
            Files.deleteIfExists(jsonFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void attachJson() {
        try {
            json.close();
            PdfFileSpecification file = PdfFileSpecification.fileEmbedded(pdf, jsonFile.toString(),
                    DossierJson.FILE_NAME, null, "application/x-ndjson", null, Deflater.BEST_SPEED);
            pdf.addFileAttachment("Machine-readable entries, audit paths and signed tree head of this dossier:"
                    + " java -jar accord-verifier.jar verify-dossier THIS.pdf", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot attach the dossier's machine-readable part", e);
        }
    }

    private static DossierJson.Header header(DossierCover cover) {
        Base64.Decoder base64 = Base64.getDecoder();
        return new DossierJson.Header(cover.subject(), cover.filter(), cover.scope(), cover.exportedBy(),
                cover.exportedAt(), cover.exportSeq(), new SignedTreeHead(cover.treeSize(),
                        base64.decode(cover.rootHash()), cover.headTime(), base64.decode(cover.signature())),
                cover.publicKey());
    }

    /** How many entries were added. */
    public long count() {
        return count;
    }

    private void writeCover() {
        document.add(new Paragraph("Accord exchange log dossier", DossierStyle.TITLE));
        document.add(DossierStyle.paragraph(printable(cover.subject()), BOLD));
        PdfPTable facts = DossierStyle.facts();
        fact(facts, "Filter", cover.filter(), false);
        fact(facts, "Entries included", cover.scope(), false);
        fact(facts, "Exported by", cover.exportedBy(), false);
        fact(facts, "Exported at (UTC)", cover.exportedAt().toString(), false);
        fact(facts, "Export recorded as", "exchange log entry #" + cover.exportSeq()
                + " (action exchange-log.dossier)", false);
        document.add(facts);

        document.add(DossierStyle.heading("Signed tree head"));
        document.add(DossierStyle.paragraph("Every audit path below leads to the root hash of this tree head,"
                + " which the portal signed with its Ed25519 key (the public key: X.509 SubjectPublicKeyInfo,"
                + " DER, in base64).", TEXT));
        PdfPTable head = DossierStyle.facts();
        fact(head, "Tree size", Long.toString(cover.treeSize()), false);
        fact(head, "Time (UTC)", cover.headTime() + "  (" + cover.headTime().toEpochMilli()
                + " ms since 1970-01-01T00:00:00Z)", false);
        fact(head, "Root hash (base64)", cover.rootHash(), true);
        fact(head, "Signature (Ed25519, base64)", cover.signature(), true);
        fact(head, "Portal public key (base64)", cover.publicKey(), true);
        document.add(head);

        document.add(DossierStyle.heading("Entries"));
        document.add(DossierStyle.paragraph("Each entry: the fields its leaf hash is computed from (time in"
                + " UTC, to the microsecond; '-' for an absent agreement or outcome), then its full leaf hash"
                + " and its audit path in the tree of the signed head above. Entries hold ids only, never"
                + " report or evidence content.", TEXT));
    }

    private static PdfPTable entryTable() {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String header : HEADERS) {
            PdfPCell cell = cell(new Phrase(header, BOLD));
            cell.setBackgroundColor(DossierStyle.HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell text(String value) {
        return cell(new Phrase(DossierStyle.words(printable(value), TEXT)));
    }

    /** The subject and the page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String text;

        Footer(String text) {
            this.text = printable(text);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Accord exchange log dossier - " + text + " - page " + writer.getPageNumber(), SMALL),
                    (document.left() + document.right()) / 2, document.bottom() - 18, 0);
        }
    }
}
