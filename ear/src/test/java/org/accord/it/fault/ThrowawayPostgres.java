package org.accord.it.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the fault tests alone (never the shared one on 5432): made with {@code initdb} in
 * {@code target/fault/postgres} (as root: in a directory of user postgres under the system's temporary directory), run as user {@code postgres} (when the tests run as root) on 127.0.0.1:{@value #PORT} with trust
 * authentication and no Unix socket, stopped, hung and resumed at will, and removed at the end. Its log stays
 * in {@code target/fault/postgres.log}.
 */
final class ThrowawayPostgres implements AutoCloseable {

    static final int PORT = 5499;
    static final String DATABASE = "accord";
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path home;
    private final Path data;
    private final Path log;
    private final Path keptLog;

    /**
     * As root the cluster lives in a directory of user postgres under the system's temporary directory: the
     * checkout may lie where postgres cannot enter (a root-only home or temporary directory), and PostgreSQL
     * needs every directory above its files. Its log is copied to {@code faultDir} when it is closed.
     */
    ThrowawayPostgres(Path faultDir) {
        this.bin = newestBinaries();
        try {
            this.home = AS_ROOT ? Files.createTempDirectory("accord-fault-postgres") : faultDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.data = home.resolve("postgres");
        this.log = home.resolve("postgres.log");
        this.keptLog = faultDir.resolve("postgres.log");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE;
    }

    /** initdb, start, and an empty database {@value #DATABASE}. */
    void create() throws IOException {
        deleteData();
        Files.createDirectories(data);
        Files.deleteIfExists(log);
        Files.createFile(log);
        if (AS_ROOT) {
            Commands.run("chown", "postgres:postgres", home.toString(), data.toString(), log.toString());
        }
        asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8", "--locale=C");
        // fsync off is safe here: the tests kill the server, not the machine, and the kernel keeps what was written.
        // Commits stay synchronous: with synchronous_commit off, an immediate stop loses the last commits (a report
        // created just before the stop was gone after it), which is the loss these tests must not see.
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "", "port = " + PORT,
                "listen_addresses = '127.0.0.1'", "unix_socket_directories = ''", "fsync = off",
                "full_page_writes = off", "max_connections = 100", ""),
                StandardOpenOption.APPEND);
        start();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres",
                "postgres", "postgres"); Statement sql = db.createStatement()) {
            sql.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
    }

    /** The first column of the first row of a query on {@value #DATABASE}, e.g. a count. */
    long count(String query) {
        try (Connection db = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                Statement sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + query, e);
        }
    }

    boolean running() {
        return Files.exists(data.resolve("postmaster.pid"));
    }

    void start() {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
                "start");
    }

    /** {@code pg_ctl stop -m immediate}: every server process quits at once, as in a crash. */
    void stopImmediately() {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    /** {@code kill -STOP} of the postmaster and every server process: the database hangs, sockets stay open. */
    void hang() {
        signal("-STOP");
    }

    /** {@code kill -CONT}: the hung processes carry on. */
    void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        long postmaster = postmasterPid();
        List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(postmaster)));
        ProcessHandle.of(postmaster).orElseThrow().children().forEach(p -> command.add(Long.toString(p.pid())));
        Commands.run(command.toArray(String[]::new));
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL of the fault tests does not run", e);
        }
    }

    /** Stops the cluster (resuming it first if it hangs) and removes its files; the log stays in the fault dir. */
    @Override
    public void close() throws IOException {
        if (running()) {
            resume();
            stopImmediately();
        }
        deleteData();
        if (!log.equals(keptLog) && Files.exists(log)) {
            Files.createDirectories(keptLog.getParent());
            Files.copy(log, keptLog, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(log);
            Files.delete(home);
        }
    }

    private void deleteData() throws IOException {
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** PostgreSQL refuses to run as root: then as user postgres, otherwise as whoever runs the tests. */
    private static void asPostgres(String... command) {
        List<String> line = new ArrayList<>(AS_ROOT ? List.of("runuser", "-u", "postgres", "--") : List.of());
        line.addAll(List.of(command));
        Commands.runIn(Path.of("/"), line.toArray(String[]::new));
    }

    /** The newest PostgreSQL server installed under /usr/lib/postgresql (Debian's layout). */
    private static Path newestBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql/*/bin"))
                    .resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
