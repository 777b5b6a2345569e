package org.accord.taxii;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.accord.cooperation.CooperationRequest;
import org.accord.incident.IncidentReport;
import org.accord.indicator.Indicator;
import org.accord.indicator.StixIndicators;

/**
 * One object of a collection: an indicator as one request carried it (docs/taxii.md, "One object per request
 * indicator"). Its id is name-based on request, report and value; its {@code date_added} is the request's sending.
 */
record SharedIndicator(CooperationRequest request, Indicator indicator, IncidentReport report) {

    /** TAXII timestamps: UTC, microseconds, so {@code added_after} of a returned {@code date_added} is exact. */
    static final DateTimeFormatter DATE_ADDED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    String id() {
        return StixIndicators.id("indicator", "accord:taxii:" + request.getReference() + ":" + report.getReference()
                + ":" + indicator.getType().wire() + ":" + indicator.getValue());
    }

    String dateAdded() {
        return DATE_ADDED.format(sentAt(request));
    }

    String version() {
        return StixIndicators.modified(report);
    }

    TaxiiCursor position() {
        return new TaxiiCursor(micros(request), request.getId(), indicator.getReportId(), indicator.getN());
    }

    /** The database keeps microseconds; an entity fresh from this JVM may hold more. */
    static Instant sentAt(CooperationRequest request) {
        return request.getSentAt().truncatedTo(ChronoUnit.MICROS);
    }

    static long micros(CooperationRequest request) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, sentAt(request));
    }
}
