package org.accord.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.accord.common.PayloadTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content-addressed store on disk: SHA-256 in the same pass as the write, equal to what
 * {@code sha256sum} says of the same bytes; a write that fails or is cut off leaves nothing.
 */
class FileSystemEvidenceStoreTest {

    @TempDir
    Path dir;

    static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** The hash as the coreutils tool computes it, over the same bytes written to a file. */
    String sha256sum(byte[] content) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "ref-", ".bin"), content);
        Process process = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(0, process.waitFor(), out);
        Files.delete(file);
        return out.substring(0, 64);
    }

    @Test
    void hashesEqualSha256sumFor0And1ByteAnd64KiB() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store"));
        for (int size : new int[] {0, 1, 64 * 1024}) {
            byte[] content = bytes(size);
            StoredContent stored = store.write(new ByteArrayInputStream(content), Long.MAX_VALUE, size);
            assertEquals(sha256sum(content), stored.sha256(), size + " bytes");
            assertEquals(size, stored.size());
            assertEquals("sha256/" + stored.sha256().substring(0, 2) + "/" + stored.sha256().substring(2, 4) + "/"
                    + stored.sha256(), stored.key());
            try (InputStream in = store.open(stored.key())) {
                assertArrayEquals(content, in.readAllBytes());
            }
        }
        assertEquals(0, temporaryFiles(store));
    }

    @Test
    void theSameBytesAreStoredOnceAndAReWriteHealsADamagedCopy() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store"));
        byte[] content = bytes(5000);
        StoredContent first = store.write(new ByteArrayInputStream(content), Long.MAX_VALUE, -1);
        assertTrue(first.created());
        Path file = store.root().resolve(first.key());
        byte[] damaged = content.clone();
        damaged[10] ^= 1;
        Files.write(file, damaged);
        StoredContent second = store.write(new ByteArrayInputStream(content), Long.MAX_VALUE, -1);
        assertFalse(second.created());
        assertEquals(first.key(), second.key());
        assertArrayEquals(content, Files.readAllBytes(file));
        store.discard(second);
        assertTrue(Files.exists(file), "discarding a write that did not create the file keeps it");
    }

    @Test
    void moreThanTheLimitLeavesNothing() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store"));
        assertThrows(PayloadTooLargeException.class,
                () -> store.write(new ByteArrayInputStream(bytes(200_000)), 100_000, -1));
        assertEquals(0, temporaryFiles(store));
        assertEquals(0, storedFiles(store));
    }

    @Test
    void aBodyShorterThanDeclaredOrBreakingOffLeavesNothing() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store"));
        assertThrows(IncompleteBodyException.class,
                () -> store.write(new ByteArrayInputStream(bytes(1000)), Long.MAX_VALUE, 5000));
        InputStream breaking = new FilterInputStream(new ByteArrayInputStream(bytes(300_000))) {
            int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if ((read += len) > 150_000) {
                    throw new IOException("connection reset by peer");
                }
                return super.read(b, off, len);
            }
        };
        assertThrows(IOException.class, () -> store.write(breaking, Long.MAX_VALUE, 300_000));
        assertEquals(0, temporaryFiles(store));
        assertEquals(0, storedFiles(store));
    }

    @Test
    void mediaTypeIsSniffedFromTheFirstBytes() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store"));
        byte[] exe = bytes(10_000);
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("application/vnd.microsoft.portable-executable",
                store.write(new ByteArrayInputStream(exe), Long.MAX_VALUE, -1).mediaType());
    }

    @Test
    void keysOutsideTheStoreAreRefused() {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(dir.resolve("store"));
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
    }

    private static long temporaryFiles(FileSystemEvidenceStore store) throws IOException {
        try (Stream<Path> files = Files.list(store.root().resolve("tmp"))) {
            return files.count();
        }
    }

    private static long storedFiles(FileSystemEvidenceStore store) throws IOException {
        Path blobs = store.root().resolve("sha256");
        if (!Files.exists(blobs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
