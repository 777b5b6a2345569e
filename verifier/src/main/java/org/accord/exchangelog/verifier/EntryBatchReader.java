package org.accord.exchangelog.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads {@code entries.jsonl} in runs of whole lines (about half a MiB each) and has worker threads parse and
 * hash them, handing the {@link EntryBatch}es back in file order. Parsing and leaf hashing are most of
 * the work of verifying and need no order, so they run in parallel; the Merkle tree, which does need
 * order, is left to the caller. At most two runs per worker are in flight, so memory stays flat however
 * long the file.
 */
final class EntryBatchReader implements AutoCloseable {

    /** Half a MiB: below G1's humongous object size for its smallest regions, so runs are ordinary garbage. */
    private static final int RUN_BYTES = 1 << 19;
    /** An entry holds ids and short texts; a line this long is not one, and must not exhaust memory. */
    private static final int MAX_LINE_BYTES = 64 << 20;

    private final InputStream in;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final Deque<Future<EntryBatch>> inFlight = new ArrayDeque<>();
    private byte[] carry = new byte[0];
    private boolean endOfFile;

    /** Reads {@code in} with {@code threads} workers (1 or more); closing the reader closes {@code in}. */
    EntryBatchReader(InputStream in, int threads) {
        this.in = in;
        this.maxInFlight = 2 * threads;
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "entry-hasher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The workers to use by default: one per processor, at most 8. */
    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** The next run of lines, or null after the last. */
    EntryBatch next() throws IOException {
        while (inFlight.size() < maxInFlight && !endOfFile) {
            submitNextRun();
        }
        Future<EntryBatch> head = inFlight.poll();
        if (head == null) {
            return null;
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Reads up to the last line end in the next RUN_BYTES or so, keeping the partial line for later. */
    private void submitNextRun() throws IOException {
        byte[] run = Arrays.copyOf(carry, Math.max(RUN_BYTES, carry.length * 2));
        int length = carry.length;
        int read = in.readNBytes(run, length, run.length - length);
        length += read;
        endOfFile = length < run.length;
        int end = length;
        if (!endOfFile) {
            end = lastLineEnd(run, carry.length, length);
            if (end < 0) { // a line longer than the run: read on with a larger one
                if (length > MAX_LINE_BYTES) {
                    throw new IOException("a line longer than " + (MAX_LINE_BYTES >> 20) + " MiB: not an entries file");
                }
                carry = Arrays.copyOf(run, length);
                return;
            }
        }
        carry = Arrays.copyOfRange(run, end, length);
        if (end > 0) {
            int runLength = end;
            inFlight.add(workers.submit(() -> EntryBatch.parse(run, runLength)));
        }
    }

    /** The position after the last line feed in {@code text[from, to)}, or -1 if there is none. */
    private static int lastLineEnd(byte[] text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
