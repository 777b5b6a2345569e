package org.accord.it.fault;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.it.support.Api;

/**
 * A login to the portal's pages as a browser makes it, with a cookie jar of its own and one redirect at a time:
 * the page sends the browser to Keycloak (PKCE), Keycloak's form is filled in, and Keycloak sends the browser
 * back with a code, which the portal then exchanges for tokens over its own connection to Keycloak.
 */
final class CodeFlowLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Cookies per host, sent back whatever their flags: Keycloak marks its login cookies {@code Secure}, which
     * browsers (like curl) still send to {@code http://localhost}, but the JDK's CookieManager does not.
     */
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    /** Opens the dashboard, logs in as {@code user} at Keycloak, and returns the portal's answer to the code. */
    HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get(Api.uri("/index.xhtml"));
        if (page.statusCode() != 302) {
            throw new AssertionError("the page did not send the browser to Keycloak: " + describe(page));
        }
        HttpResponse<String> form = get(location(page));
        Matcher action = FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            throw new AssertionError("no login form at Keycloak: " + describe(form));
        }
        String fields = "username=" + enc(user) + "&password=" + enc(password) + "&credentialId=";
        HttpResponse<String> submitted = send(withCookies(HttpRequest.newBuilder(URI.create(action.group(1)
                .replace("&amp;", "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))));
        if (submitted.statusCode() != 302) {
            throw new AssertionError("Keycloak did not accept the login: " + describe(submitted));
        }
        return get(location(submitted));
    }

    /** A page of the portal, with the session the login made. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return get(Api.uri(path));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(withCookies(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET()));
    }

    private HttpRequest withCookies(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        Map<String, String> jar = cookies.getOrDefault(built.uri().getAuthority(), Map.of());
        if (jar.isEmpty()) {
            return built;
        }
        return HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", jar.entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request, BodyHandlers.ofString());
        Map<String, String> jar = cookies.computeIfAbsent(request.uri().getAuthority(), k -> new LinkedHashMap<>());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private static URI location(HttpResponse<String> redirect) {
        return redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
    }

    static String describe(HttpResponse<String> response) {
        String body = response.body();
        return response.statusCode() + " " + response.uri() + " " + response.headers().map() + " "
                + (body.length() > 1500 ? body.substring(0, 1500) + "..." : body);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
