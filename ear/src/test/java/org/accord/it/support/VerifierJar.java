package org.accord.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The offline verifier run as a country runs it: {@code java -jar accord-verifier.jar ...} in a JVM of its
 * own, with no access to the portal. The jar is the one the build made ({@code accord.verifier-jar}).
 */
public final class VerifierJar {

    private static final Path JAR = Path.of(System.getProperty("accord.verifier-jar",
            "../verifier/target/accord-verifier.jar"));

    private VerifierJar() {
    }

    /** What the verifier printed and its exit status. */
    public record Run(int exitStatus, String output) {

        /** The verdict: the last line printed. */
        public String verdict() {
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    public static Run run(String... args) {
        assertTrue(Files.isRegularFile(JAR), "no verifier jar at " + JAR.toAbsolutePath() + " (build the verifier module)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the verifier did not finish");
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
