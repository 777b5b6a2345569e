package org.accord.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import java.util.Optional;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.NotFoundException;
import org.junit.jupiter.api.Test;

class RefusalExceptionHandlerTest {

    @Test
    void aReportNotVisibleIsNotFoundHoweverDeepItIsWrapped() {
        var wrapped = new FacesException("#{reportPage.load}", new RuntimeException(new NotFoundException("No report")));
        assertEquals(Optional.of(404), RefusalExceptionHandler.statusFor(wrapped));
    }

    @Test
    void aRefusedRoleIsForbidden() {
        assertEquals(Optional.of(403), RefusalExceptionHandler.statusFor(new AccessDeniedException("no")));
        assertEquals(Optional.of(403), RefusalExceptionHandler.statusFor(new FacesException(new EJBAccessException())));
    }

    @Test
    void anythingElseIsLeftToTheDefaultHandler() {
        assertEquals(Optional.empty(), RefusalExceptionHandler.statusFor(new ConflictException("closed")));
        assertEquals(Optional.empty(), RefusalExceptionHandler.statusFor(new IllegalStateException()));
    }
}
