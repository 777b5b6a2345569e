package org.accord.exchangelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Nodes of a cluster that start at the same moment on one shared key directory end up with one key. */
class SigningKeyTest {

    @TempDir
    Path shared;

    @RepeatedTest(5)
    void nodesCreatingTheKeyAtOnceAllGetTheSameOne() throws Exception {
        int nodes = 4;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<KeyPair>> started = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                started.add(pool.submit((Callable<KeyPair>) () -> {
                    together.await();
                    return SigningKey.readOrCreate(shared);
                }));
            }
            KeyPair first = started.get(0).get();
            for (Future<KeyPair> node : started) {
                assertArrayEquals(first.getPrivate().getEncoded(), node.get().getPrivate().getEncoded());
                assertArrayEquals(first.getPublic().getEncoded(), node.get().getPublic().getEncoded());
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(shared)) {
            assertEquals(List.of("log-signing.key", "log-signing.pub"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no candidate file left behind");
        }
        assertArrayEquals(Files.readAllBytes(shared.resolve("log-signing.pub")),
                SigningKey.readOrCreate(shared).getPublic().getEncoded(), "a later start reads the same key");
    }
}
