package org.accord.indicator;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One import into one report, on the connection of the caller's transaction (docs/indicators.md,
 * "Ingest"): reads the body record by record (lines, or the objects of a STIX bundle), writes new values
 * through a {@link RowSink} and STIX context through a {@link ContextSink}, merges duplicates, collects
 * per-record errors, and adds the rows it inserted to the report's {@link IndicatorTally}. It never commits: the whole import is the caller's transaction, so a failure
 * anywhere leaves nothing behind. The caller holds the report's lock, so numbering from max(n) is safe.
 * <p>
 * Duplicates: a value whose hash was seen (earlier in this body, or in the report already) is set aside;
 * batches of those are settled in SQL — an UPDATE that widens first/last seen, and for a hash collision
 * (UPDATE found nothing) an INSERT — so merging is exact though the table of seen values holds hashes only.
 */
final class IndicatorImporter {

    private static final int SUSPECTS_BATCH = 5000;
    private static final String MERGE = "update indicator set"
            + " first_seen = coalesce(least(first_seen, cast(? as timestamp with time zone)), first_seen,"
            + " cast(? as timestamp with time zone)),"
            + " last_seen = coalesce(greatest(last_seen, cast(? as timestamp with time zone)), last_seen,"
            + " cast(? as timestamp with time zone))"
            + " where report_id = ? and kind = ? and val = ?";

    private final Connection connection;
    private final long reportId;
    private final LineParser parser;
    private final boolean skipInvalid;
    private final ImportCounts counts = new ImportCounts();
    private final ValueHashes seen = new ValueHashes();
    private final IndicatorTally tally = new IndicatorTally();
    private final Map<String, IndicatorLine> suspects = new LinkedHashMap<>();
    private int next;

    IndicatorImporter(Connection connection, long reportId, LineParser parser, boolean skipInvalid) {
        this.connection = connection;
        this.reportId = reportId;
        this.parser = parser;
        this.skipInvalid = skipInvalid;
    }

    /** Reads a CSV or JSON-lines body (the importer's first use; tests call it so). */
    ImportCounts run(Reader body, RowSink sink, ImportControl control) throws IOException, SQLException {
        return run(new LineSource(body, parser), sink, null, control);
    }

    /**
     * Reads the whole body record by record; the counts say what was done (with errors, nothing is to be kept
     * unless skipping). {@code context} takes the STIX objects kept as context (null for line formats).
     */
    ImportCounts run(RecordSource records, RowSink sink, ContextSink context, ImportControl control)
            throws IOException, SQLException {
        next = loadExisting() + 1;
        boolean writing = true;
        while (records.next()) {
            counts.lines++;
            if ((counts.lines & 0x3fff) == 0) {
                control.progress(counts.lines);
            }
            ImportRecord record;
            try {
                record = records.read();
            } catch (LineParser.BadLine bad) {
                rejected(LineError.of(records.number(), bad.value, bad.getMessage()));
                writing &= skipInvalid;
                continue;
            }
            if (!writing) {
                continue; // strict import already failed: only collect the other errors
            }
            for (IndicatorLine line : record.indicators()) {
                store(line, sink);
            }
            if (record.context() != null) {
                counts.context(records.number(), record.context());
                context.add(record.context());
                if (context.full()) {
                    sink.pause();
                    context.flush();
                }
            }
        }
        if (writing) {
            settle(sink);
            sink.pause();
            if (context != null) {
                context.flush();
            }
            tally.write(connection, reportId);
        }
        control.progress(counts.lines);
        return counts;
    }

    private void store(IndicatorLine line, RowSink sink) throws IOException, SQLException {
        if (seen.add(ValueHashes.of(line.value().type(), line.value().value()))) {
            sink.add(reportId, next++, line);
            added(line);
        } else {
            if (suspects.merge(key(line), line, IndicatorImporter::widen) != line) {
                counts.merged++; // a second occurrence among the suspects: one row, one more merge
            }
            if (suspects.size() >= SUSPECTS_BATCH) {
                settle(sink);
            }
        }
    }

    private void rejected(LineError error) {
        counts.error(error);
        if (skipInvalid) {
            counts.skipped++;
        }
    }

    private void added(IndicatorLine line) {
        counts.added++;
        counts.byRouting[line.route().routing().ordinal()]++;
        tally.added(line);
    }

    private static String key(IndicatorLine line) {
        return line.value().type().wire() + " " + line.value().value();
    }

    /** Two occurrences in one batch of suspects: the first one's role, the widest first/last seen. */
    private static IndicatorLine widen(IndicatorLine a, IndicatorLine b) {
        var first = a.firstSeen() == null || (b.firstSeen() != null && b.firstSeen().isBefore(a.firstSeen()))
                ? b.firstSeen() : a.firstSeen();
        var last = a.lastSeen() == null || (b.lastSeen() != null && b.lastSeen().isAfter(a.lastSeen()))
                ? b.lastSeen() : a.lastSeen();
        return new IndicatorLine(a.line(), a.value(), a.role(), first, last, a.route());
    }

    /** Merges the suspected duplicates into their rows; those that found no row are new after all. */
    private void settle(RowSink sink) throws SQLException, IOException {
        if (suspects.isEmpty()) {
            return;
        }
        sink.pause();
        sink.beforeLookups();
        IndicatorLine[] batch = suspects.values().toArray(IndicatorLine[]::new);
        suspects.clear();
        int[] updated;
        try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
            for (IndicatorLine line : batch) {
                BatchSink.instant(merge, 1, line.firstSeen());
                BatchSink.instant(merge, 2, line.firstSeen());
                BatchSink.instant(merge, 3, line.lastSeen());
                BatchSink.instant(merge, 4, line.lastSeen());
                merge.setLong(5, reportId);
                merge.setString(6, line.value().type().wire());
                merge.setString(7, line.value().value());
                merge.addBatch();
            }
            updated = merge.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(BatchSink.INSERT)) {
            boolean any = false;
            for (int i = 0; i < batch.length; i++) {
                if (updated[i] == 0) {
                    BatchSink.bind(insert, reportId, next++, batch[i]);
                    insert.addBatch();
                    added(batch[i]);
                    any = true;
                } else {
                    counts.merged++;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /** Hashes of the values the report holds already; the highest number in use. */
    private int loadExisting() throws SQLException {
        int max = 0;
        try (PreparedStatement query = connection.prepareStatement(
                "select n, kind, val from indicator where report_id = ?")) {
            query.setFetchSize(10_000);
            query.setLong(1, reportId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    max = Math.max(max, rows.getInt(1));
                    seen.add(ValueHashes.of(IndicatorType.fromWire(rows.getString(2)).orElseThrow(), rows.getString(3)));
                }
            }
        }
        return max;
    }
}
