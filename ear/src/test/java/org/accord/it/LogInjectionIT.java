package org.accord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md case 18: text a caller controls that reaches the server log (the decoded path of a refused
 * call, logged by {@code SecurityEventLog}) cannot forge a log line or carry a terminal escape: CR, LF and
 * ESC arrive encoded, on the one line of the event.
 */
class LogInjectionIT {

    static final Path SERVER_LOG = Path.of(System.getProperty("accord.server-log",
            "target/wildfly-39.0.1.Final/standalone/log/server.log"));

    @Test
    void newlinesAndAnsiEscapesInARefusedPathAreEncodedOnOneLine() throws Exception {
        String mark = "LOGINJ" + Long.toHexString(System.nanoTime());
        long from = Files.size(SERVER_LOG);
        String forged = "%0d%0a2026-01-01%2000:00:00,000%20ERROR%20%5borg.accord.security%5d%20(forged)%20" + mark
                + "-FORGED%20%1b%5b31mred%1b%5b0m";
        // cn-guest has no role: every report call is refused with 403, after the path was read
        Api.get(Reports.PATH + "/" + mark + forged + "/history").as(DemoUsers.CN_GUEST).send().expect(403);
        Api.post(Reports.PATH + "/" + mark + forged + "/submit").as(DemoUsers.CN_GUEST).send().expect(403);

        List<String> lines = linesSince(from, mark, 2);
        for (String line : lines) {
            assertTrue(line.contains("refused 403") && line.contains("user=cn-guest"), line);
            assertTrue(line.contains("\\u000d\\u000a2026-01-01 00:00:00,000 ERROR"), line);
            assertTrue(line.contains("\\u001b[31mred"), line);
            assertFalse(line.startsWith("2026-01-01"), line);
        }
        String all = tail(from);
        assertFalse(all.contains("\u001b"), "an ESC byte reached the log");
        assertFalse(all.lines().anyMatch(l -> l.startsWith("2026-01-01") || l.contains(mark + "-FORGED") && !l.contains("refused")),
                "a forged line in the log");
    }

    /** The lines logged after {@code from} that name {@code mark}, waiting briefly for {@code count}. */
    static List<String> linesSince(long from, String mark, int count) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<String> found = tail(from).lines().filter(l -> l.contains(mark)).toList();
            if (found.size() >= count) {
                assertEquals(count, found.size(), found::toString);
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line naming " + mark + " in " + SERVER_LOG + ":\n" + tail(from));
    }

    static String tail(long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
            file.seek(Math.min(from, file.length()));
            byte[] bytes = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
