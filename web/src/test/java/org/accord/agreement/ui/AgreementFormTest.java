package org.accord.agreement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.AgreementDraft;
import org.junit.jupiter.api.Test;

class AgreementFormTest {

    @Test
    void aFreshProposalIsValidFromTodayForAYear() {
        AgreementForm form = AgreementForm.fresh(LocalDate.of(2026, 3, 1));
        assertEquals(LocalDate.of(2026, 3, 1), form.getValidFrom());
        assertEquals(LocalDate.of(2027, 3, 1), form.getValidTo());
    }

    @Test
    void thePartiesAreTheCallersCountryAndThePartners() {
        AgreementForm form = AgreementForm.fresh(LocalDate.of(2026, 3, 1));
        form.setParties(List.of("US", "DE"));
        form.setTitle("  MoU  ");
        form.setMaxTlp("");
        AgreementDraft draft = form.toDraft("CN");
        assertEquals(List.of("CN", "US", "DE"), draft.parties());
        assertEquals("MoU", draft.title());
        assertEquals(null, draft.maxTlp(), "an unchosen select is missing, not blank");
    }

    @Test
    void withoutPartnersOnlyTheCallersCountryIsAParty() {
        AgreementForm form = AgreementForm.fresh(LocalDate.of(2026, 3, 1));
        assertEquals(List.of("CN"), form.toDraft("CN").parties());
    }

    @Test
    void legalBasisKindsHaveTheirProperNames() {
        AgreementLabels labels = new AgreementLabels();
        assertEquals("Bilateral MoU", labels.kind("bilateral-mou"));
        assertEquals("CSIRTs Network", labels.kind("csirts-network"));
        assertEquals("", labels.kind(null));
    }
}
