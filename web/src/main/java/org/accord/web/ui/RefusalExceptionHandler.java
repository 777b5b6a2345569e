package org.accord.web.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.accord.common.AccessDeniedException;
import org.accord.common.NotFoundException;

/**
 * The one place where pages turn a service's refusal into an error page: a report that does not
 * exist or belongs to another country gives the 404 page (its existence is never revealed), a
 * forbidden action the 403 page. Every other failure goes on to the default handler (500 page).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            Optional<Integer> status = statusFor(events.next().getContext().getException());
            if (status.isPresent() && canSendError(context)) {
                events.remove();
                sendError(context, status.get());
            }
        }
        getWrapped().handle();
    }

    static Optional<Integer> statusFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException) {
                return Optional.of(404);
            } else if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
                return Optional.of(403);
            }
        }
        return Optional.empty();
    }

    /** An Ajax request cannot show an error page, and a response already under way cannot change its status. */
    private static boolean canSendError(FacesContext context) {
        return !context.getPartialViewContext().isAjaxRequest() && !context.getExternalContext().isResponseCommitted();
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registered in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
