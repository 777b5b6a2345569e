package org.accord.exchangelog.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.EntryLineWriter;
import org.junit.jupiter.api.Test;

/** Runs of lines come back in file order with the file's line numbers, whatever the line lengths and ends. */
class EntryBatchReaderTest {

    @Test
    void linesOfAnyLengthAndEndingKeepTheirOrderAndNumbers() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        EntryLineWriter writer = new EntryLineWriter(file);
        List<Long> expectedLines = new ArrayList<>();
        long line = 0;
        for (long seq = 0; seq < 5_000; seq++) {
            if (seq % 1_000 == 7) {
                file.write("\r\n   \n".getBytes()); // blank lines count but hold no entry
                line += 2;
            }
            LogEntry entry = SampleLog.entry(seq);
            if (seq == 2_500) { // longer than a run: the reader must grow its buffer
                entry = LogEntry.builder().seq(seq).time(entry.time()).actor(entry.actor())
                        .actorCountry(entry.actorCountry()).action(entry.action()).countries(entry.countries())
                        .objectType(entry.objectType()).objectId(entry.objectId()).outcome("x".repeat(1_500_000)).build();
            }
            writer.write(entry);
            expectedLines.add(++line);
        }
        byte[] bytes = file.toByteArray();
        byte[] withoutLastLineFeed = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        for (byte[] input : List.of(bytes, withoutLastLineFeed)) {
            List<Long> seqs = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            try (EntryBatchReader reader = new EntryBatchReader(new ByteArrayInputStream(input), 3)) {
                long lineBase = 0;
                for (EntryBatch batch = reader.next(); batch != null; batch = reader.next()) {
                    for (int i = 0; i < batch.count; i++) {
                        assertNull(batch.error[i]);
                        assertEquals(EntryBatch.CLAIM_MATCHES, batch.claim[i]);
                        seqs.add(batch.seq[i]);
                        lines.add(lineBase + batch.lineIndex[i] + 1);
                    }
                    lineBase += batch.lines;
                }
            }
            assertEquals(5_000, seqs.size());
            for (int i = 0; i < seqs.size(); i++) {
                assertEquals(i, seqs.get(i));
            }
            assertEquals(expectedLines, lines);
        }
    }
}
