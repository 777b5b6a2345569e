package org.accord.it.support;

import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client of the deployed portal at {@code accord.base-url} (default
 * {@code http://localhost:8080}). It never follows redirects: a redirect is an answer to assert.
 * <p>
 * While the EAR is being redeployed the server answers 404 or 503 without a problem body; such
 * answers are retried for up to {@value #REDEPLOY_WAIT_SECONDS} s. Accord's own answers are
 * never retried.
 */
public final class Api {

    public static final String BASE_URL = System.getProperty("accord.base-url", "http://localhost:8080");

    private static final int REDEPLOY_WAIT_SECONDS = 60;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Api() {
    }

    public static Call get(String path) {
        return new Call("GET", path);
    }

    public static Call post(String path) {
        return new Call("POST", path);
    }

    public static Call put(String path) {
        return new Call("PUT", path);
    }

    public static Call delete(String path) {
        return new Call("DELETE", path);
    }

    public static URI uri(String path) {
        return URI.create(BASE_URL + path);
    }

    /** One request being put together; {@link #send()} sends it. */
    public static final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** Authenticates as a demo user with its (cached) access token from the CLI client. */
        public Call as(DemoUser user) {
            return bearer(Tokens.accessToken(user));
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        public Call json(JsonStructure json) {
            return body(json.toString());
        }

        /** A raw JSON body, sent as {@code application/json} whatever it contains. */
        public Call body(String raw) {
            this.body = raw;
            return header("Content-Type", "application/json");
        }

        public Reply send() {
            BodyPublisher publisher = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, publisher)
                    .timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            HttpRequest built = request.build();
            long giveUp = System.nanoTime() + Duration.ofSeconds(REDEPLOY_WAIT_SECONDS).toNanos();
            while (true) {
                Reply reply = exchange(built);
                if (!duringRedeploy(reply) || System.nanoTime() > giveUp) {
                    return reply;
                }
                pause();
            }
        }

        private Reply exchange(HttpRequest request) {
            try {
                var response = HTTP.send(request, BodyHandlers.ofString());
                return new Reply(method + " " + path, response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** The application is not there (being redeployed): an answer that is no JSON at all. */
        private static boolean duringRedeploy(Reply reply) {
            return (reply.status() == 404 || reply.status() == 503) && !reply.contentType().contains("json");
        }

        private static void pause() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
