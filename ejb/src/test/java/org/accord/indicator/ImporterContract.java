package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.accord.persistence.Migrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The importer on a real database, through the sink the server uses there (COPY on PostgreSQL, JDBC batches
 * on H2): duplicates merged exactly, numbering, nothing left by a failed import once it rolls back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImporterContract {

    private DataSource dataSource;
    private long report;

    abstract DataSource emptyDatabase() throws Exception;

    abstract RowSink sink(Connection connection) throws SQLException;

    @BeforeAll
    void migrate() throws Exception {
        dataSource = emptyDatabase();
        Migrations.flyway(dataSource, true).migrate();
    }

    @BeforeEach
    void newReport() throws SQLException {
        report++;
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            sql.execute("insert into incident_report (id, reference, owner_country, title, description, rsit_class,"
                    + " rsit_type, severity, tlp, status, aware_at, created_by, created_at, updated_by, updated_at,"
                    + " version) values (" + report + ", 'CN-2026-" + (900000 + report) + "', 'CN', 't', 'd',"
                    + " 'malicious-code', 'c2-server', 'high', 'AMBER', 'draft', current_timestamp, 'x',"
                    + " current_timestamp, 'x', current_timestamp, 1)");
        }
    }

    private ImportCounts importInto(String body, boolean skipInvalid, boolean commit) throws Exception {
        return importInto(new StringReader(body), skipInvalid, commit);
    }

    private ImportCounts importInto(Reader body, boolean skipInvalid, boolean commit) throws Exception {
        return inTransaction(commit, (c, sink) -> new IndicatorImporter(c, report, new LineParser(ImportFormat.CSV,
                Constituencies.of(List.of(DemoCountries.cn(), DemoCountries.us()))), skipInvalid)
                .run(body, sink, ImportControl.NONE));
    }

    /** An import on a connection of its own, committed or rolled back as the test says (and on any failure). */
    private ImportCounts inTransaction(boolean commit, Import run) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (RowSink sink = sink(c)) {
                ImportCounts counts = run.into(c, sink);
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return counts;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private interface Import {
        ImportCounts into(Connection connection, RowSink sink) throws Exception;
    }

    /** A bundle of {@code n} indicators, each followed by a malware object (so context is written mid-stream). */
    private static String bundle(int n) {
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String uuid = String.format("%08d-2222-4222-8222-222222222222", i);
            objects.append(i == 0 ? "" : ",").append("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":")
                    .append("\"indicator--").append(uuid).append("\",\"pattern_type\":\"stix\",\"valid_from\":")
                    .append("\"2026-11-01T00:00:00Z\",\"pattern\":\"[ipv4-addr:value = '10.0.").append(i / 250)
                    .append('.').append(i % 250).append("']\"},{\"type\":\"malware\",\"spec_version\":\"2.1\",")
                    .append("\"id\":\"malware--").append(uuid).append("\",\"name\":\"m").append(i)
                    .append("\",\"is_family\":true}");
        }
        return "{\"type\":\"bundle\",\"id\":\"bundle--" + java.util.UUID.randomUUID() + "\",\"objects\":["
                + objects + "]}";
    }

    private ImportCounts importStix(String body, boolean commit) throws Exception {
        return inTransaction(commit, (c, sink) -> {
            LineParser values = new LineParser(ImportFormat.STIX, Constituencies.of(List.of(DemoCountries.cn())));
            StixSource source = new StixSource(new StringReader(body), new StixObjects(new StixIndicatorReader(values),
                    new StixMarkings(org.accord.incident.Tlp.AMBER), java.util.Set.of()));
            return new IndicatorImporter(c, report, values, false).run(source, sink, new ContextSink(c, report),
                    ImportControl.NONE);
        });
    }

    private long contextRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from report_stix_object where report_id = "
                        + report)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aStixBundleWritesIndicatorsAndContextInOneTransaction() throws Exception {
        String body = bundle(1200);
        ImportCounts rolledBack = importStix(body, false);
        assertEquals(1200, rolledBack.added);
        assertEquals(0, count(""));
        assertEquals(0, contextRows());

        ImportCounts counts = importStix(body, true);
        assertEquals(2400, counts.lines);
        assertEquals(1200, counts.added);
        assertEquals(java.util.Map.of("malware", 1200L), counts.contextByType);
        assertEquals(1200, count(""));
        assertEquals(1200, contextRows());

        ImportCounts again = importStix(body, true); // the same ids: merged, replaced
        assertEquals(1200, again.merged);
        assertEquals(List.of("ipv4 other unmatched =1200"), tally());
        assertEquals(1200, count(""));
        assertEquals(1200, contextRows());
    }

    private long count(String where) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from indicator where report_id = " + report
                        + (where.isEmpty() ? "" : " and " + where))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The report's tally as "kind role routing country=rows" lines, sorted. */
    private List<String> tally() throws SQLException {
        return rows("select kind || ' ' || role || ' ' || routing || ' ' || routed_country || '=' || rows_counted"
                + " from indicator_tally where report_id = " + report);
    }

    /** The same, counted from the report's rows: what the tally must always say. */
    private List<String> countedRows() throws SQLException {
        return rows("select kind || ' ' || role || ' ' || routing || ' ' || coalesce(routed_country, '') || '=' ||"
                + " count(*) from indicator where report_id = " + report
                + " group by kind, role, routing, coalesce(routed_country, '')");
    }

    private List<String> rows(String query) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        java.util.Collections.sort(found);
        return found;
    }

    @Test
    void duplicatesAreMergedWithinAndAcrossImportsWidening() throws Exception {
        ImportCounts first = importInto("type,value,role,first_seen,last_seen\n"
                + "ipv4,1.80.0.1,infected-system,2026-11-05T00:00:00Z,2026-11-06T00:00:00Z\n"
                + "ipv4,4.0.0.1,c2-server\n"
                + "ipv4,1.80.0.1,source,2026-11-01T00:00:00Z,2026-11-02T00:00:00Z\n"
                + "domain,X.Example.CN,other\n", false, true);
        assertEquals(3, first.added);
        assertEquals(1, first.merged);
        assertEquals(3, first.byRouting[Routing.MATCHED.ordinal()]);
        ImportCounts second = importInto("domain,x.example.cn.\nipv4,1.80.0.1,,,2026-11-09T00:00:00Z\n"
                + "ipv4,9.9.9.9\n", false, true);
        assertEquals(1, second.added);
        assertEquals(2, second.merged);
        assertEquals(4, count(""));
        assertEquals(1, count("val = '1.80.0.1' and role = 'infected-system' and routed_country = 'CN'"
                + " and first_seen = timestamp with time zone '2026-11-01 00:00:00+00'"
                + " and last_seen = timestamp with time zone '2026-11-09 00:00:00+00'"));
        assertEquals(1, count("n = 4 and val = '9.9.9.9' and routing = 'unmatched'"));
        // merges add nothing to the tally, and a merged value keeps its first role
        assertEquals(List.of("domain other matched CN=1", "ipv4 c2-server matched US=1",
                "ipv4 infected-system matched CN=1", "ipv4 other unmatched =1"), tally());
        assertEquals(countedRows(), tally());
    }

    @Test
    void aFailedImportLeavesNothing() throws Exception {
        Reader breaksOff = new Reader() {
            int lines;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (lines++ > 20_000) {
                    throw new IOException("client went away");
                }
                String line = "ipv4,10.0." + (lines >> 8 & 255) + "." + (lines & 255) + "\n";
                line.getChars(0, line.length(), buffer, offset);
                return line.length();
            }

            @Override
            public void close() {
            }
        };
        assertThrows(IOException.class, () -> importInto(breaksOff, false, true));
        assertEquals(0, count(""));
        ImportCounts invalid = importInto("ipv4,1.80.0.1\nipv4,1.80.0.999\nipv4,1.80.0.2\n", false, false);
        assertEquals(1, invalid.errorCount);
        assertEquals(2, invalid.errors.get(0).line());
        assertEquals(0, count(""));
        assertEquals(List.of(), tally());
    }

    @Test
    void skippingInvalidLinesKeepsTheRest() throws Exception {
        ImportCounts counts = importInto("ipv4,1.80.0.1\nipv4,2001:db8::1\nipv6,2001:db8::1\n", true, true);
        assertEquals(2, counts.added);
        assertEquals(1, counts.skipped);
        assertTrue(counts.errors.get(0).reason().contains("IPv6 address, not IPv4"));
        assertEquals(2, count(""));
    }

    @Test
    void aLargeBodyIsNumberedWithoutGapsAndMergedExactly() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            body.append("ipv4,4.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255)
                    .append('\n');
        }
        for (int i = 0; i < 30_000; i += 3) {
            body.append("ipv4,4.0.").append(i >> 8 & 255).append('.').append(i & 255).append('\n');
        }
        ImportCounts counts = importInto(body.toString(), false, true);
        assertEquals(30_000, counts.added);
        assertEquals(10_000, counts.merged);
        assertEquals(30_000, count("routed_country = 'US'"));
        assertEquals(30_000, count("n between 1 and 30000"));
        assertEquals(List.of("ipv4 other matched US=30000"), tally());
    }
}
