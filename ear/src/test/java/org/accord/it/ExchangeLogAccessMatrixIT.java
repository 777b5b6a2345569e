package org.accord.it;

import static org.accord.it.support.DemoUser.AUDITOR;
import static org.accord.it.support.DemoUser.LIAISON;
import static org.accord.it.support.DemoUser.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every exchange log endpoint × every demo user answers exactly what {@link #expected} says. The log
 * is read-only for everyone; what it shows per country is checked in {@link ExchangeLogIT}.
 */
class ExchangeLogAccessMatrixIT {

    enum Endpoint {
        ENTRIES(u -> Api.get(ExchangeLogApi.PATH + "/entries").as(u).send().status(), REPORTER, LIAISON, AUDITOR),
        TREE_HEADS(u -> Api.get(ExchangeLogApi.PATH + "/tree-heads").as(u).send().status(), REPORTER, LIAISON, AUDITOR),
        LATEST_HEAD(u -> Api.get(ExchangeLogApi.PATH + "/tree-heads/latest").as(u).send().status(),
                REPORTER, LIAISON, AUDITOR),
        PUBLISH_HEAD(u -> Api.post(ExchangeLogApi.PATH + "/tree-heads").as(u).send().status(), AUDITOR),
        INCLUSION(u -> Api.get(ExchangeLogApi.PATH + "/proofs/inclusion?seq=0&treeSize=" + headSize).as(u).send()
                .status(), REPORTER, LIAISON, AUDITOR),
        CONSISTENCY(u -> Api.get(ExchangeLogApi.PATH + "/proofs/consistency?from=" + headSize + "&to=" + headSize)
                .as(u).send().status(), REPORTER, LIAISON, AUDITOR),
        PUBLIC_KEY(u -> Api.get(ExchangeLogApi.PATH + "/public-key").as(u).send().status(), REPORTER, LIAISON, AUDITOR),
        EXPORT(u -> Api.get(ExchangeLogApi.PATH + "/export/entries.jsonl?start=0&end=" + headSize).as(u).send()
                .status(), AUDITOR),
        EXPORT_ZIP(u -> Pdfs.download(u, ExchangeLogApi.PATH + "/export/log.zip?end=" + headSize).status(), AUDITOR),
        VERIFY(u -> Api.post(ExchangeLogApi.PATH + "/verify").as(u).send().status(), AUDITOR),
        DOSSIER(u -> Pdfs.download(u, ExchangeLogApi.PATH + "/dossier.pdf?objectId=matrix").status(), AUDITOR);

        final Function<DemoUser, Integer> call;
        final Set<String> roles;

        Endpoint(Function<DemoUser, Integer> call, String... roles) {
            this.call = call;
            this.roles = Set.of(roles);
        }
    }

    private static long headSize;

    /** At least one entry (a refused cross-border read) under a signed head. */
    @BeforeAll
    static void aSignedHeadExists() {
        String id = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("log matrix")).getString("id");
        Api.get(Reports.path(id)).as(DemoUsers.US_REPORTER).send().expectProblem(404);
        headSize = ExchangeLogApi.publishHead(DemoUsers.INT_AUDITOR).getJsonNumber("size").longValue();
    }

    /**
     * The role decides. Every auditor downloads the log (a national auditor gets the entries of other
     * countries as their leaf hash only, see {@link OfflineDownloadIT}).
     */
    static int expected(DemoUser user, Endpoint endpoint) {
        return user.realmRole().filter(endpoint.roles::contains).isEmpty() ? 403 : 200;
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> DemoUsers.all().stream().map(user -> {
            int status = expected(user, endpoint);
            return dynamicTest(user + " " + endpoint.name().toLowerCase() + " → " + status,
                    () -> assertEquals(status, endpoint.call.apply(user), user + " " + endpoint));
        }));
    }
}
