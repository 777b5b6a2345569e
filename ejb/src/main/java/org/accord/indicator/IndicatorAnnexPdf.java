package org.accord.indicator;

import static org.accord.exchangelog.DossierStyle.SMALL;
import static org.accord.exchangelog.DossierStyle.TITLE;
import static org.accord.exchangelog.DossierStyle.cell;
import static org.accord.exchangelog.DossierStyle.fact;
import static org.accord.exchangelog.DossierStyle.facts;
import static org.accord.exchangelog.DossierStyle.headedTable;
import static org.accord.exchangelog.DossierStyle.heading;
import static org.accord.exchangelog.DossierStyle.paragraph;
import static org.accord.exchangelog.DossierStyle.printable;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.accord.incident.IncidentReport;

/**
 * A report with its indicators as an annex, as a PDF (docs/indicators.md, "PDF"). Written as a stream: the
 * annex is one table filled row by row from a streamed query and handed to the document every {@link #FLUSH_ROWS}
 * rows, so its finished pages go out and only the rows of the current page stay in memory, whatever the size.
 */
final class IndicatorAnnexPdf {

    static final String[] COLUMNS = {"No.", "Type", "Value", "Role", "First seen", "Last seen", "Routed to"};
    static final float[] WIDTHS = {7, 7, 38, 12, 13, 13, 10};
    private static final int FLUSH_ROWS = 200;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final IncidentReport report;
    private final boolean content;

    IndicatorAnnexPdf(IncidentReport report, boolean content) {
        this.report = report;
        this.content = content;
    }

    /** Writes the document; {@code rows} hands over the report's indicators in order. */
    void write(OutputStream out, Map<String, Long> countsByType, Instant printedAt,
            Consumer<Consumer<AnnexRows.Row>> rows) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle("Accord report " + report.getReference() + " with its indicators");
        document.addCreator("Accord");
        document.open();
        document.add(paragraph("Report " + report.getReference() + " and its indicators", TITLE));
        document.add(paragraph("Reported by " + report.getOwnerCountry() + " - TLP:" + report.getTlp().label()
                + " - printed " + UTC.format(printedAt) + " (all times UTC)", SMALL));
        PdfPTable facts = facts();
        fact(facts, "Title", content ? report.getTitle() : "(TLP:RED content, not shown to you)", false);
        fact(facts, "Status", report.getStatus().name().toLowerCase(), false);
        fact(facts, "Class / type", report.getRsitClass() + " / " + report.getRsitType(), false);
        fact(facts, "Aware since", UTC.format(report.getAwareAt()), false);
        long total = countsByType.values().stream().mapToLong(Long::longValue).sum();
        fact(facts, "Indicators", total + (countsByType.isEmpty() ? "" : countsByType.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", " (", ")"))), false);
        document.add(facts);

        document.add(heading("Annex: indicators"));
        PdfPTable annex = headedTable(WIDTHS, COLUMNS);
        annex.setComplete(false);
        int[] added = {0};
        rows.accept(row -> {
            row(annex, row);
            if (++added[0] % FLUSH_ROWS == 0) {
                document.add(annex);
            }
        });
        annex.setComplete(true);
        document.add(added[0] == 0 ? paragraph("The report has no indicators.", SMALL) : annex);
        document.close();
    }

    private static void row(PdfPTable table, AnnexRows.Row row) {
        add(table, Integer.toString(row.n()));
        add(table, row.type());
        add(table, row.value());
        add(table, row.role());
        add(table, row.firstSeen() == null ? "" : UTC.format(row.firstSeen()));
        add(table, row.lastSeen() == null ? "" : UTC.format(row.lastSeen()));
        add(table, row.routedTo());
    }

    private static void add(PdfPTable table, String value) {
        table.addCell(cell(new Phrase(printable(value), SMALL)));
    }
}
