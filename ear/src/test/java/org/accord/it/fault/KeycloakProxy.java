package org.accord.it.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay in the test JVM between the fault tests' WildFly and the shared Keycloak (localhost:8180), which
 * must never be stopped. WildFly's OIDC client uses it as its HTTP proxy ({@code ACCORD_OIDC_PROXY_URL}, the
 * {@code proxy-url} of oidc.json), so every call the portal makes to Keycloak (discovery, keys, code exchange)
 * passes here, while tokens keep the realm's one issuer. {@link #cut()} is "Keycloak stopped" as the portal
 * sees it: the listening socket and every open connection are closed, and connecting is refused.
 */
final class KeycloakProxy implements AutoCloseable {

    static final int PORT = 8199;
    private static final int KEYCLOAK_PORT = 8180;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private volatile ServerSocket listener;

    static String url() {
        return "http://localhost:" + PORT;
    }

    /** Starts relaying (again). */
    synchronized void connect() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT));
        listener = socket;
        Thread accepting = new Thread(() -> accept(socket), "keycloak-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** How many connections the portal opened to Keycloak through here so far. */
    long connections() {
        return connections.get();
    }

    /** Keycloak "stops": nothing answers on the proxy's port any more. */
    synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Socket keycloak = new Socket(InetAddress.getLoopbackAddress(), KEYCLOAK_PORT);
                open.add(client);
                open.add(keycloak);
                relay(client, keycloak);
                relay(keycloak, client);
            } catch (IOException closed) {
                // cut() closed the listener, or Keycloak refused: the client's connection ends
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException gone) {
                // either side closed
            } finally {
                close(from);
                close(to);
            }
        }, "keycloak-proxy-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
