package org.accord.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.accord.web.problem.DatabaseUnavailable;

/**
 * A page that failed because the database cannot be reached (SECURITY.md cases 20 and 21, for the Faces pages as
 * the API has them): instead of "Something went wrong" (500), the user is told that Accord cannot reach its
 * database, that what they submitted was not saved, and to try again shortly (503, {@code Retry-After}). The page
 * is static, so it needs nothing that is down.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/500.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DatabaseUnavailablePageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailablePageFilter.class.getName());
    private static final String PAGE = "/WEB-INF/errors/database-unavailable.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure)
                || !DatabaseUnavailable.causedBy(failure)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning("A page could not be served, the database is unreachable: " + failure);
        UnavailablePage.send(request, response, PAGE, DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
}
