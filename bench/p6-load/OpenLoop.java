import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Bench P6's load generator: GET requests at a fixed rate, evenly spaced (request k is due at start + k / rate,
 * whether or not earlier ones have answered: an open loop), each latency measured from when it was due to its
 * last byte, so a stall counts against every request it delays (no coordinated omission). autocannon's -R sends
 * each second's quota as a burst, which measures its own queueing more than the server; the JDK's HttpClient
 * adds its own thread hand-offs (6 ms at the median for a static file here). So: plain HTTP/1.1 keep-alive
 * sockets, one per worker, worker w sending requests w, w + workers, w + 2 workers, ...
 *
 * Usage: java OpenLoop.java URL RATE SECONDS WARMUP_SECONDS WORKERS "Header: value"...
 * Prints one JSON object: {requests, non2xx, errors, p50, p90, p99, max} (milliseconds).
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int workers = Integer.parseInt(args[4]);
        StringBuilder head = new StringBuilder("GET " + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()) + " HTTP/1.1\r\nHost: " + url.getHost()
                + ":" + url.getPort() + "\r\n");
        for (int i = 5; i < args.length; i++) {
            head.append(args[i]).append("\r\n");
        }
        byte[] request = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        run(url, request, rate, warmup, workers);
        System.out.println(run(url, request, rate, seconds, workers));
    }

    private static String run(URI url, byte[] request, double rate, int seconds, int workers) throws Exception {
        long interval = (long) (1_000_000_000L / rate);
        int total = (int) (rate * seconds);
        long[] latencies = new long[total];
        AtomicInteger non2xx = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int first = w;
            threads[w] = new Thread(() -> {
                try (Socket socket = new Socket(url.getHost(), url.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                    for (int k = first; k < total; k += workers) {
                        long due = start + k * interval;
                        for (long now; (now = System.nanoTime()) < due; ) {
                            LockSupport.parkNanos(due - now);
                        }
                        out.write(request);
                        out.flush();
                        int status = readResponse(in);
                        latencies[k] = System.nanoTime() - due;
                        if (status / 100 != 2) {
                            non2xx.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
            });
            threads[w].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return String.format("{\"requests\":%d,\"non2xx\":%d,\"errors\":%d,\"p50\":%.2f,\"p90\":%.2f,\"p99\":%.2f,"
                + "\"max\":%.2f}", total, non2xx.get(), errors.get(), ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** Reads one response (Content-Length or chunked body); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        long length = -1;
        boolean chunked = false;
        for (String header; !(header = line(in)).isEmpty(); ) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size; (size = Long.parseLong(line(in).split(";")[0].strip(), 16)) > 0; ) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double ms(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
