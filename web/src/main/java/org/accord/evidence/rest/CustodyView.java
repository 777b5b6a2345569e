package org.accord.evidence.rest;

import java.time.Instant;
import org.accord.evidence.CustodyEvent;

/** One event of an evidence file's chain of custody. */
public record CustodyView(Instant at, String event, String actor, String actorCountry, String partner,
        String agreement, String sha256, String detail) {

    static CustodyView of(CustodyEvent c) {
        return new CustodyView(c.getAt(), c.getEvent(), c.getActor(), c.getActorCountry(), c.getPartnerCountry(),
                c.getAgreementReference(), c.getSha256(), c.getDetail());
    }
}
