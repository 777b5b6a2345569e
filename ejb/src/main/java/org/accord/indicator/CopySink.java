package org.accord.indicator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into {@code indicator} through PostgreSQL's COPY (text format) on the transaction's own connection,
 * so they commit or roll back with the import. Rows are encoded into a 1 MiB buffer and handed over
 * when it fills; values are ASCII without control characters (IndicatorValues), so only the backslash needs
 * escaping.
 */
final class CopySink implements RowSink {

    private static final String COPY = "copy indicator (report_id, n, kind, val, role, first_seen, last_seen, routing,"
            + " routed_country) from stdin";

    private final PGConnection connection;
    private final byte[] buffer = new byte[1 << 20];
    private int used;
    private CopyIn copy;

    CopySink(Connection connection) throws SQLException {
        this.connection = connection.unwrap(PGConnection.class);
    }

    @Override
    public void add(long reportId, int n, IndicatorLine line) throws SQLException, IOException {
        if (used > buffer.length - 8192) {
            flush();
        }
        text(Long.toString(reportId));
        tab();
        text(Integer.toString(n));
        tab();
        text(line.value().type().wire());
        tab();
        escaped(line.value().value());
        tab();
        text(line.role().wire());
        tab();
        instant(line.firstSeen());
        tab();
        instant(line.lastSeen());
        tab();
        text(line.route().routing().wire());
        tab();
        if (line.route().country() == null) {
            text("\\N");
        } else {
            text(line.route().country());
        }
        buffer[used++] = '\n';
    }

    private void tab() {
        buffer[used++] = '\t';
    }

    private void instant(Instant at) {
        text(at == null ? "\\N" : at.toString());
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    private void escaped(String s) {
        if (s.indexOf('\\') < 0) {
            text(s);
            return;
        }
        byte[] bytes = s.replace("\\", "\\\\").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void flush() throws SQLException {
        if (used == 0) {
            return;
        }
        if (copy == null) {
            copy = connection.getCopyAPI().copyIn(COPY);
        }
        copy.writeToCopy(buffer, 0, used);
        used = 0;
    }

    @Override
    public void pause() throws SQLException {
        flush();
        if (copy != null) {
            CopyIn done = copy;
            copy = null;
            done.endCopy();
        }
    }

    /** Ends a COPY still open after a failure, so the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
        copy = null;
    }
}
