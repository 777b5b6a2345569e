package org.accord.exchangelog.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.exchangelog.json.JsonValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The public RFC 6962 Merkle proof vectors (inclusion and consistency, with their {@code additional/} and
 * {@code single-entry/} cases): every {@code wantErr: false} must verify, every {@code wantErr: true} must
 * be rejected. Read from {@code ../shared/conformance/rfc6962-merkle-vectors/testdata} beside the
 * repository; a missing folder fails the build rather than skipping the proof that our verifier conforms.
 */
class MerkleVectorsTest {

    static Path vectorsFolder() {
        // surefire passes the repository root; from an IDE the working folder is the module
        String repoRoot = System.getProperty("accord.repoRoot", Path.of("").toAbsolutePath().getParent().toString());
        Path folder = Path.of(repoRoot).resolve("../shared/conformance/rfc6962-merkle-vectors/testdata")
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve("inclusion")) || !Files.isDirectory(folder.resolve("consistency"))) {
            fail("the RFC 6962 vectors are missing: expected " + folder + "/{inclusion,consistency}");
        }
        return folder;
    }

    @TestFactory
    Stream<DynamicTest> inclusionVectors() {
        return vectors("inclusion").map(file -> DynamicTest.dynamicTest(name(file), file.toUri(), () -> {
            Map<String, Object> v = read(file);
            boolean accepted = InclusionProof.isValid(number(v, "leafIdx"), number(v, "treeSize"),
                    bytes(v, "leafHash"), hashes(v.get("proof")), bytes(v, "root"));
            assertEquals(!(Boolean) v.get("wantErr"), accepted, "accepted");
        }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyVectors() {
        return vectors("consistency").map(file -> DynamicTest.dynamicTest(name(file), file.toUri(), () -> {
            Map<String, Object> v = read(file);
            boolean accepted = ConsistencyProof.isValid(number(v, "size1"), number(v, "size2"),
                    bytes(v, "root1"), bytes(v, "root2"), hashes(v.get("proof")));
            assertEquals(!(Boolean) v.get("wantErr"), accepted, "accepted");
        }));
    }

    @Test
    void everyVectorFolderIsRead() {
        List<Path> inclusion = vectors("inclusion").collect(Collectors.toList());
        List<Path> consistency = vectors("consistency").collect(Collectors.toList());
        assertTrue(inclusion.stream().anyMatch(p -> p.toString().contains("single-entry")), "single-entry vectors");
        assertTrue(consistency.stream().anyMatch(p -> p.toString().contains("additional")), "additional vectors");
        long accepting = Stream.concat(inclusion.stream(), consistency.stream())
                .filter(p -> !(Boolean) read(p).get("wantErr")).count();
        assertTrue(accepting >= 10, "happy paths found: " + accepting);
        assertTrue(inclusion.size() + consistency.size() >= 196, "vectors found: " + (inclusion.size() + consistency.size()));
    }

    private static Stream<Path> vectors(String kind) {
        try (Stream<Path> files = Files.walk(vectorsFolder().resolve(kind))) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
            return sorted.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return vectorsFolder().relativize(file).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        try {
            return (Map<String, Object>) JsonValues.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vectors' sizes are uint64: one above Long.MAX_VALUE reads as the negative long of the same bits. */
    private static long number(Map<String, Object> vector, String name) {
        Object value = vector.get(name);
        return value instanceof Long ? (Long) value : ((java.math.BigDecimal) value).toBigIntegerExact().longValue();
    }

    private static byte[] bytes(Map<String, Object> vector, String name) {
        return Base64.getDecoder().decode((String) vector.get(name));
    }

    /** A JSON null proof (Go's nil slice) is the empty proof. */
    private static List<byte[]> hashes(Object proof) {
        List<byte[]> hashes = new ArrayList<>();
        if (proof != null) {
            for (Object element : (List<?>) proof) {
                hashes.add(Base64.getDecoder().decode((String) element));
            }
        }
        return hashes;
    }
}
