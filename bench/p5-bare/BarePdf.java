import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * P5's baseline: bare OpenPDF rendering the same annex table (same columns, widths, fonts, cell padding and
 * borders, the same rows read beforehand from a TSV file into memory) to a stream that discards the bytes. No
 * database, no HTTP, no access check. Prints one line per round: "round N: rows R, M ms, B bytes".
 *
 * Usage: java -cp openpdf.jar bench/p5-bare/BarePdf.java ROWS.tsv ROUNDS
 */
public class BarePdf {

    static final String[] COLUMNS = {"No.", "Type", "Value", "Role", "First seen", "Last seen", "Routed to"};
    static final float[] WIDTHS = {7, 7, 38, 12, 13, 13, 10};
    static final Font TEXT = new Font(Font.HELVETICA, 7);
    static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);

    public static void main(String[] args) throws Exception {
        List<String[]> rows = Files.readAllLines(Path.of(args[0])).stream().map(l -> l.split("\t", -1)).toList();
        int rounds = Integer.parseInt(args[1]);
        List<String[]> warmUpRows = rows.subList(0, Math.min(rows.size(), 20_000));
        for (int warmUp = 0; warmUp < 5; warmUp++) { // the portal's JIT is warm too
            render(warmUpRows, OutputStream.nullOutputStream());
        }
        for (int round = 1; round <= rounds; round++) {
            long[] bytes = {0};
            OutputStream counting = new OutputStream() {
                @Override public void write(int b) { bytes[0]++; }
                @Override public void write(byte[] b, int off, int len) { bytes[0] += len; }
            };
            long start = System.nanoTime();
            render(rows, counting);
            System.out.printf("round %d: rows %d, %d ms, %d bytes%n", round, rows.size(),
                    (System.nanoTime() - start) / 1_000_000, bytes[0]);
        }
    }

    static void render(List<String[]> rows, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Arrays.stream(COLUMNS).forEach(c -> table.addCell(cell(c, BOLD)));
        table.setComplete(false);
        int n = 0;
        for (String[] row : rows) {
            for (String value : row) {
                table.addCell(cell(value, TEXT));
            }
            if (++n % 200 == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
        document.close();
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderWidth(0.3f);
        cell.setPadding(2.5f);
        return cell;
    }
}
