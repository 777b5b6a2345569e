package org.accord.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Names the cluster node that answered ({@code X-Accord-Node}: {@code jboss.node.name}), so that operators
 * and the cluster test see where the load balancer sent a request. Only when the server runs with
 * {@code -Daccord.node-header=true} (bin/cluster does): elsewhere a host name is nobody's business.
 */
@WebFilter(urlPatterns = "/*")
public class NodeHeaderFilter extends HttpFilter {

    private static final String NODE = Boolean.getBoolean("accord.node-header")
            ? System.getProperty("jboss.node.name") : null;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (NODE != null) {
            response.setHeader("X-Accord-Node", NODE);
        }
        chain.doFilter(request, response);
    }
}
