package org.accord.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Throwaway users of realm {@code accord}, made through Keycloak's admin REST API (master realm admin,
 * {@code accord.keycloak-admin} / {@code accord.keycloak-admin-password}, default the demo's admin /
 * admin-demo) for the attacks that must never touch a demo user: lockouts, removed roles, look-alike
 * e-mails. Each user is named {@code sec-<purpose>-<random>} and deleted by {@link #delete}.
 */
public final class KeycloakAdmin {

    private static final String ADMIN = System.getProperty("accord.keycloak-admin", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("accord.keycloak-admin-password", "admin-demo");
    private static final String USERS = Tokens.KEYCLOAK_URL + "/admin/realms/accord/users";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin() {
    }

    /** A user made here: its Keycloak id (the token's {@code sub}), name and password. */
    public record Throwaway(String id, String username, String password) {
    }

    /** Creates an enabled user of {@code country} with {@code role} (none if null) and {@code email} (null: a throwaway address). */
    public static Throwaway create(String purpose, String country, String role, String email) {
        String username = "sec-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Sec-" + UUID.randomUUID();
        var user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("firstName", "Throwaway").add("lastName", purpose)
                .add("attributes", Json.createObjectBuilder().add("country", Json.createArrayBuilder().add(country)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false)));
        // an e-mail is required by the realm's user profile (else "Account is not fully set up")
        user.add("email", email != null ? email : username + "@throwaway.accord.example").add("emailVerified", true);
        HttpResponse<String> created = send("POST", USERS, user.build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        Throwaway made = new Throwaway(location.substring(location.lastIndexOf('/') + 1), username, password);
        if (role != null) {
            roleMapping("POST", made, role);
        }
        return made;
    }

    /** The admin API's answer to creating a user with this body (for refusals such as a taken e-mail). */
    public static int tryCreate(JsonObject user) {
        HttpResponse<String> reply = send("POST", USERS, user);
        reply.headers().firstValue("Location").ifPresent(l -> send("DELETE", l, null));
        return reply.statusCode();
    }

    public static void removeRole(Throwaway user, String role) {
        roleMapping("DELETE", user, role);
    }

    private static void roleMapping(String method, Throwaway user, String role) {
        JsonObject representation = Json.createReader(new StringReader(send("GET",
                Tokens.KEYCLOAK_URL + "/admin/realms/accord/roles/" + role, null).body())).readObject();
        HttpResponse<String> reply = send(method, USERS + "/" + user.id() + "/role-mappings/realm",
                Json.createArrayBuilder().add(representation).build());
        if (reply.statusCode() != 204) {
            throw new IllegalStateException(method + " role " + role + ": " + reply.statusCode() + " " + reply.body());
        }
    }

    /** Whether brute-force detection holds the user now. */
    public static boolean lockedOut(Throwaway user) {
        String body = send("GET", Tokens.KEYCLOAK_URL + "/admin/realms/accord/attack-detection/brute-force/users/"
                + user.id(), null).body();
        return Json.createReader(new StringReader(body)).readObject().getBoolean("disabled", false);
    }

    public static void delete(Throwaway user) {
        if (user != null) {
            send("DELETE", USERS + "/" + user.id(), null);
        }
    }

    // --- realm keys (SECURITY.md case 22: a rotated key is picked up) ---

    private static final String REALM = Tokens.KEYCLOAK_URL + "/admin/realms/accord";

    /** The realm's keys as its admin sees them: kid, provider (component) id, priority, status, algorithm. */
    public static List<JsonObject> keys() {
        return read(send("GET", REALM + "/keys", null).body()).getJsonArray("keys").getValuesAs(JsonObject.class);
    }

    /**
     * Adds an {@code rsa-generated} RS256 key provider named {@code name} with {@code priority}; a priority above
     * the realm's other keys makes it the signing key of new tokens. Returns the provider's (component's) id.
     */
    public static String addRsaKeyProvider(String name, long priority) {
        JsonObject component = Json.createObjectBuilder().add("name", name).add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", read(send("GET", REALM, null).body()).getString("id"))
                .add("config", keyConfig(priority, true)).build();
        HttpResponse<String> created = send("POST", REALM + "/components", component);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("adding key provider " + name + ": " + created.statusCode() + " "
                    + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Makes a key provider passive (it verifies, no longer signs) with {@code priority}. */
    public static void demoteKeyProvider(String id, long priority) {
        JsonObject current = read(send("GET", REALM + "/components/" + id, null).body());
        JsonObject updated = Json.createObjectBuilder(current).add("config", keyConfig(priority, false)).build();
        HttpResponse<String> reply = send("PUT", REALM + "/components/" + id, updated);
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("demoting key provider " + id + ": " + reply.statusCode() + " "
                    + reply.body());
        }
    }

    public static void deleteComponent(String id) {
        if (id != null) {
            send("DELETE", REALM + "/components/" + id, null);
        }
    }

    private static JsonObject keyConfig(long priority, boolean active) {
        return Json.createObjectBuilder().add("priority", Json.createArrayBuilder().add(Long.toString(priority)))
                .add("enabled", Json.createArrayBuilder().add("true"))
                .add("active", Json.createArrayBuilder().add(Boolean.toString(active)))
                .add("algorithm", Json.createArrayBuilder().add("RS256"))
                .add("keySize", Json.createArrayBuilder().add("2048")).build();
    }

    private static JsonObject read(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /**
     * Lets the {@code accord} client log users in at {@code origin} too (redirect, web origin, post-logout
     * address), in the running realm, idempotently: a portal at a new address (the cluster's load balancer)
     * works before Keycloak is re-imported with the realm file that lists it.
     */
    public static void allowOrigin(String origin) {
        String clients = Tokens.KEYCLOAK_URL + "/admin/realms/accord/clients";
        JsonObject client = Json.createReader(new StringReader(send("GET", clients + "?clientId=accord", null).body()))
                .readArray().getJsonObject(0);
        var redirects = Json.createArrayBuilder(client.getJsonArray("redirectUris"));
        var origins = Json.createArrayBuilder(client.getJsonArray("webOrigins"));
        if (!client.getJsonArray("redirectUris").contains(Json.createValue(origin + "/*"))) {
            redirects.add(origin + "/*");
        }
        if (!client.getJsonArray("webOrigins").contains(Json.createValue(origin))) {
            origins.add(origin);
        }
        JsonObject attributes = client.getJsonObject("attributes");
        String logout = attributes.getString("post.logout.redirect.uris", "");
        if (!java.util.Arrays.asList(logout.split("##")).contains(origin + "/*")) {
            logout = logout.isEmpty() ? origin + "/*" : logout + "##" + origin + "/*";
        }
        JsonObject changed = Json.createObjectBuilder(client).add("redirectUris", redirects).add("webOrigins", origins)
                .add("attributes", Json.createObjectBuilder(attributes).add("post.logout.redirect.uris", logout))
                .build();
        HttpResponse<String> reply = send("PUT", clients + "/" + client.getString("id"), changed);
        if (reply.statusCode() != 204) {
            throw new IllegalStateException("updating client accord: " + reply.statusCode() + " " + reply.body());
        }
    }

    /** A password grant of a throwaway user: the token response, or the error response. */
    public static HttpResponse<String> login(String clientId, String username, String password) {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + enc(username) + "&password="
                + enc(password);
        return exchange(HttpRequest.newBuilder(URI.create(Tokens.ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public static String accessToken(String clientId, Throwaway user) {
        HttpResponse<String> reply = login(clientId, user.username(), user.password());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("login of " + user.username() + ": " + reply.body());
        }
        return Json.createReader(new StringReader(reply.body())).readObject().getString("access_token");
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(ADMIN) + "&password=" + enc(ADMIN_PASSWORD);
        HttpResponse<String> reply = exchange(HttpRequest.newBuilder(URI.create(Tokens.KEYCLOAK_URL
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin login: " + reply.statusCode() + " " + reply.body());
        }
        return Json.createReader(new StringReader(reply.body())).readObject().getString("access_token");
    }

    private static HttpResponse<String> send(String method, String url, JsonStructure body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
