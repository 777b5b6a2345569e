package org.accord.indicator;

import static org.accord.exchangelog.DossierStyle.BOLD;
import static org.accord.exchangelog.DossierStyle.HEADER_BACKGROUND;
import static org.accord.exchangelog.DossierStyle.SMALL;
import static org.accord.exchangelog.DossierStyle.TITLE;
import static org.accord.exchangelog.DossierStyle.cell;
import static org.accord.exchangelog.DossierStyle.fact;
import static org.accord.exchangelog.DossierStyle.facts;
import static org.accord.exchangelog.DossierStyle.heading;
import static org.accord.exchangelog.DossierStyle.paragraph;
import static org.accord.exchangelog.DossierStyle.printable;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.accord.incident.IncidentReport;

/**
 * A report with its indicators as an annex, as a PDF (docs/indicators.md, "PDF"). Written as a stream: the
 * annex is one table filled a batch at a time and handed to the document every {@link #FLUSH_ROWS} rows, so
 * its finished pages go out and only the rows of the current page stay in memory, whatever the report's size.
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

    /** Writes the document; {@code batches} gives the indicators after a number, in order (empty at the end). */
    void write(OutputStream out, Map<String, Long> countsByType, Instant printedAt,
            IntFunction<List<Indicator>> batches) {
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
        PdfPTable annex = header();
        annex.setComplete(false);
        int rows = 0;
        int after = 0;
        for (List<Indicator> batch; !(batch = batches.apply(after)).isEmpty(); ) {
            for (Indicator indicator : batch) {
                row(annex, indicator);
                after = indicator.getN();
                if (++rows % FLUSH_ROWS == 0) {
                    document.add(annex);
                }
            }
        }
        annex.setComplete(true);
        document.add(rows == 0 ? paragraph("The report has no indicators.", SMALL) : annex);
        document.close();
    }

    static PdfPTable header() {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : COLUMNS) {
            PdfPCell cell = cell(new Phrase(column, BOLD));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Indicator indicator) {
        add(table, Integer.toString(indicator.getN()));
        add(table, indicator.getType().wire());
        add(table, indicator.getValue());
        add(table, indicator.getRole().wire());
        add(table, indicator.getFirstSeen() == null ? "" : UTC.format(indicator.getFirstSeen()));
        add(table, indicator.getLastSeen() == null ? "" : UTC.format(indicator.getLastSeen()));
        add(table, indicator.getRouting() == Routing.MATCHED ? indicator.getRoutedCountry()
                : indicator.getRouting().wire());
    }

    private static void add(PdfPTable table, String value) {
        table.addCell(cell(new Phrase(printable(value), SMALL)));
    }
}
