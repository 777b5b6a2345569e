package org.accord.taxii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.SharedReports;
import org.accord.incident.IncidentReport;
import org.accord.indicator.Indicator;
import org.accord.indicator.IndicatorRepository;

/**
 * Reads one page of a collection (docs/taxii.md, "Pagination and filters"): the requests it holds in the order of
 * sending, each request's indicators by a keyset range of its own ({@link IndicatorRepository#linkedAfter}, the
 * request's primary key), so a page costs the same anywhere in a collection of millions.
 */
@ApplicationScoped
class CollectionWalk {

    /** Rows read at a time while a filter ({@code match[id]}) may skip most of them. */
    private static final int SCAN_BATCH = 1000;

    @Inject
    IndicatorRepository indicators;
    @Inject
    SharedReports shares;

    /** The requests of the collection whose indicators it shows now: every report of the request is shown. */
    List<CooperationRequest> shownRequests(TaxiiCollection collection) {
        return indicators.requestsCarryingIndicators(collection.partner(), collection.country()).stream()
                .filter(r -> r.getReports().stream().allMatch(report -> shares.shows(r, report))).toList();
    }

    /** Up to {@code query.limit() + 1} objects after {@code query.next()} (one more tells whether there are more). */
    List<SharedIndicator> page(List<CooperationRequest> requests, TaxiiQuery query) {
        List<SharedIndicator> found = new ArrayList<>();
        if (!query.types().isEmpty() && !query.types().contains("indicator")) {
            return found;
        }
        TaxiiCursor next = query.next();
        for (CooperationRequest request : requests) {
            long micros = SharedIndicator.micros(request);
            if ((next != null && next.isAfter(micros, request.getId()))
                    || (query.addedAfter() != null && !SharedIndicator.sentAt(request).isAfter(query.addedAfter()))) {
                continue;
            }
            boolean resume = next != null && next.requestId() == request.getId();
            collect(request, resume ? next.reportId() : -1, resume ? next.n() : 0, query, found);
            if (found.size() > query.limit()) {
                break;
            }
        }
        return found;
    }

    private void collect(CooperationRequest request, long report, int n, TaxiiQuery query,
            List<SharedIndicator> found) {
        Map<Long, IncidentReport> reports = request.getReports().stream()
                .collect(Collectors.toMap(IncidentReport::getId, Function.identity()));
        while (found.size() <= query.limit()) {
            int size = query.ids().isEmpty() ? query.limit() + 1 - found.size() : SCAN_BATCH;
            List<Indicator> batch = indicators.linkedAfter(request.getId(), report, n, size);
            for (Indicator indicator : batch) {
                report = indicator.getReportId();
                n = indicator.getN();
                IncidentReport about = reports.get(report); // requests carry indicators of their own reports only
                SharedIndicator shared = about == null ? null : new SharedIndicator(request, indicator, about);
                if (shared != null && (query.ids().isEmpty() || query.ids().contains(shared.id()))
                        && found.size() <= query.limit()) {
                    found.add(shared);
                }
            }
            if (batch.size() < size) {
                return;
            }
            if (!query.ids().isEmpty()) {
                indicators.clear(); // a scan must not keep every row it passed (requests and reports are loaded)
            }
        }
    }
}
