package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accord on two nodes behind a load balancer (issue 8; docs/deployment.md, "Cluster"), run by
 * {@code bin/cluster test}: {@code accord.base-url} is the balancer, {@code accord.cluster.nodes} names the
 * nodes and their own addresses. Not part of bin/test (ear/pom.xml excludes it): its server is one node.
 * The session failover, which stops a node, is {@code browser.ClusterFailoverIT}, run after this class.
 */
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {

    static final Map<String, String> NODES = nodes(System.getProperty("accord.cluster.nodes", ""));
    static final int CLIENTS = Integer.getInteger("accord.cluster.clients", 20);
    static final int SECONDS = Integer.getInteger("accord.cluster.seconds", 30);
    static final String RUN = "CLUSTER" + Long.toHexString(System.nanoTime());
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void requestsThroughTheBalancerSpreadOverBothNodes() {
        assertEquals(2, NODES.size(), "accord.cluster.nodes names two nodes: " + NODES);
        Map<String, Integer> served = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            Reply reply = Api.get(Reports.PATH + "?size=1").as(CN_REPORTER).send().expect(200);
            served.merge(reply.header("X-Accord-Node").orElse("(none)"), 1, Integer::sum);
        }
        System.out.println("ClusterIT: 40 API calls through the balancer were served by " + served);
        assertEquals(NODES.keySet(), served.keySet(), served.toString());
        served.values().forEach(n -> assertTrue(n >= 10, () -> "uneven spread " + served));
    }

    /**
     * Both nodes' timers fire; each run is claimed by one node (scheduled_job). The request's deadline is moved
     * into the past as in RequestDeadlineIT; after several more runs of the sweep on both nodes it has been
     * escalated once: one notification, one log entry. The log integrator, due every second, ran about once
     * a second in the whole cluster, not twice.
     */
    @Test
    @Order(2)
    void anOverdueRequestIsEscalatedOnceAndEachRunOfAJobHappensOnOneNode() throws InterruptedException {
        long integrations = runs("log-integrator");
        long sweeps = runs("request-deadlines");
        Instant since = Instant.now();
        AgreementIT.inForce(RUN + "-deadlines");
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("ClusterIT")).getString("id");
        String id = Requests.send(CN_REPORTER, Requests.body("US", Requests.uniqueTitle("cluster overdue"),
                List.of(report)).build()).expect(201).json().getString("id");
        LogDatabase.update("update cooperation_request set ack_due_at = current_timestamp - interval '1' minute,"
                + " next_due_at = current_timestamp - interval '1' minute where reference = '" + id + "'");
        await(Duration.ofSeconds(60), () -> Requests.read(US_LIAISON, id).expect(200).json()
                .getJsonObject("deadlines").getBoolean("escalated"), "the request was escalated");
        Thread.sleep(Duration.ofSeconds(35).toMillis()); // two more sweeps on each node's timer

        long notes = Api.get("/api/notifications").as(US_LIAISON).send().expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("subject").equals(id)
                        && n.getString("kind").equals("request.acknowledgement-overdue")).count();
        assertEquals(1, notes, "one escalation notification");
        assertEquals(List.of("request.sent", "request.escalated"),
                ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id)));

        long seconds = Duration.between(since, Instant.now()).toSeconds();
        long integrated = runs("log-integrator") - integrations;
        long swept = runs("request-deadlines") - sweeps;
        System.out.printf("ClusterIT: in %d s the log integrator ran %d times, the deadline sweep %d times,"
                + " in the whole cluster; last holders %s%n", seconds, integrated, swept, holders());
        assertTrue(integrated <= seconds + 3 && integrated >= seconds / 2,
                () -> "integrator runs " + integrated + " in " + seconds + " s (once a second on one node)");
        assertTrue(swept <= seconds / 15 + 2 && swept >= seconds / 15 - 2,
                () -> "deadline sweeps " + swept + " in " + seconds + " s (every 15 s on one node)");
    }

    /**
     * Auditors ask both nodes for a signed tree head at the same moment, ten times, while the log grows:
     * both get the same head (one per size, no failure), every head verifies with the one public key.
     */
    @Test
    @Order(3)
    void treeHeadsAskedOfBothNodesAtOnceAreOnePerSizeSignedByOneKey() {
        List<String> keys = NODES.values().stream().map(node -> call(node, "GET", ExchangeLogApi.PATH + "/public-key",
                INT_AUDITOR).body()).distinct().toList();
        assertEquals(1, keys.size(), "both nodes sign with the same key");
        for (int round = 0; round < 10; round++) {
            Reports.create(CN_REPORTER, Reports.uniqueTitle("ClusterIT heads " + round));
            Api.get(ExchangeLogApi.PATH + "/entries?size=1").as(INT_AUDITOR).send().expect(200); // an entry
            List<CompletableFuture<HttpResponse<String>>> asked = NODES.values().stream()
                    .map(node -> CompletableFuture.supplyAsync(() -> call(node, "POST",
                            ExchangeLogApi.PATH + "/tree-heads", INT_AUDITOR))).toList();
            List<JsonObject> heads = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : asked) {
                HttpResponse<String> head = answer.join();
                assertEquals(200, head.statusCode(), head::body);
                heads.add(Json.createReader(new StringReader(head.body())).readObject());
            }
            long size = heads.get(0).getJsonNumber("size").longValue();
            heads.stream().filter(h -> h.getJsonNumber("size").longValue() == size)
                    .forEach(h -> assertEquals(heads.get(0), h, "one head of size " + size));
        }
        JsonObject verified = ExchangeLogApi.verifyNow(INT_AUDITOR);
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    /**
     * An expired share is purged once although both nodes' timers run and both are asked to purge at the
     * same moment: one purged custody event, one evidence.purged entry.
     */
    @Test
    @Order(4)
    void anExpiredShareIsPurgedOnceByTheCluster() {
        DemoUser frReporter = DemoUsers.reporterOf("FR");
        DemoUser frLiaison = DemoUsers.liaisonOf("FR");
        String agreement = Agreements.inForce("FR", "US", "GREEN", 30, "network-captures");
        String report = Reports.create(frReporter, Reports.uniqueTitle("ClusterIT purge")).getString("id");
        String id = EvidenceApi.upload(frReporter, report, "network-captures", "GREEN",
                ("capture " + RUN).getBytes()).getString("id");
        EvidenceApi.share(frLiaison, id, "US").expect(201);
        try {
            NODES.values().forEach(node -> assertEquals(200, call(node, "PUT", "/api/test-controls/clock",
                    DemoUsers.PORTAL_ADMIN, "{\"offset\":\"P30DT1M\"}").statusCode()));
            List<CompletableFuture<HttpResponse<String>>> purges = NODES.values().stream()
                    .map(node -> CompletableFuture.supplyAsync(() -> call(node, "POST",
                            "/api/test-controls/retention-purge", DemoUsers.PORTAL_ADMIN))).toList();
            int purged = 0;
            for (CompletableFuture<HttpResponse<String>> purge : purges) {
                HttpResponse<String> answer = purge.join();
                assertEquals(200, answer.statusCode(), answer::body);
                purged += Json.createReader(new StringReader(answer.body())).readObject().getInt("purged");
            }
            assertTrue(purged <= 1, "one node purged the share, the other found nothing left: " + purged);
            await(Duration.ofSeconds(90), () -> EvidenceApi.custodyEvents(frLiaison, id).contains("purged"),
                    "the share was purged (on demand, or by the next run of the timer)");
        } finally {
            NODES.values().forEach(node -> call(node, "PUT", "/api/test-controls/clock", DemoUsers.PORTAL_ADMIN,
                    "{\"offset\":\"PT0S\"}"));
            Agreements.terminate(agreement, "FR");
        }
        assertEquals(List.of("uploaded", "shared", "purged"), EvidenceApi.custodyEvents(frLiaison, id));
        assertEquals(1, ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id)).stream()
                .filter("evidence.purged"::equals).count());
    }

    /**
     * {@value #CLIENTS} clients through the balancer for {@value #SECONDS} s file reports, send requests and post
     * messages, on both nodes. Every acknowledged write is in the database once, each request step has its one
     * log entry, and the log's positions are gapless and unique; the log verifies.
     */
    @Test
    @Order(5)
    void underLoadOnBothNodesNoWriteAndNoLogEntryIsLostOrDuplicated() throws Exception {
        String agreement = AgreementIT.inForce(RUN + "-load");
        Load load = new Load();
        try {
            load.run();
        } finally {
            Agreements.terminate(agreement, "CN");
        }
        System.out.printf("ClusterIT: %d clients x %d s: %d calls (%s), %d reports, %d requests, %d messages, %d failures%n",
                CLIENTS, SECONDS, load.calls.get(), load.served, load.reports.get(), load.requests.get(),
                load.messages.get(), load.failures.size());
        assertTrue(load.failures.isEmpty(), () -> load.failures.size() + " failures, e.g. "
                + load.failures.stream().limit(5).toList());
        assertEquals(NODES.keySet(), load.served.keySet(), "both nodes took writes: " + load.served);
        assertTrue(load.reports.get() >= CLIENTS, "too little load: " + load.reports);

        assertEquals(load.reports.get(), LogDatabase.count("select count(*) from incident_report where title like '"
                + RUN + "%'"));
        assertEquals(load.requests.get(), LogDatabase.count("select count(*) from cooperation_request where title like '"
                + RUN + "%'"));
        assertEquals(load.messages.get(), LogDatabase.count("select count(*) from cooperation_request_message"
                + " where body like '" + RUN + "%'"));

        JsonObject verified = ExchangeLogApi.verifyNow(INT_AUDITOR); // integrates what is queued, then checks
        assertTrue(verified.getBoolean("intact"), verified.toString());
        String requests = "(select reference from cooperation_request where title like '" + RUN + "%')";
        assertEquals(load.requests.get(), LogDatabase.count("select count(*) from exchange_log_entry"
                + " where action = 'request.sent' and object_id in " + requests));
        assertEquals(load.requests.get(), LogDatabase.count("select count(distinct object_id) from exchange_log_entry"
                + " where action = 'request.sent' and object_id in " + requests));
        assertEquals(load.messages.get(), LogDatabase.count("select count(*) from exchange_log_entry"
                + " where action = 'request.message-posted' and object_id in " + requests));
        long size = LogDatabase.count("select count(*) from exchange_log_entry");
        assertEquals(size, LogDatabase.count("select count(distinct seq) from exchange_log_entry"), "no position twice");
        assertEquals(size, LogDatabase.count("select coalesce(max(seq), -1) + 1 from exchange_log_entry"), "no gap");
        System.out.printf("ClusterIT: exchange log of %d entries, gapless, verified%n", size);
    }

    /** The load of the last test: CN's reporters and liaisons through the balancer. */
    final class Load {
        final AtomicLong reports = new AtomicLong();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong messages = new AtomicLong();
        final AtomicLong calls = new AtomicLong();
        final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
        final Queue<String> failures = new ConcurrentLinkedQueue<>();

        void run() throws Exception {
            Instant end = Instant.now().plusSeconds(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    DemoUser user = i % 2 == 0 ? CN_REPORTER : DemoUsers.liaisonOf("CN");
                    int client = i;
                    clients.add(pool.submit(() -> client(user, client, end)));
                }
                for (Future<?> client : clients) {
                    client.get(SECONDS + 180L, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        void client(DemoUser user, int client, Instant end) {
            for (int i = 0; Instant.now().isBefore(end); i++) {
                try {
                    Reply created = count(Api.post(Reports.PATH).as(user)
                            .json(Reports.body(RUN + "-" + client + "-" + i).build()).send());
                    if (created.status() != 201) {
                        failures.add("create " + created);
                        continue;
                    }
                    reports.incrementAndGet();
                    if (i % 3 == 0) {
                        Reply sent = count(Requests.send(user, Requests.body("US", RUN + " request " + client + "-" + i,
                                List.of(created.json().getString("id"))).build()));
                        if (sent.status() != 201) {
                            failures.add("send " + sent);
                            continue;
                        }
                        requests.incrementAndGet();
                        Reply posted = count(Requests.post(user, sent.json().getString("id"), RUN + " message " + i));
                        if (posted.status() == 201) {
                            messages.incrementAndGet();
                        } else {
                            failures.add("post " + posted);
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(user + ": " + e);
                }
            }
        }

        private Reply count(Reply reply) {
            calls.incrementAndGet();
            reply.header("X-Accord-Node").ifPresent(node -> served.computeIfAbsent(node, n -> new AtomicLong())
                    .incrementAndGet());
            return reply;
        }
    }

    // --- helpers ---

    static long runs(String job) {
        return LogDatabase.count("select runs from scheduled_job where name = '" + job + "'");
    }

    /** Which node claimed each job's last run (for the report; either node may). */
    static String holders() {
        return LogDatabase.text("select string_agg(name || '=' || coalesce(holder, '-'), ' ' order by name)"
                + " from scheduled_job");
    }

    /** A call straight to one node, past the balancer. */
    static HttpResponse<String> call(String node, String method, String path, DemoUser user) {
        return call(node, method, path, user, null);
    }

    static HttpResponse<String> call(String node, String method, String path, DemoUser user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Tokens.accessToken(user))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration limit, BooleanSupplier done, String what) {
        Instant until = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(until), () -> "not within " + limit + ": " + what);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@code node1=http://localhost:8680,node2=http://localhost:8780} → name → address. */
    static Map<String, String> nodes(String spec) {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (String node : spec.split(",")) {
            if (!node.isBlank()) {
                String[] parts = node.split("=", 2);
                nodes.put(parts[0].strip(), parts[1].strip());
            }
        }
        return nodes;
    }
}
