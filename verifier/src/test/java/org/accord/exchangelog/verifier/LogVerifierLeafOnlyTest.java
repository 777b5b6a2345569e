package org.accord.exchangelog.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.LogFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national auditor's download: every entry that does not involve its country is a leaf-only line
 * ({@code {"seq":N,"leafHash":"..."}}), the others are whole. It verifies against the same signed tree heads
 * as the whole log; a changed visible entry is named exactly, a changed hidden leaf hash by the tree heads
 * around it, and a leaf-only line cannot smuggle anything unhashed.
 */
class LogVerifierLeafOnlyTest {

    @TempDir
    Path folder;
    private SampleLog log;

    @BeforeEach
    void downloadAsGermany() throws IOException {
        log = SampleLog.write(folder, 500, 100, 250, 500);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(LogFiles.ENTRIES))) {
            lines.add(line.contains("\"DE\"") ? line : leafOnly(line));
        }
        Files.write(folder.resolve(LogFiles.ENTRIES), lines);
    }

    @Test
    void aDownloadWithHiddenEntriesVerifies() throws Exception {
        VerificationReport report = verify();
        long hidden = lines().stream().filter(l -> !l.contains("\"time\"")).count();
        assertTrue(hidden > 100 && hidden < 500, "some hidden, some visible: " + hidden);
        assertEquals("OK: 500 entries (" + hidden + " as leaf hash only), 3 tree heads verified", report.summary(),
                String.join("\n", report.checks()));
        assertTrue(report.checks().stream().anyMatch(c -> c.contains(hidden + " given as their leaf hash only")));
    }

    @Test
    void aChangedVisibleEntryIsNamed() throws Exception {
        List<String> lines = lines();
        int visible = firstVisibleFrom(lines, 300);
        lines.set(visible, lines.get(visible).replace("\"objectType\":\"", "\"objectType\":\"x"));
        write(lines);
        VerificationReport report = verify();
        assertEquals(visible, report.failure().orElseThrow().firstBadSeq(), report.summary());
        assertTrue(report.summary().contains("do not hash to the leafHash"), report.summary());
    }

    @Test
    void aChangedHiddenLeafHashIsCaughtByTheSignedRoot() throws Exception {
        List<String> lines = lines();
        int hidden = firstHiddenFrom(lines, 300);
        LogEntry other = SampleLog.entry(hidden + 1);
        lines.set(hidden, "{\"seq\":" + hidden + ",\"leafHash\":\"" + Base64.getEncoder().encodeToString(
                new org.accord.exchangelog.entry.EntryEncoder().leafHash(other)) + "\"}");
        write(lines);
        Failure failure = verify().failure().orElseThrow();
        assertEquals(250, failure.firstBadSeq(), failure.summary());
        assertEquals(499, failure.lastBadSeq(), failure.summary());
    }

    @Test
    void aLeafOnlyLineWithAnythingElseIsNotAnEntry() throws Exception {
        List<String> lines = lines();
        int hidden = firstHiddenFrom(lines, 10);
        lines.set(hidden, lines.get(hidden).replace("{\"seq\"", "{\"actor\":\"x\",\"seq\""));
        write(lines);
        Failure failure = verify().failure().orElseThrow();
        assertEquals(hidden, failure.firstBadSeq(), failure.summary());
        assertTrue(failure.reason().contains("not a valid entry"), failure.summary());
    }

    @Test
    void aRemovedHiddenEntryIsNamed() throws Exception {
        List<String> lines = lines();
        int hidden = firstHiddenFrom(lines, 120);
        lines.remove(hidden);
        write(lines);
        assertEquals(hidden, verify().failure().orElseThrow().firstBadSeq());
    }

    /** The line with its entry's members left out: only seq and the portal's leaf hash. */
    private static String leafOnly(String line) {
        String seq = line.replaceAll(".*\"seq\":(\\d+).*", "$1");
        String hash = line.replaceAll(".*\"leafHash\":\"([^\"]+)\".*", "$1");
        return "{\"seq\":" + seq + ",\"leafHash\":\"" + hash + "\"}";
    }

    private static int firstVisibleFrom(List<String> lines, int from) {
        for (int i = from; ; i++) {
            if (lines.get(i).contains("\"time\"")) {
                return i;
            }
        }
    }

    private static int firstHiddenFrom(List<String> lines, int from) {
        for (int i = from; ; i++) {
            if (!lines.get(i).contains("\"time\"")) {
                return i;
            }
        }
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(folder.resolve(LogFiles.ENTRIES)));
    }

    private void write(List<String> lines) throws IOException {
        Files.write(folder.resolve(LogFiles.ENTRIES), lines);
    }

    private VerificationReport verify() throws UnreadableInputException {
        return new LogVerifier(2).verify(LogVerifier.Inputs.inFolder(folder));
    }
}
