package org.accord.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.common.ConflictException;
import org.accord.incident.Tlp;
import org.junit.jupiter.api.Test;

/** The agreement's lifecycle, its derived status and the enforcement decision (docs/agreements.md). */
class AgreementLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static AgreementDraft draft(LocalDate from, LocalDate to, String maxTlp, String... types) {
        return new AgreementDraft("CN-US MoU", "MoU of 2026", "bilateral-mou", List.of("cn", "US"), from, to,
                List.of(types), maxTlp, List.of("logs"), 24, 5, 90, false, null);
    }

    static Agreement proposed(LocalDate from, LocalDate to) {
        return new Agreement(draft(from, to, "AMBER", "information-request"), "CN", "cn-liaison", NOW);
    }

    static Agreement inForce() {
        Agreement a = proposed(TODAY.minusDays(1), TODAY.plusYears(1));
        a.ratify("US", "us-liaison", NOW);
        return a;
    }

    @Test
    void theProposerCountsAsRatifiedAndTheLastRatificationPutsItInForce() {
        Agreement a = proposed(TODAY.minusDays(1), TODAY.plusYears(1));
        assertEquals(AgreementStatus.PROPOSED, a.statusAt(NOW));
        assertTrue(a.getParties().stream().filter(p -> p.getCountry().equals("CN")).findFirst().orElseThrow()
                .hasRatified());
        assertThrows(ConflictException.class, () -> a.ratify("CN", "cn-liaison", NOW));
        a.ratify("US", "us-liaison", NOW);
        assertEquals(AgreementStatus.IN_FORCE, a.statusAt(NOW));
        var ex = assertThrows(ConflictException.class, () -> a.ratify("US", "us-liaison", NOW));
        assertTrue(ex.getMessage().contains("in-force"), ex.getMessage());
    }

    @Test
    void ratifiedBeforeValidityStartsIsInForceFromThatDayAndExpiresAtItsEnd() {
        Agreement a = proposed(TODAY.plusDays(3), TODAY.plusDays(10));
        a.ratify("US", "us-liaison", NOW);
        assertEquals(AgreementStatus.RATIFIED, a.statusAt(NOW));
        assertEquals(AgreementStatus.IN_FORCE, a.statusAt(NOW.plus(Duration.ofDays(3))));
        assertEquals(AgreementStatus.EXPIRED, a.statusAt(NOW.plus(Duration.ofDays(10))));
        assertEquals(AgreementStatus.EXPIRED, proposed(TODAY.minusDays(5), TODAY).statusAt(NOW));
    }

    @Test
    void rejectSuspendTerminateAreGuarded() {
        Agreement rejected = proposed(TODAY, TODAY.plusDays(30));
        assertThrows(ConflictException.class, () -> rejected.reject("CN", "cn-liaison", "no", NOW));
        rejected.reject("US", "us-liaison", "no", NOW);
        assertEquals(AgreementStatus.REJECTED, rejected.statusAt(NOW));
        assertThrows(ConflictException.class, () -> rejected.ratify("US", "us-liaison", NOW));
        assertThrows(ConflictException.class, () -> rejected.terminate("us-liaison", "x", NOW));

        Agreement a = inForce();
        assertThrows(ConflictException.class, () -> proposed(TODAY, TODAY.plusDays(2)).suspend("u", "r", NOW));
        a.suspend("us-liaison", "breach", NOW);
        assertEquals(AgreementStatus.SUSPENDED, a.statusAt(NOW));
        assertThrows(ConflictException.class, () -> a.suspend("us-liaison", "again", NOW));
        a.terminate("cn-liaison", "over", NOW);
        assertEquals(AgreementStatus.TERMINATED, a.statusAt(NOW));
        var ex = assertThrows(ConflictException.class, () -> a.terminate("cn-liaison", "again", NOW));
        assertTrue(ex.getMessage().contains("terminated"), ex.getMessage());
    }

    @Test
    void aNewVersionReplacesTheOldOnlyOnceItIsInForce() {
        Agreement old = inForce();
        assertThrows(ConflictException.class, () -> proposed(TODAY, TODAY.plusDays(2))
                .successor(draft(TODAY, TODAY.plusDays(2), "RED", "information-request"), "US", "u", NOW, List.of()));
        Agreement next = old.successor(draft(TODAY.plusDays(2), TODAY.plusYears(2), "RED", "information-request"),
                "US", "us-liaison", NOW, List.of());
        assertThrows(ConflictException.class, () -> old.successor(draft(TODAY, TODAY.plusDays(9), "RED",
                "information-request"), "CN", "cn-liaison", NOW, List.of(next)));
        assertEquals(2, next.getVersionNumber());
        assertEquals(old.getReference(), next.getSupersedes());
        assertEquals(AgreementStatus.PROPOSED, next.statusAt(NOW));
        assertEquals(AgreementStatus.IN_FORCE, old.statusAt(NOW));
        next.ratify("CN", "cn-liaison", NOW);
        old.supersededBy(next, NOW);
        assertEquals(AgreementStatus.IN_FORCE, old.statusAt(NOW), "until the new one's validity starts");
        Instant later = NOW.plus(Duration.ofDays(2));
        assertEquals(AgreementStatus.SUPERSEDED, old.statusAt(later));
        assertEquals(AgreementStatus.IN_FORCE, next.statusAt(later));
    }

    @Test
    void coverageNamesTheMissingTerm() {
        assertEquals("no agreement in force between the two countries",
                Coverage.decide(List.of(), "information-request", Tlp.GREEN, NOW).refusal());
        assertFalse(Coverage.decide(List.of(proposed(TODAY, TODAY.plusDays(9))), "information-request", Tlp.GREEN,
                NOW).allowed());

        Agreement a = inForce();
        Coverage ok = Coverage.decide(List.of(a), "information-request", Tlp.AMBER, NOW);
        assertTrue(ok.allowed());
        assertEquals(a, ok.covering().orElseThrow());

        String type = Coverage.decide(List.of(a), "mitigation-takedown", Tlp.GREEN, NOW).refusal();
        assertTrue(type.contains("request type mitigation-takedown is not covered"), type);
        String tlp = Coverage.decide(List.of(a), "information-request", Tlp.AMBER_STRICT, NOW).refusal();
        assertTrue(tlp.contains("TLP AMBER+STRICT is above the ceiling AMBER"), tlp);

        a.suspend("us-liaison", "breach", NOW);
        String suspended = Coverage.decide(List.of(a), "information-request", Tlp.GREEN, NOW).refusal();
        assertTrue(suspended.contains("is suspended"), suspended);
    }

    @Test
    void draftValidationNamesEachBadField() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        var bad = new AgreementDraft("t", "b", "treaty", List.of("CN"), TODAY, TODAY, List.of("gossip"), "PURPLE",
                List.of("photos"), 0, 0, 0, null, -1);
        Set<String> fields = validator.validate(bad).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("legalBasisKind", "parties", "validTo", "requestTypes", "maxTlp", "evidenceCategories",
                "ackHours", "answerBusinessDays", "retentionDays", "onwardSharing", "expiryGraceDays"), fields);
        assertEquals(Set.of(), validator.validate(draft(TODAY, TODAY.plusDays(1), "RED", "information-request")));
        assertEquals(List.of("CN", "US"), draft(TODAY, TODAY.plusDays(1), "RED").parties());
    }
}
