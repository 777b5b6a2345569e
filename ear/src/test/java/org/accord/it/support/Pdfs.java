package org.accord.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * PDFs from the portal, read the way an outsider reads them: downloaded as bytes, turned into text by
 * poppler's {@code pdftotext} (bin/test installs poppler-utils), or by OpenPDF's extractor where
 * pdftotext is not installed.
 */
public final class Pdfs {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private Pdfs() {
    }

    /** A binary answer: status, headers and the body's bytes. */
    public record Download(int status, HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public boolean isPdf() {
            return header("Content-Type").startsWith("application/pdf")
                    && new String(body, 0, Math.min(5, body.length), StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }

    /** GET {@code path} as {@code user}; waits out a redeployment of the portal (404 or 503 without JSON). */
    public static Download download(DemoUser user, String path) {
        HttpRequest request = HttpRequest.newBuilder(Api.uri(path)).GET().timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + Tokens.accessToken(user)).build();
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try {
            while (true) {
                var response = HTTP.send(request, BodyHandlers.ofByteArray());
                Download download = new Download(response.statusCode(), response.headers(), response.body());
                boolean redeploying = (download.status() == 404 || download.status() == 503)
                        && !download.header("Content-Type").contains("json");
                if (!redeploying || System.nanoTime() > giveUp) {
                    return download;
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The text of a PDF. */
    public static String text(byte[] pdf) {
        try {
            Path folder = Files.createTempDirectory("accord-pdf");
            Path file = Files.write(folder.resolve("document.pdf"), pdf);
            Path text = folder.resolve("document.txt");
            try {
                Process process;
                try {
                    process = new ProcessBuilder("pdftotext", file.toString(), text.toString())
                            .redirectErrorStream(true).start();
                } catch (IOException notInstalled) {
                    return openPdfText(pdf);
                }
                assertTrue(process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0, "pdftotext failed");
                return Files.readString(text, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(text);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String openPdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
