package org.accord.incident;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.accord.persistence.Migrations;
import org.accord.scheduling.Job;
import org.accord.scheduling.JobSlots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same migrations and the same mappings on every supported database: Flyway builds the
 * schema, EclipseLink (as configured in persistence.xml, outside the server) writes and reads
 * through it. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    private EntityManagerFactory emf;
    private DataSource dataSource;

    /** A data source of an empty database. */
    abstract DataSource emptyDatabase() throws Exception;

    abstract Map<String, String> jdbcProperties();

    /** The folder of the database's own migrations under db/vendor. */
    abstract String vendor();

    @BeforeAll
    void migrate() throws Exception {
        dataSource = emptyDatabase();
        assertEquals(migrationFiles(vendor()), Migrations.flyway(dataSource, true).migrate().migrationsExecuted);
        Map<String, Object> properties = new java.util.HashMap<>(jdbcProperties());
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("eclipselink.target-server", "None");
        emf = Persistence.createEntityManagerFactory("accord", properties);
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        assertEquals(0, Migrations.flyway(dataSource, true).migrate().migrationsExecuted);
    }

    @Test
    void persistenceXmlListsEveryEntity() throws IOException {
        Set<String> mapped = emf.getMetamodel().getEntities().stream().map(Type::getJavaType).map(Class::getName)
                .collect(Collectors.toSet());
        assertEquals(annotatedEntities(), mapped);
    }

    @Test
    void aReportIsWrittenAndReadBackUnchangedWithVersionsAndLockedCounter() {
        Instant now = Instant.parse("2026-11-29T08:00:00.123456Z");
        String reference = inTransaction(em -> {
            ReportCounter counter = em.find(ReportCounter.class, "CN", LockModeType.PESSIMISTIC_WRITE);
            IncidentReport report = new IncidentReport(counter.nextReference(2026), "CN", ReportDrafts.valid(),
                    "cn-reporter", now);
            em.persist(report);
            em.flush();
            em.persist(new ReportVersion(report, "created", ReportSnapshot.of(report).toJson()));
            return report.getReference();
        });
        assertEquals("CN-2026-000001", reference);

        IncidentReport read = inTransaction(em -> em.createNamedQuery("IncidentReport.byReference",
                IncidentReport.class).setParameter("reference", reference).getSingleResult());
        ReportDraft draft = ReportDrafts.valid();
        assertEquals(draft.awareAt(), read.getAwareAt());
        assertEquals(now, read.getCreatedAt());
        assertEquals(draft.sectors(), read.getSectors());
        assertEquals(Tlp.AMBER, read.getTlp());
        assertEquals(1, read.getVersion());

        long version = inTransaction(em -> {
            IncidentReport report = em.find(IncidentReport.class, read.getId());
            report.moveTo(ReportStatus.SUBMITTED, "cn-liaison", now.plusSeconds(60));
            em.flush();
            return report.getVersion();
        });
        assertEquals(2, version);
        assertTrue(inTransaction(em -> em.createNamedQuery("ReportVersion.ofReport", ReportVersion.class)
                .setParameter("reportId", read.getId()).getResultList()).stream()
                .allMatch(v -> ReportSnapshot.fromJson(v.getSnapshot()).title().equals(draft.title())));
    }

    @Test
    void anAgreementIsWrittenWithItsPartiesAndFoundByParty() {
        Instant now = Instant.parse("2026-11-29T08:00:00Z");
        var draft = new org.accord.agreement.AgreementDraft("MoU", "basis", "bilateral-mou", java.util.List.of("CN", "US"),
                java.time.LocalDate.of(2026, 11, 28), java.time.LocalDate.of(2027, 11, 28),
                java.util.List.of("information-request"), "AMBER+STRICT", java.util.List.of(), 24, 5, 90, true, 3);
        String reference = inTransaction(em -> {
            var agreement = new org.accord.agreement.Agreement(draft, "CN", "cn-liaison", now);
            em.persist(agreement);
            agreement.assignReference();
            return agreement.getReference();
        });
        assertTrue(reference.matches("AG-2026-\\d{4,}"), reference);
        var read = inTransaction(em -> em.createNamedQuery("Agreement.byReference", org.accord.agreement.Agreement.class)
                .setParameter("reference", reference).getSingleResult());
        assertEquals(java.util.List.of("CN", "US"), read.getPartyCountries());
        assertEquals(Tlp.AMBER_STRICT, read.getMaxTlp());
        assertEquals(java.time.LocalDate.of(2026, 11, 28), read.getValidFrom());
        assertEquals(org.accord.agreement.AgreementStatus.PROPOSED, read.statusAt(now));
        assertTrue(read.isOnwardSharing());
    }

    @Test
    void aRequestIsWrittenWithItsReportsStepsAndThreadAndFoundByTheDeadlineJob() {
        Instant sent = Instant.parse("2026-11-30T09:00:00Z");
        var draft = new org.accord.agreement.AgreementDraft("CN-US", "basis", "bilateral-mou", java.util.List.of("CN", "US"),
                java.time.LocalDate.of(2026, 11, 28), java.time.LocalDate.of(2027, 11, 28),
                java.util.List.of("information-request"), "AMBER", java.util.List.of(), 24, 5, 90, false, null);
        String reference = inTransaction(em -> {
            var agreement = new org.accord.agreement.Agreement(draft, "CN", "cn-liaison", sent);
            em.persist(agreement);
            agreement.assignReference();
            ReportCounter counter = em.find(ReportCounter.class, "CN", LockModeType.PESSIMISTIC_WRITE);
            IncidentReport report = new IncidentReport(counter.nextReference(2026), "CN", ReportDrafts.valid(),
                    "cn-reporter", sent);
            em.persist(report);
            em.flush();
            var deadlines = new org.accord.cooperation.Deadlines(sent.plusSeconds(3600), sent.plusSeconds(7200),
                    sent.plusSeconds(10800));
            var request = new org.accord.cooperation.CooperationRequest(new org.accord.cooperation.RequestDraft("US",
                    "information-request", "t", "b", java.util.List.of(report.getReference()), null), "CN",
                    agreement.getReference(), java.util.List.of(report), deadlines, "cn-reporter", sent);
            new org.accord.cooperation.CooperationRequestRepository(em).add(request);
            request.post("message", "hello", "cn-reporter", "CN", sent.plusSeconds(1));
            em.persist(new org.accord.notification.Notification("US", "duty", "request.answer-overdue",
                    request.getReference(), "late", sent));
            return request.getReference();
        });
        assertTrue(reference.matches("RQ-2026-\\d{4,}"), reference);
        var read = inTransaction(em -> {
            return new org.accord.cooperation.CooperationRequestRepository(em).findByReference(reference).orElseThrow();
        });
        assertEquals(1, read.getReports().size());
        assertEquals(1, read.getTransitions().size());
        assertEquals("hello", read.getMessages().get(0).getBody());
        assertEquals(sent.plusSeconds(3600), read.getNextDueAt());
        long reportId = read.getReports().get(0).getId();
        assertEquals(java.util.List.of(reference), inTransaction(em -> {
            return new org.accord.cooperation.CooperationRequestRepository(em).sharingReport(reportId, "US").stream().map(r -> r.getReference()).toList();
        }));
        assertEquals(java.util.List.of(), inTransaction(em -> {
            return new org.accord.cooperation.CooperationRequestRepository(em).dueBy(sent.plusSeconds(3000), 10);
        }));
        assertEquals(java.util.List.of(reference), inTransaction(em -> {
            return new org.accord.cooperation.CooperationRequestRepository(em).dueBy(sent.plusSeconds(3601), 10).stream().map(r -> r.getReference()).toList();
        }));
        assertEquals(Long.valueOf(1), inTransaction(em -> {
            return new org.accord.cooperation.CooperationRequestRepository(em).list("US", true, null, 0, 10).total();
        }));
    }

    @Test
    void aListCountsItsMatchesOnlyUpToItsCap() {
        Instant now = Instant.parse("2026-11-29T09:00:00Z");
        inTransaction(em -> {
            ReportCounter counter = em.find(ReportCounter.class, "FR", LockModeType.PESSIMISTIC_WRITE);
            for (int i = 0; i < 3; i++) {
                em.persist(new IncidentReport(counter.nextReference(2026), "FR", ReportDrafts.valid(), "fr-reporter", now));
            }
            return null;
        });
        var capped = inTransaction(em -> new org.accord.common.Criteria().and("r.ownerCountry = :c", "c", "FR")
                .page(em, IncidentReport.class, "r", "r.createdAt desc, r.id desc", 0, 1, 2));
        assertEquals(2, capped.total());
        assertFalse(capped.exact(), "more than the cap");
        assertEquals(1, capped.items().size());
        var exact = inTransaction(em -> new org.accord.common.Criteria().and("r.ownerCountry = :c", "c", "FR")
                .page(em, IncidentReport.class, "r", "r.createdAt desc, r.id desc", 0, 1, 3));
        assertEquals(3, exact.total());
        assertTrue(exact.exact());
        assertEquals(3, inTransaction(em -> new org.accord.common.Criteria().and("r.ownerCountry = :c", "c", "FR")
                .page(em, IncidentReport.class, "r", "r.createdAt desc, r.id desc", 0, 1)).total());
        var onePage = inTransaction(em -> new org.accord.common.Criteria().and("r.ownerCountry = :c", "c", "FR")
                .page(em, IncidentReport.class, "r", "r.createdAt desc, r.id desc", 0, 10, 2));
        assertEquals(3, onePage.total(), "a first page with room to spare is the whole list, whatever the cap");
        assertTrue(onePage.exact());
        var pastTheEnd = inTransaction(em -> new org.accord.common.Criteria().and("r.ownerCountry = :c", "c", "FR")
                .page(em, IncidentReport.class, "r", "r.createdAt desc, r.id desc", 5, 1, 10));
        assertEquals(3, pastTheEnd.total());
        assertTrue(pastTheEnd.items().isEmpty());
    }

    /** On a new database the queue's first block of ids is valid (V8), and queued entries get positions. */
    @Test
    void entriesAreQueuedAndPlacedInTheLog() {
        long first = inTransaction(em -> org.accord.exchangelog.LogProbe.append(em, "CN-2026-000001"));
        long second = inTransaction(em -> org.accord.exchangelog.LogProbe.append(em, "CN-2026-000002"));
        assertTrue(first >= 1 && second != first, first + ", " + second);
        long size = inTransaction(org.accord.exchangelog.LogProbe::integrate);
        assertTrue(size >= 2, "log size " + size);
    }

    /** Every scheduled job has its row (V14), and each slot of it is claimed by one node only, whichever asks. */
    @Test
    void aScheduledJobsSlotIsClaimedOnce() {
        for (Job job : Job.values()) {
            assertDoesNotThrow(() -> runs(job), job.key() + " has its row");
        }
        long before = runs(Job.LOG_INTEGRATOR);
        assertTrue(claim(Job.TREE_HEADS, 100, "node1"));
        assertFalse(claim(Job.TREE_HEADS, 100, "node2"), "the same slot again");
        assertFalse(claim(Job.TREE_HEADS, 99, "node2"), "an earlier slot");
        assertTrue(claim(Job.TREE_HEADS, 101, "node2"));
        assertEquals(2L, runs(Job.TREE_HEADS));
        assertEquals(before, runs(Job.LOG_INTEGRATOR), "slots are per job");
    }

    /**
     * Two nodes firing at once: the second claim waits for the first one's row lock and then finds the slot
     * taken; a lock taken for an on-demand run makes the other node's claim and lock wait until it ends.
     */
    @Test
    void concurrentClaimsOfOneSlotLetOneWin() throws Exception {
        EntityManager first = emf.createEntityManager();
        first.getTransaction().begin();
        assertTrue(JobSlots.claim(first, Job.RETENTION_PURGE, 7, "node1", NOW));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> claim(Job.RETENTION_PURGE, 7, "node2"));
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second claim waits for the first one's transaction");
        first.getTransaction().commit();
        first.close();
        assertFalse(second.get(10, java.util.concurrent.TimeUnit.SECONDS), "the slot was taken meanwhile");

        EntityManager holder = emf.createEntityManager();
        holder.getTransaction().begin();
        JobSlots.lock(holder, Job.RETENTION_PURGE);
        var waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> inTransaction(em -> {
            JobSlots.lock(em, Job.RETENTION_PURGE);
            return Instant.now();
        }));
        Thread.sleep(300);
        Instant released = Instant.now();
        holder.getTransaction().commit();
        holder.close();
        assertFalse(waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).isBefore(released),
                "the second lock was granted only after the first transaction ended");
    }

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private boolean claim(Job job, long slot, String node) {
        return this.<Boolean>inTransaction(em -> JobSlots.claim(em, job, slot, node, NOW));
    }

    private long runs(Job job) {
        return this.<Long>inTransaction(em -> JobSlots.runs(em, job));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static int migrationFiles(String vendor) throws IOException {
        try (Stream<Path> files = Stream.of("migration", "demo", "vendor/" + vendor)
                .flatMap(folder -> listed(Path.of("target/classes/db", folder)))) {
            return (int) files.filter(f -> f.toString().endsWith(".sql")).count();
        }
    }

    private static Stream<Path> listed(Path folder) {
        try {
            return Files.list(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> annotatedEntities() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> load(name).isAnnotationPresent(Entity.class))
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PersistenceContract.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
