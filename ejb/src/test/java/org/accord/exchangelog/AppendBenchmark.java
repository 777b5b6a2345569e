package org.accord.exchangelog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.accord.caller.Caller;
import org.accord.persistence.Migrations;
import org.accord.exchangelog.entry.LogEntry;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * bench/run E3: appends per second through the portal's append path, against plain batched JDBC inserts
 * of rows of the same size, on the same PostgreSQL, in a scratch database ({@value #DATABASE}) that it
 * recreates and migrates with the portal's Flyway migrations.
 * <p>
 * The append path is the portal's own code with EclipseLink configured by the portal's persistence.xml (as
 * {@code PersistenceContract} runs it, resource-local instead of JTA): {@link ExchangeLog} queues entries, a
 * batch of {@value #BATCH} per transaction as a bulk action would, while {@link LogIntegrator} gives them
 * their positions and leaf hashes in a thread of its own, as its timer does every second (here every
 * {@value #INTEGRATE_EVERY_MS} ms). The clock runs from the first append until the last entry is in the
 * log. The baseline inserts the same rows (every column of {@code exchange_log_entry}, same values) with
 * JDBC batches of {@value #BATCH}, one commit per batch, into a scratch table with the log table's shape
 * ({@code like exchange_log_entry including all}: its keys and indexes).
 * <p>
 * Prints per round {@code round N: accord A appends/s (T ms), baseline B rows/s (T ms), ratio R}.
 * Usage: {@code AppendBenchmark JDBC_HOST_URL USER PASSWORD ENTRIES ROUNDS}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/ postgres postgres 100000 5}.
 */
public final class AppendBenchmark {

    static final String DATABASE = "accord_bench";
    static final int BATCH = 500;
    static final int INTEGRATE_EVERY_MS = 200;
    private static final Caller CALLER = new Caller("int-auditor", "INT", Set.of("auditor"));

    private final String url;
    private final String user;
    private final String password;

    private AppendBenchmark(String host, String user, String password) {
        this.url = host + DATABASE;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        AppendBenchmark bench = new AppendBenchmark(args[0], args[1], args[2]);
        int entries = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        bench.createDatabase(args[0]);
        EntityManagerFactory emf = bench.entityManagers();
        try {
            bench.appendThroughThePortal(emf, Math.min(entries, 5_000)); // warm-up of both paths
            bench.plainBatches(Math.min(entries, 5_000));
            for (int round = 1; round <= rounds; round++) {
                long accord = bench.appendThroughThePortal(emf, entries);
                long baseline = bench.plainBatches(entries);
                System.out.printf("round %d: accord %d appends/s (%d ms), baseline %d rows/s (%d ms), ratio %.3f%n",
                        round, perSecond(entries, accord), accord / 1_000_000, perSecond(entries, baseline),
                        baseline / 1_000_000, (double) baseline / accord);
            }
        } finally {
            emf.close();
        }
    }

    /** Queues {@code entries} entries and waits until the integrator placed them all; returns nanoseconds. */
    long appendThroughThePortal(EntityManagerFactory emf, int entries) throws Exception {
        reset();
        EntityManager appenderEm = emf.createEntityManager();
        EntityManager integratorEm = emf.createEntityManager();
        ExchangeLog log = new ExchangeLog();
        log.em = appenderEm;
        log.clock = Clock.systemUTC();
        LogIntegrator integrator = new LogIntegrator();
        integrator.em = integratorEm;
        AtomicReference<Throwable> failed = new AtomicReference<>();
        long start = System.nanoTime();
        Thread integration = new Thread(() -> {
            try {
                long size = 0;
                while (size < entries && failed.get() == null) {
                    Thread.sleep(INTEGRATE_EVERY_MS);
                    integratorEm.getTransaction().begin();
                    size = integrator.integrate();
                    integratorEm.getTransaction().commit();
                    integratorEm.clear();
                }
            } catch (Throwable e) {
                failed.compareAndSet(null, e);
            }
        }, "integrator");
        integration.start();
        try {
            for (int i = 0; i < entries && failed.get() == null; ) {
                appenderEm.getTransaction().begin();
                for (int end = Math.min(entries, i + BATCH); i < end; i++) {
                    log.appendAlone(event(i), CALLER);
                }
                appenderEm.getTransaction().commit();
                appenderEm.clear();
            }
        } catch (RuntimeException e) {
            failed.compareAndSet(null, e);
        }
        long appended = System.nanoTime() - start;
        integration.join();
        long nanos = System.nanoTime() - start;
        System.err.printf("  appends queued in %d ms, all placed in the log after %d ms%n", appended / 1_000_000,
                nanos / 1_000_000);
        appenderEm.close();
        integratorEm.close();
        if (failed.get() != null) {
            throw new IllegalStateException("the append path failed", failed.get());
        }
        return nanos;
    }

    /** Inserts the rows the log holds, in plain JDBC batches; returns nanoseconds. */
    long plainBatches(int entries) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("drop table if exists bench_scratch");
            sql.execute("create table bench_scratch (like exchange_log_entry including all)");
            db.setAutoCommit(false);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("insert into bench_scratch (seq, at, actor,"
                    + " actor_country, action, countries, object_type, object_id, agreement_id, outcome, leaf_hash,"
                    + " queue_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < entries; ) {
                    for (int end = Math.min(entries, i + BATCH); i < end; i++) {
                        LogEvent event = event(i);
                        LogEntry entry = new LogEntry(i, at, CALLER.user(), CALLER.country(), event.action(),
                                List.copyOf(event.countries()), event.objectType(), event.objectId(), null, null);
                        insert.setLong(1, i);
                        insert.setTimestamp(2, Timestamp.from(at));
                        insert.setString(3, CALLER.user());
                        insert.setString(4, CALLER.country());
                        insert.setString(5, event.action());
                        insert.setString(6, ",CN,INT,");
                        insert.setString(7, event.objectType());
                        insert.setString(8, event.objectId());
                        insert.setString(9, null);
                        insert.setString(10, null);
                        insert.setString(11, LeafHashes.of(entry)); // the baseline hashes too: same row
                        insert.setLong(12, 1_000_000L + i);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    db.commit();
                }
            }
            return System.nanoTime() - start;
        }
    }

    /** What an oversight read of a report logs. */
    private static LogEvent event(int i) {
        return LogEvent.of("report.read", "report", "CN-2026-" + String.format("%06d", i % 1_000_000), "INT", "CN");
    }

    private void reset() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("truncate exchange_log_entry, exchange_log_queue, exchange_log_head");
            sql.execute("update exchange_log_state set next_seq = 0");
            sql.execute("vacuum analyze exchange_log_queue");
        }
    }

    private void createDatabase(String host) throws SQLException {
        try (Connection admin = DriverManager.getConnection(host + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        Migrations.flyway(dataSource, false).migrate();
    }

    private EntityManagerFactory entityManagers() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("eclipselink.target-server", "None");
        return Persistence.createEntityManagerFactory("accord", properties);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static long perSecond(int entries, long nanos) {
        return Math.round(entries / (nanos / 1e9));
    }
}
