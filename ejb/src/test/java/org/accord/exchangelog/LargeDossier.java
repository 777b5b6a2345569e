package org.accord.exchangelog;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.Base64;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;

/**
 * Writes a dossier of {@code entries} synthetic entries (every other entry of a log twice as large) to
 * nowhere and prints {@code entries bytes millis peakHeapMB endsWithEof}; run with a capped heap by
 * {@link LargeDossierTest}, or by hand: {@code java -Xmx64m -cp ... org.accord.exchangelog.LargeDossier 100000}.
 */
public final class LargeDossier {

    private LargeDossier() {
    }

    public static void main(String[] args) {
        int entries = Integer.parseInt(args[0]);
        int treeSize = 2 * entries;
        long start = System.nanoTime();
        byte[] leaves = new byte[treeSize * 32];
        EntryEncoder encoder = EntryEncoder.forCurrentThread();
        for (int seq = 0; seq < treeSize; seq++) {
            encoder.leafHash(entry(seq), leaves, seq * 32);
        }
        TreeLevels tree = TreeLevels.build(leaves, treeSize);
        String root = Base64.getEncoder().encodeToString(tree.root());
        Counting out = new Counting();
        DossierWriter writer = new DossierWriter(out, new DossierCover("One period: CN and US", "partner=US",
                "the entries that involve CN", "cn-auditor (CN)", Instant.now(), treeSize, treeSize,
                Instant.parse("2026-11-30T00:00:00Z"), root, Base64.getEncoder().encodeToString(new byte[64]),
                "MCowBQYDK2VwAyEAYFs2IlH9GNsHiejTA0Mx70VcDzTY6fph1CGtY3hgLDE="));
        for (int seq = 0; seq < treeSize; seq += 2) {
            writer.add(entry(seq), Base64.getEncoder().encodeToString(tree.leafHash(seq)), tree.auditPath(seq));
        }
        writer.finish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(writer.count() + " " + out.count + " " + millis + " " + peakHeapMegabytes() + " "
                + out.endsWithEof());
    }

    private static LogEntry entry(int seq) {
        boolean us = seq % 2 == 0;
        return new LogEntry(seq, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(seq * 7L), us ? "us-reporter"
                : "de-liaison", us ? "US" : "DE", "report.read.refused", java.util.List.of("CN", us ? "US" : "DE"),
                "report", "CN-2026-" + String.format("%06d", seq % 999_999), null,
                "report of another country, not shared");
    }

    /** The sum of every heap pool's peak: an upper bound of the heap ever in use. */
    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** Discards what is written, counting the bytes. */
    private static final class Counting extends OutputStream {
        private final byte[] tail = new byte[6];
        long count;

        @Override
        public void write(int b) {
            System.arraycopy(tail, 1, tail, 0, tail.length - 1);
            tail[tail.length - 1] = (byte) b;
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = Math.max(off, off + len - tail.length); i < off + len; i++) {
                write(b[i]);
            }
            count += len - Math.min(len, tail.length);
        }

        /** Whether the last bytes are a PDF's end-of-file marker. */
        boolean endsWithEof() {
            return new String(tail, java.nio.charset.StandardCharsets.US_ASCII).contains("%%EOF");
        }
    }
}
