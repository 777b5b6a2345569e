package org.accord.exchangelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: a dossier of 100,000 entries streams without exhausting memory. Runs {@link LargeDossier} in a
 * JVM of its own whose heap is capped at {@value #HEAP}: the tree levels of a 200,000-entry log take
 * about 13 MB of it, the rows and pages of the PDF must not accumulate in the rest.
 */
class LargeDossierTest {

    private static final String HEAP = "64m";
    private static final int ENTRIES = 100_000;

    @Test
    void aDossierOfOneHundredThousandEntriesStreamsInACappedHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
                LargeDossier.class.getName(), Integer.toString(ENTRIES)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "still running");
        assertEquals(0, process.exitValue(), () -> "with -Xmx" + HEAP + ":\n" + output);
        String[] result = output.substring(output.lastIndexOf('\n') + 1).split(" ");
        assertEquals(ENTRIES, Long.parseLong(result[0]), output);
        assertEquals("true", result[4], "the PDF is complete (ends with %%EOF)");
        System.out.printf("dossier of %s entries: %.1f MB of PDF in %.1f s, heap peak <= %s MB (cap %s)%n", result[0],
                Long.parseLong(result[1]) / 1e6, Long.parseLong(result[2]) / 1e3, result[3], HEAP);
    }
}
