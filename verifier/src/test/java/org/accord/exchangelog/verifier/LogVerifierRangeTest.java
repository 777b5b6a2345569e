package org.accord.exchangelog.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.exchangelog.files.FrontierJson;
import org.accord.exchangelog.files.LogFiles;
import org.accord.exchangelog.merkle.CompactRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download that starts after seq 0 (entries 250..999 of 1000, tree heads at 100, 250, 500 and 1000)
 * verifies with the frontier of entries 0..249, and tampering inside it is still named.
 */
class LogVerifierRangeTest {

    @TempDir
    Path whole;
    @TempDir
    Path range;
    private SampleLog log;

    @BeforeEach
    void downloadARange() throws IOException {
        log = SampleLog.write(whole, 1000, 100, 250, 500, 1000);
        List<String> lines = Files.readAllLines(whole.resolve(LogFiles.ENTRIES));
        Files.write(range.resolve(LogFiles.ENTRIES), lines.subList(250, 1000));
        Files.copy(whole.resolve(LogFiles.TREE_HEADS), range.resolve(LogFiles.TREE_HEADS));
        Files.copy(whole.resolve(LogFiles.PUBLIC_KEY), range.resolve(LogFiles.PUBLIC_KEY));
        writeFrontier(250);
    }

    @Test
    void aRangeVerifiesWithItsFrontier() throws Exception {
        VerificationReport report = verify();
        assertEquals("OK: 750 entries, 3 tree heads verified", report.summary(), String.join("\n", report.checks()));
        assertTrue(report.checks().contains("tree head size=100: before the downloaded entries (signature checked only)"));
        assertTrue(report.checks().contains("frontier size=250: root matches tree head size=250 (entries 0..249 not downloaded)"));
        assertTrue(report.checks().contains("entries: 750 in seq order 250..999, none missing, repeated or moved"));
    }

    @Test
    void tamperingInsideTheRangeIsNamed() throws Exception {
        List<String> lines = Files.readAllLines(range.resolve(LogFiles.ENTRIES));
        lines.remove(600 - 250);
        Files.write(range.resolve(LogFiles.ENTRIES), lines);
        assertEquals("FAILED: first bad entry seq=600 (seq=600 is missing: line 351 jumps from seq=599 to seq=601"
                + " (an entry was deleted))", verify().summary());
    }

    @Test
    void aRangeWithoutItsFrontierMissesItsStart() throws Exception {
        Files.delete(range.resolve(LogFiles.FRONTIER));
        assertEquals("FAILED: first bad entry seq=0 (seq=0 is missing: the first entry, on line 1, has seq=250)",
                verify().summary());
    }

    @Test
    void aForeignOrUnsignedFrontierIsRefused() throws Exception {
        writeFrontier(300);
        Files.write(range.resolve(LogFiles.ENTRIES), Files.readAllLines(whole.resolve(LogFiles.ENTRIES)).subList(300, 1000));
        assertEquals("FAILED: the frontier of entries 0..299 matches no trusted tree head of size 300: the downloaded"
                + " entries cannot be tied to a signed root", verify().summary());

        CompactRange other = new CompactRange();
        for (int i = 0; i < 250; i++) {
            other.append(log.leafHashes.get(249 - i));
        }
        Files.write(range.resolve(LogFiles.FRONTIER), FrontierJson.write(other));
        assertEquals("FAILED: the frontier's root differs from the signed tree head size=250: the frontier is not of"
                + " this log", verify().summary());
    }

    private void writeFrontier(int size) throws IOException {
        CompactRange prefix = new CompactRange();
        log.leafHashes.subList(0, size).forEach(prefix::append);
        Files.write(range.resolve(LogFiles.FRONTIER), FrontierJson.write(prefix));
    }

    private VerificationReport verify() throws UnreadableInputException {
        return new LogVerifier(2).verify(LogVerifier.Inputs.inFolder(range));
    }
}
