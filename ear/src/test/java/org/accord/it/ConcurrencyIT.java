package org.accord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * Fifty reports filed at the same moment by reporters and liaisons of four countries are all
 * stored, each under its own well-formed readable id, numbered per country without gaps.
 */
class ConcurrencyIT {

    private static final int REPORTS = 50;

    private record Filed(DemoUser user, String title, Reply reply) {
    }

    @Test
    void fiftyParallelCreatesFromFourCountriesAllSucceedWithUniqueIds() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
        List<DemoUser> users = DemoUsers.writers();
        users.forEach(user -> Api.get("/api/me").as(user).send().expect(200));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REPORTS);
        List<Future<Filed>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < REPORTS; i++) {
                DemoUser user = users.get(i % users.size());
                String title = Reports.uniqueTitle("parallel " + i + " by " + user);
                futures.add(pool.submit(() -> {
                    go.await();
                    return new Filed(user, title,
                            Api.post(Reports.PATH).as(user).json(Reports.body(title).build()).send());
                }));
            }
            go.countDown();
            List<Filed> filed = new ArrayList<>();
            for (Future<Filed> future : futures) {
                filed.add(future.get(60, TimeUnit.SECONDS));
            }
            filed.forEach(f -> f.reply().expect(201));
            assertStoredUnderUniqueIds(filed);
            assertNumberedWithoutGaps(filed, start);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertStoredUnderUniqueIds(List<Filed> filed) {
        String year = String.valueOf(Instant.now().atZone(ZoneOffset.UTC).getYear());
        Set<String> ids = new TreeSet<>();
        for (Filed f : filed) {
            JsonObject report = f.reply().json();
            String id = report.getString("id");
            Matcher m = Reports.ID.matcher(id);
            assertTrue(m.matches(), id);
            assertEquals(f.user().country(), m.group(1), id);
            assertEquals(year, m.group(2), id);
            assertEquals(f.user().country(), report.getString("country"));
            assertEquals(f.title(), Reports.read(DemoUsers.reporterOf(f.user().country()), id).getString("title"));
            ids.add(id);
        }
        assertEquals(REPORTS, ids.size(), () -> "ids: " + ids);
    }

    /** Our numbers, and those of anyone filing at the same time, fill one range per country. */
    private static void assertNumberedWithoutGaps(List<Filed> filed, Instant start) {
        Map<String, List<Long>> ours = filed.stream().map(f -> f.reply().json().getString("id"))
                .collect(Collectors.groupingBy(id -> id.substring(0, 2),
                        Collectors.mapping(ConcurrencyIT::number, Collectors.toList())));
        Map<String, Set<Long>> existing = new HashMap<>();
        for (String country : ours.keySet()) {
            Set<Long> numbers = new TreeSet<>();
            for (int page = 0; ; page++) {
                List<JsonObject> items = Reports.list(DemoUsers.reporterOf(country), "from", start.toString(),
                        "size", "200", "page", String.valueOf(page)).expect(200).json()
                        .getJsonArray("items").getValuesAs(JsonObject.class);
                items.forEach(r -> numbers.add(number(r.getString("id"))));
                if (items.size() < 200) {
                    break;
                }
            }
            existing.put(country, numbers);
        }
        ours.forEach((country, numbers) -> {
            long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
            long max = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
            for (long n = min; n <= max; n++) {
                assertTrue(existing.get(country).contains(n), country + " has no report number " + n
                        + " between " + min + " and " + max);
            }
        });
    }

    private static long number(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }
}
