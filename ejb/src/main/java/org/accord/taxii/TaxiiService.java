package org.accord.taxii;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiFunction;
import org.accord.caller.TenantScope;
import org.accord.common.NotFoundException;
import org.accord.cooperation.CooperationRequest;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.indicator.IndicatorRepository;

/**
 * TAXII 2.1 read access to the indicators partners shared with the caller's country (docs/taxii.md). A collection is
 * the caller's if its requests are addressed to the caller's country and the caller may read them
 * ({@link TenantScope#canReadExchange}); any other id is unknown (404, the same answer). Each read of objects or of
 * the manifest is one exchange log entry.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class TaxiiService {

    private static final int LOGGED_REQUESTS = 10;

    @Inject
    TenantScope tenant;
    @Inject
    IndicatorRepository indicators;
    @Inject
    CollectionWalk walk;
    @Inject
    ExchangeLog exchangeLog;

    /** The caller's collections: one per partner that sent the caller's country requests carrying indicators. */
    public List<TaxiiCollection> collections() {
        String country = tenant.caller().country();
        return indicators.sendersOfIndicatorsTo(country).stream().filter(p -> tenant.canReadExchange(p, country))
                .map(p -> new TaxiiCollection(p, country)).toList();
    }

    public TaxiiCollection collection(String id) {
        return collections().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No collection " + id));
    }

    public TaxiiPage objects(String collectionId, TaxiiQuery query) {
        return read(collectionId, query, "taxii.objects-read", TaxiiEnvelopes::objects);
    }

    public TaxiiPage manifest(String collectionId, TaxiiQuery query) {
        return read(collectionId, query, "taxii.manifest-read", TaxiiEnvelopes::manifest);
    }

    /** The envelope of one object (all its versions: there is one); 404 if the collection does not show it now. */
    public TaxiiPage object(String collectionId, String objectId, TaxiiQuery query) {
        TaxiiPage page = read(collectionId, query.forObject(objectId), "taxii.objects-read", TaxiiEnvelopes::objects);
        if (page.firstAdded() == null) {
            throw new NotFoundException("No object " + objectId + " in collection " + collectionId);
        }
        return page;
    }

    private TaxiiPage read(String collectionId, TaxiiQuery query, String action,
            BiFunction<List<SharedIndicator>, Integer, TaxiiPage> writer) {
        TaxiiCollection collection = collection(collectionId);
        List<CooperationRequest> shown = walk.shownRequests(collection);
        List<SharedIndicator> found = walk.page(shown, query);
        List<SharedIndicator> page = found.subList(0, Math.min(found.size(), query.limit()));
        exchangeLog.append(new LogEvent(action, List.of(collection.partner(), collection.country()), "taxii-collection",
                collection.id(), null, outcome(page)));
        return writer.apply(found, query.limit());
    }

    /** "3 objects of RQ-2026-0051, RQ-2026-0052": what the read returned, as ids only. */
    private static String outcome(List<SharedIndicator> page) {
        List<String> requests = page.stream().map(s -> s.request().getReference()).distinct().toList();
        String named = String.join(", ", requests.subList(0, Math.min(requests.size(), LOGGED_REQUESTS)))
                + (requests.size() > LOGGED_REQUESTS ? ", ..." : "");
        return page.size() + " objects" + (requests.isEmpty() ? "" : " of " + named);
    }
}
