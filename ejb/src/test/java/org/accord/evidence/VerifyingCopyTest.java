package org.accord.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A download is hashed while it streams, and a damaged file never reaches the client whole. */
class VerifyingCopyTest {

    static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha(byte[] bytes) throws IOException {
        return Sha256.of(new ByteArrayInputStream(bytes)).sha256();
    }

    @Test
    void intactBytesAreCopiedWhole() throws IOException {
        for (int size : new int[] {0, 1, Sha256.BUFFER - 1, Sha256.BUFFER, Sha256.BUFFER + 1, 5 * Sha256.BUFFER + 7}) {
            byte[] file = bytes(size);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            VerifyingCopy.copy(new ByteArrayInputStream(file), out, sha(file), size);
            assertArrayEquals(file, out.toByteArray(), "size " + size);
        }
    }

    @Test
    void aFlippedByteStopsTheCopyBeforeItsLastBuffer() throws IOException {
        byte[] file = bytes(3 * Sha256.BUFFER + 100);
        String recorded = sha(file);
        file[Sha256.BUFFER + 5] ^= 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var failure = assertThrows(VerifyingCopy.IntegrityMismatchException.class,
                () -> VerifyingCopy.copy(new ByteArrayInputStream(file), out, recorded, file.length));
        assertEquals(sha(file), failure.actualSha256());
        assertTrue(out.size() < file.length, "the client must not get every byte: " + out.size());
    }

    @Test
    void theDownloadIsRecordedBeforeItsLastBytesGoOut() throws IOException {
        byte[] file = bytes(2 * Sha256.BUFFER + 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] writtenWhenRecorded = {-1};
        VerifyingCopy.copy(new ByteArrayInputStream(file), out, sha(file), file.length,
                () -> writtenWhenRecorded[0] = out.size());
        assertEquals(2 * Sha256.BUFFER, writtenWhenRecorded[0]);
        assertEquals(file.length, out.size());
    }

    @Test
    void aFileOfOneBufferOrLessSendsNothingWhenDamaged() throws IOException {
        byte[] file = bytes(1000);
        String recorded = sha(file);
        file[999] ^= 0x40;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(VerifyingCopy.IntegrityMismatchException.class,
                () -> VerifyingCopy.copy(new ByteArrayInputStream(file), out, recorded, file.length));
        assertEquals(0, out.size());
    }

    @Test
    void aTruncatedOrGrownFileIsAMismatch() throws IOException {
        byte[] file = bytes(2 * Sha256.BUFFER);
        String recorded = sha(file);
        byte[] shorter = java.util.Arrays.copyOf(file, file.length - 1);
        assertThrows(VerifyingCopy.IntegrityMismatchException.class, () -> VerifyingCopy.copy(
                new ByteArrayInputStream(shorter), new ByteArrayOutputStream(), recorded, file.length));
        byte[] longer = java.util.Arrays.copyOf(file, file.length + 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var failure = assertThrows(VerifyingCopy.IntegrityMismatchException.class, () -> VerifyingCopy.copy(
                new ByteArrayInputStream(longer), out, recorded, file.length));
        assertEquals(longer.length, failure.actualSize());
        assertTrue(out.size() < file.length);
    }
}
