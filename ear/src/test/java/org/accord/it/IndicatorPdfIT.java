package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.it.support.Indicators;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * A report with its indicators as a PDF annex (docs/indicators.md, "PDF"): every indicator is in the annex once,
 * in order, with its role, first and last seen and where it routes; its readers are those of the indicators, and
 * another country learns nothing of the report.
 */
class IndicatorPdfIT {

    private static final int ROWS = 3000;
    private static final Pattern IP = Pattern.compile("\\b1\\.80\\.\\d+\\.\\d+\\b");

    @Test
    void theAnnexListsEveryIndicatorOnceInOrder() {
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorPdfIT")).getString("id");
        StringBuilder csv = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String ip = "1.80." + (i / 250) + "." + (i % 250 + 1);
            expected.add(ip);
            csv.append("ipv4,").append(ip).append(",infected-system\n");
        }
        csv.append("domain,c2.example.de,c2-server,2026-11-01T10:00:00Z,2026-11-02T11:30:00Z\n");
        Indicators.importCsv(CN_REPORTER, report, csv.toString(), "").expect(201);
        JsonObject domain = Indicators.list(CN_REPORTER, report, "?type=domain").getJsonArray("items")
                .getJsonObject(0);
        String routedTo = domain.getString("routing").equals("matched") ? domain.getString("country")
                : domain.getString("routing");

        Pdfs.Download pdf = Pdfs.download(CN_REPORTER, Indicators.path(report) + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.isPdf(), pdf.header("Content-Type"));
        assertTrue(pdf.header("Content-Disposition").startsWith("attachment"), pdf.header("Content-Disposition"));
        String text = Pdfs.text(pdf.body());
        assertTrue(text.contains("Report " + report + " and its indicators"), text.substring(0, 300));
        assertTrue(text.contains(Integer.toString(ROWS + 1)), "the total is printed");

        List<String> printed = new ArrayList<>();
        for (Matcher m = IP.matcher(text); m.find(); ) {
            printed.add(m.group());
        }
        assertEquals(expected, printed, "every address once, in the report's order");
        assertEquals(ROWS, new HashSet<>(printed).size());
        assertEquals(ROWS, occurrences(text, "infected-system"));
        String tail = text.substring(text.indexOf("c2.example.de"));
        for (String cell : List.of("c2-server", "2026-11-01 10:00", "2026-11-02 11:30", routedTo)) {
            assertTrue(tail.contains(cell), "the last row shows " + cell + ":\n" + tail);
        }

        assertEquals(200, Pdfs.download(CN_AUDITOR, Indicators.path(report) + "/pdf").status());
        assertEquals(200, Pdfs.download(INT_AUDITOR, Indicators.path(report) + "/pdf").status());
        Pdfs.Download foreign = Pdfs.download(US_LIAISON, Indicators.path(report) + "/pdf");
        assertEquals(404, foreign.status());
        assertFalse(new String(foreign.body()).contains("1.80.0.1"));
    }

    private static int occurrences(String text, String word) {
        return text.split(Pattern.quote(word), -1).length - 1;
    }
}
