package org.councilcommons.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small JSON client for the black-box API tests: every call returns status, headers and parsed body. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static final java.util.Map<String, String> ADMIN_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private final RunningServer.Server server;
    private final String token;

    public Api(RunningServer.Server server) {
        this(server, null);
    }

    private Api(RunningServer.Server server, String token) {
        this.server = server;
        this.token = token;
    }

    public record Reply(int status, HttpResponse<String> raw) {
        public JsonObject json() {
            return Json.createReader(new StringReader(raw.body())).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(raw.body())).readArray();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String body() {
            return raw.body();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** The same client acting with a token from {@code POST /api/v1/auth/tokens}. */
    public Api as(String email, String password) {
        Reply reply = new Api(server).post("/api/v1/auth/tokens",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Could not get a token for " + email + ": " + reply);
        }
        return new Api(server, reply.json().getString("token"));
    }

    /**
     * The administrator, with one token per server: an account holds at most 20 tokens, and most test classes act
     * as the administrator.
     */
    public Api asAdministrator() {
        return new Api(server, ADMIN_TOKENS.computeIfAbsent(server.baseUrl(),
                url -> as(RunningServer.ADMIN_EMAIL, RunningServer.ADMIN_PASSWORD).token()));
    }

    public String token() {
        return token;
    }

    public Api withToken(String rawToken) {
        return new Api(server, rawToken);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(body(body)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any request; {@code headers} are extra name, value pairs. */
    public Reply send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body)));
    }

    private static HttpRequest.BodyPublisher body(String s) {
        return HttpRequest.BodyPublishers.ofString(s);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Field names of a problem's "errors" list, for asserting which fields were named. */
    public static java.util.List<String> errorFields(JsonObject problem) {
        JsonArray errors = problem.getJsonArray("errors");
        return errors == null ? java.util.List.of()
                : errors.stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
    }
}
