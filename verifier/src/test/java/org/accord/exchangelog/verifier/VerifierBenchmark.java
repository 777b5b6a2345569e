package org.accord.exchangelog.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.accord.exchangelog.files.LogFiles;

/**
 * Writes a synthetic log and measures verifying it against the cost of SHA-256 over the same bytes
 * (the file {@code entries.jsonl}, streamed through one digest). Not a unit test: run it by hand,
 * {@code java -cp verifier/target/classes:verifier/target/test-classes
 * org.accord.exchangelog.verifier.VerifierBenchmark FOLDER [ENTRIES] [ROUNDS]}; with {@code --sample-only}
 * it writes the files and stops.
 */
public final class VerifierBenchmark {

    private VerifierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long entries = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int rounds = args.length > 2 && !args[2].startsWith("-") ? Integer.parseInt(args[2]) : 5;
        Files.createDirectories(folder);
        if (!Files.exists(folder.resolve(LogFiles.ENTRIES)) || args[args.length - 1].equals("--sample-only")) {
            long[] sizes = {entries / 4, entries / 2, entries - 1, entries};
            SampleLog.write(folder, entries, sizes);
            System.out.printf("wrote %d entries to %s (%d MB)%n", entries, folder,
                    Files.size(folder.resolve(LogFiles.ENTRIES)) >> 20);
        }
        if (args[args.length - 1].equals("--sample-only")) {
            return;
        }
        LogVerifier.Inputs inputs = LogVerifier.Inputs.inFolder(folder);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            sha256(folder.resolve(LogFiles.ENTRIES));
            long sha = System.nanoTime() - start;
            long shaCpu = os.getProcessCpuTime() - cpu;
            start = System.nanoTime();
            cpu = os.getProcessCpuTime();
            VerificationReport report = new LogVerifier().verify(inputs);
            long verify = System.nanoTime() - start;
            long verifyCpu = os.getProcessCpuTime() - cpu;
            best = Math.min(best, (double) verify / sha);
            System.out.printf("round %d: SHA-256 of the file %d ms (cpu %d ms), verification %d ms (cpu %d ms, %d threads),"
                    + " ratio %.2f (%s)%n", round, sha / 1_000_000, shaCpu / 1_000_000, verify / 1_000_000,
                    verifyCpu / 1_000_000, EntryBatchReader.defaultThreads(), (double) verify / sha, report.summary());
        }
        System.out.printf("best ratio %.2f; load average %.2f on %d processors%n", best, os.getSystemLoadAverage(),
                os.getAvailableProcessors());
    }

    private static void sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        digest.digest();
    }
}
