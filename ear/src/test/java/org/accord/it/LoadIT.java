package org.accord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md case 23: concurrent API clients of four countries file and read reports, send requests and
 * post messages (CN → US and DE → FR, each pair under an agreement in force) for a while. Then: no answer
 * was a 5xx, every acknowledged write is in the database (counted there), and no answer to one pair's
 * client carries the other pair's data. CI: {@code accord.load.clients} 20 × {@code accord.load.seconds}
 * 15; {@code bin/security-long}: 100 × 60.
 */
class LoadIT {

    static final int CLIENTS = Integer.getInteger("accord.load.clients", 20);
    static final int SECONDS = Integer.getInteger("accord.load.seconds", 15);
    static final String RUN = "LOAD" + Long.toHexString(System.nanoTime());
    static final Instant START = Instant.now().minusSeconds(5);
    static final Map<String, String> PARTNER = Map.of("CN", "US", "US", "CN", "DE", "FR", "FR", "DE");

    final AtomicLong reports = new AtomicLong();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong messages = new AtomicLong();
    final AtomicLong calls = new AtomicLong();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void concurrentClientsOfFourCountriesGetNo5xxLoseNoWriteAndSeeNoOtherPairsData() throws Exception {
        String cnUs = AgreementIT.inForce(RUN);
        String deFr = Agreements.inForce("DE", "FR", "AMBER", 30, "logs");
        try {
            load();
        } finally {
            Agreements.terminate(cnUs, "CN");
            Agreements.terminate(deFr, "DE");
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures of " + calls + " calls, e.g. "
                + failures.stream().limit(5).toList());
        assertEveryWriteStored();
    }

    private void load() throws Exception {
        Instant end = Instant.now().plusSeconds(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new java.util.ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String country = DemoUsers.COUNTRIES.get(i % 4);
                DemoUser user = (i / 4) % 2 == 0 ? DemoUsers.reporterOf(country) : DemoUsers.liaisonOf(country);
                clients.add(pool.submit(() -> client(user, end)));
            }
            for (Future<?> client : clients) {
                client.get(SECONDS + 120L, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Counted in the database on PostgreSQL; on embedded H2 (which the server holds locked) the reports are
     * counted through the API instead, page by page, as their owners list them.
     */
    private void assertEveryWriteStored() {
        assertTrue(reports.get() >= CLIENTS, () -> "too little load: " + reports + " reports");
        if (!"postgresql".equals(System.getenv("ACCORD_DB_DRIVER"))
                && String.valueOf(System.getenv("ACCORD_DB_URL")).startsWith("jdbc:h2")) {
            long listed = 0;
            for (String country : DemoUsers.COUNTRIES) {
                for (int page = 0; ; page++) {
                    var items = Api.get(Reports.PATH + "?size=200&sort=createdAt&from=" + START + "&page=" + page)
                            .as(DemoUsers.reporterOf(country)).send().expect(200).json().getJsonArray("items");
                    listed += Reply.strings(items, "title").stream().filter(t -> t.startsWith(RUN + "-" + country)).count();
                    if (items.size() < 200) {
                        break;
                    }
                }
            }
            assertEquals(reports.get(), listed);
            return;
        }
        assertEquals(reports.get(), LogDatabase.count("select count(*) from incident_report where title like '" + RUN + "%'"));
        assertEquals(requests.get(), LogDatabase.count("select count(*) from cooperation_request where title like '"
                + RUN + "%'"));
        assertEquals(messages.get(), LogDatabase.count("select count(*) from cooperation_request_message where body like '"
                + RUN + "%'"));
        System.out.printf("LoadIT: %d clients x %d s: %d calls, %d reports, %d requests, %d messages, no 5xx%n", CLIENTS,
                SECONDS, calls.get(), reports.get(), requests.get(), messages.get());
    }

    void client(DemoUser user, Instant end) {
        String own = user.country();
        String partner = PARTNER.get(own);
        List<String> foreign = DemoUsers.COUNTRIES.stream().filter(c -> !c.equals(own) && !c.equals(partner))
                .map(c -> RUN + "-" + c).toList();
        boolean sender = own.equals("CN") || own.equals("DE");
        for (int i = 0; Instant.now().isBefore(end); i++) {
            try {
                Reply created = check(Api.post(Reports.PATH).as(user)
                        .json(Reports.body(RUN + "-" + own + "-" + user + "-" + i).build()).send(), foreign);
                if (created.status() != 201) {
                    failures.add("create " + created);
                    continue;
                }
                reports.incrementAndGet();
                String id = created.json().getString("id");
                check(Api.get(Reports.path(id)).as(user).send(), foreign);
                check(Api.get(Reports.PATH + "?size=20").as(user).send(), foreign);
                check(Api.get(Requests.PATH + "?size=20&direction=incoming").as(user).send(), foreign);
                if (sender && i % 3 == 0) {
                    var body = Requests.body(partner, RUN + "-" + own + " request " + i, List.of(id));
                    Reply sent = check(Requests.send(user, (own.equals("DE") ? body.add("type", "information-request")
                            : body).build()), foreign);
                    if (sent.status() == 201) {
                        requests.incrementAndGet();
                        String request = sent.json().getString("id");
                        if (check(Requests.post(user, request, RUN + " message " + i), foreign).status() == 201) {
                            messages.incrementAndGet();
                        }
                        check(Requests.read(user, request), foreign);
                    } else {
                        failures.add("send " + sent);
                    }
                }
            } catch (RuntimeException e) {
                failures.add(user + ": " + e);
            }
        }
    }

    private Reply check(Reply reply, List<String> foreign) {
        calls.incrementAndGet();
        if (reply.status() >= 500) {
            failures.add(reply.request() + " → " + reply);
        }
        for (String marker : foreign) {
            if (reply.body().contains(marker)) {
                failures.add(reply.request() + " carries " + marker + ": " + reply);
            }
        }
        return reply;
    }
}
