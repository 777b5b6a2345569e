package org.accord.it.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A second WildFly of the fault tests: the build's configured server ({@code accord.wildfly-home}) with a base
 * directory of its own ({@code target/fault/wildfly}: configuration copied from {@code standalone/}, the EAR in
 * its {@code deployments/}), port offset {@value #PORT_OFFSET}, its database the throwaway PostgreSQL and its
 * way to Keycloak through the test's proxy. Its logs stay in {@code target/fault/wildfly/log}.
 */
final class FaultWildFly implements AutoCloseable {

    static final int PORT_OFFSET = 500;
    static final String BASE_URL = "http://localhost:" + (8080 + PORT_OFFSET);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final Path ear;
    private final Path base;
    private Process process;

    FaultWildFly(Path home, Path ear, Path faultDir) {
        this.home = home;
        this.ear = ear;
        this.base = faultDir.resolve("wildfly");
    }

    Path base() {
        return base;
    }

    /** Starts the server with {@code environment} added and waits until the portal's health check says UP. */
    void start(Map<String, String> environment) throws IOException, InterruptedException {
        delete(base);
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("log"));
        copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
        // the Maven-started server may have recorded its deployment in the configuration: this one deploys
        // its EAR from its own folder only
        Path xml = base.resolve("configuration/standalone.xml");
        Files.writeString(xml, Files.readString(xml).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.copy(ear, base.resolve("deployments/accord.ear"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + PORT_OFFSET)
                .redirectErrorStream(true).redirectOutput(base.resolve("log/console.log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true"
                + " -Djava.awt.headless=true -Daccord.test-controls=true"
                // C1 only: half the start time on a 2-core machine (as for Keycloak); nothing here is measured for speed
                + " -XX:TieredStopAtLevel=1");
        process = builder.start();
        awaitHealthy();
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long giveUp = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the fault tests' WildFly exited; see " + base.resolve("log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the fault tests' WildFly did not become healthy within " + START_TIMEOUT
                + "; see " + base.resolve("log/server.log"));
    }

    /** Lines of the server log that contain {@code text}. */
    List<String> logLines(String text) throws IOException {
        try (Stream<String> lines = Files.lines(base.resolve("log/server.log"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).toList();
        }
    }

    /** SIGTERM to the server (a clean shutdown), SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                p.destroyForcibly();
            }
        }
        process = null;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
