package org.accord.cooperation;

import static org.accord.exchangelog.DossierStyle.SMALL;
import static org.accord.exchangelog.DossierStyle.TEXT;
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
import java.util.List;
import org.accord.agreement.Agreement;

/**
 * A request as a PDF (issue 3, item 5): the request, its linked reports' summary, the thread, every
 * state change with its time, and the invoked agreement's terms. Times are UTC; a report the reader's
 * country may not see is named without its title.
 */
public final class RequestPdf {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private RequestPdf() {
    }

    public static void write(CooperationRequest request, List<LinkedReport> reports, Agreement agreement,
            Instant printedAt, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle("Accord cooperation request " + request.getReference());
        document.addCreator("Accord");
        document.open();
        document.add(paragraph("Cooperation request " + request.getReference(), TITLE));
        document.add(paragraph("From " + request.getSenderCountry() + " to " + request.getRequestedCountry()
                + " - printed " + UTC.format(printedAt) + " (all times UTC)", SMALL));

        PdfPTable facts = facts();
        fact(facts, "Title", request.getTitle(), false);
        fact(facts, "Type", request.getRequestType(), false);
        fact(facts, "Status", request.getStatus().wire(), false);
        fact(facts, "Sent", UTC.format(request.getSentAt()) + " by " + request.getSentBy(), false);
        fact(facts, "Acknowledge by", UTC.format(request.getAcknowledgeBy()), false);
        fact(facts, "Answer by", UTC.format(request.getAnswerBy()), false);
        fact(facts, "Expires", UTC.format(request.getExpiresAt()), false);
        fact(facts, "Escalated", request.isEscalated() ? "yes" : "no", false);
        fact(facts, "Request", request.getBody(), false);
        document.add(facts);

        document.add(heading("Linked reports"));
        PdfPTable linked = headedTable(new float[] {22, 48, 15, 15}, "Report", "Title", "TLP", "Status");
        for (LinkedReport report : reports) {
            row(linked, report.reference(), report.visible() ? report.title() : "(not shared with your country)",
                    report.tlp(), report.status());
        }
        document.add(linked);

        document.add(heading("Thread"));
        PdfPTable thread = headedTable(new float[] {22, 20, 12, 46}, "Time", "Author (country)", "Kind", "Text");
        for (RequestMessage m : request.getMessages()) {
            row(thread, UTC.format(m.getAt()), m.getAuthor() + " (" + m.getAuthorCountry() + ")", m.getKind(), m.getBody());
        }
        document.add(request.getMessages().isEmpty() ? paragraph("No messages.", TEXT) : thread);

        document.add(heading("State changes"));
        PdfPTable changes = headedTable(new float[] {22, 14, 14, 22, 28}, "Time", "From", "To", "By (country)", "Reason");
        for (RequestTransition t : request.getTransitions()) {
            row(changes, UTC.format(t.getAt()), t.getFromStatus() == null ? "-" : t.getFromStatus().wire(),
                    t.getToStatus().wire(), t.getActor() + " (" + t.getActorCountry() + ")", t.getReason());
        }
        document.add(changes);

        document.add(heading("Agreement " + agreement.getReference() + ": " + printable(agreement.getTitle())));
        PdfPTable terms = facts();
        fact(terms, "Parties", String.join(", ", agreement.getPartyCountries()), false);
        fact(terms, "Legal basis", agreement.getLegalBasisKind() + ": " + agreement.getLegalBasis(), false);
        fact(terms, "Valid", agreement.getValidFrom() + " to " + agreement.getValidTo(), false);
        fact(terms, "Request types", String.join(", ", agreement.getRequestTypes()), false);
        fact(terms, "Highest TLP", agreement.getMaxTlp().label(), false);
        fact(terms, "Evidence categories", String.join(", ", agreement.getEvidenceCategories()), false);
        fact(terms, "Deadlines", "acknowledge within " + agreement.getAckHours() + " hours; answer within "
                + agreement.getAnswerBusinessDays() + " business days of " + request.getRequestedCountry()
                + "; expires " + agreement.getExpiryGraceDays() + " days after the answer deadline", false);
        fact(terms, "Retention", agreement.getRetentionDays() + " days", false);
        fact(terms, "Onward sharing", agreement.isOnwardSharing() ? "allowed" : "not allowed", false);
        document.add(terms);
        document.close();
    }

    private static void row(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(new Phrase(printable(value), TEXT)));
        }
    }
}
