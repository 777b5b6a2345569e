package org.accord.exchangelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.NotFoundException;

/**
 * How a feature refuses a cross-border attempt (docs/exchange-log.md): the attempt goes into the log as refused,
 * with the reason, once the refused transaction has rolled back ({@link RefusalRecorder}), and the caller gets the
 * exception returned here to throw.
 */
@ApplicationScoped
public class Refusals {

    @Inject
    Event<Refusal> events;
    @Inject
    TenantScope tenant;

    /**
     * Refused as if the object did not exist (404 {@code notFound}), so that another country's objects cannot be
     * probed; the logged attempt names the object's countries and the caller's.
     */
    public NotFoundException unseen(LogEvent attempt, String reason, String notFound) {
        Caller caller = tenant.caller();
        List<String> involved = Stream.concat(attempt.countries().stream(), Stream.of(caller.country())).distinct()
                .toList();
        events.fire(new Refusal(new LogEvent(attempt.action(), involved, attempt.objectType(), attempt.objectId(),
                attempt.agreementId(), null).refused(reason), caller));
        return new NotFoundException(notFound);
    }

    /** Refused openly (403 {@code message}): the caller may know the object, not do this with it. */
    public AccessDeniedException denied(LogEvent attempt, String reason, String message) {
        events.fire(new Refusal(attempt.refused(reason), tenant.caller()));
        return new AccessDeniedException(message);
    }
}
