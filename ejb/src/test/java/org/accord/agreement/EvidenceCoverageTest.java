package org.accord.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accord.incident.Tlp;
import org.junit.jupiter.api.Test;

/** Whether evidence may cross: category term and TLP ceiling of an agreement in force (docs/evidence.md, "Share"). */
class EvidenceCoverageTest {

    static final Instant NOW = AgreementLifecycleTest.NOW;
    static final LocalDate TODAY = AgreementLifecycleTest.TODAY;

    static Agreement inForce(String maxTlp, List<String> categories) {
        Agreement a = new Agreement(new AgreementDraft("CN-US MoU", "MoU", "bilateral-mou", List.of("CN", "US"),
                TODAY.minusDays(1), TODAY.plusYears(1), List.of("information-request"), maxTlp, categories, 24, 5, 90,
                false, null), "CN", "cn-liaison", NOW);
        a.ratify("US", "us-liaison", NOW);
        return a;
    }

    @Test
    void noAgreementNamesThat() {
        Coverage c = Coverage.decideEvidence(List.of(), "logs", Tlp.GREEN, NOW);
        assertFalse(c.allowed());
        assertTrue(c.refusal().contains("no agreement in force"), c.refusal());
    }

    @Test
    void aCategoryTheAgreementDoesNotListIsNamed() {
        Coverage c = Coverage.decideEvidence(List.of(inForce("AMBER", List.of("logs"))), "malware-samples",
                Tlp.GREEN, NOW);
        assertFalse(c.allowed());
        assertTrue(c.refusal().contains("evidence category malware-samples is not covered"), c.refusal());
    }

    @Test
    void aTlpAboveTheCeilingIsNamed() {
        Coverage c = Coverage.decideEvidence(List.of(inForce("AMBER", List.of("logs"))), "logs", Tlp.RED, NOW);
        assertFalse(c.allowed());
        assertTrue(c.refusal().contains("TLP RED is above the ceiling AMBER"), c.refusal());
    }

    @Test
    void listedCategoryAtOrBelowTheCeilingIsCovered() {
        Agreement a = inForce("AMBER", List.of("logs", "network-captures"));
        assertEquals(a, Coverage.decideEvidence(List.of(a), "logs", Tlp.AMBER, NOW).covering().orElseThrow());
        assertTrue(Coverage.decideEvidence(List.of(a), "network-captures", Tlp.CLEAR, NOW).allowed());
    }

    @Test
    void documentsAndOtherNeedNoCategoryTermButTheCeiling() {
        Agreement a = inForce("GREEN", List.of());
        assertTrue(Coverage.decideEvidence(List.of(a), "document", Tlp.GREEN, NOW).allowed());
        assertTrue(Coverage.decideEvidence(List.of(a), "other", Tlp.CLEAR, NOW).allowed());
        assertFalse(Coverage.decideEvidence(List.of(a), "other", Tlp.AMBER, NOW).allowed());
    }

    @Test
    void aSuspendedAgreementIsNamedAndAnotherInForceMayCover() {
        Agreement suspended = inForce("RED", List.of("malware-samples"));
        suspended.suspend("us-liaison", "breach", NOW);
        Coverage c = Coverage.decideEvidence(List.of(suspended), "malware-samples", Tlp.AMBER, NOW);
        assertTrue(c.refusal().contains("is suspended"), c.refusal());
        Agreement other = inForce("AMBER", List.of("malware-samples"));
        assertTrue(Coverage.decideEvidence(List.of(suspended, other), "malware-samples", Tlp.AMBER, NOW).allowed());
    }
}
