package org.councilcommons.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small OpenID Connect provider for the tests: the authorization code flow with PKCE (S256) and RS256 ID tokens,
 * on {@code http://127.0.0.1:<free port>}, one registered client, no login form.
 *
 * <p>Endpoints: {@code /.well-known/openid-configuration}, {@code /authorize}, {@code /token}, {@code /jwks},
 * {@code /userinfo}. The issuer is {@code http://127.0.0.1:<port>} (see {@link #issuer()}).
 *
 * <p>Use:
 * <pre>{@code
 * try (TestOpenIdProvider idp = TestOpenIdProvider.start("commons", "s3cret", "http://127.0.0.1:8080/")) {
 *     idp.nextLogin("ada@example.gov.uk", "Ada Lovelace");   // the next /authorize signs Ada in
 *     ... drive the app's "sign in with ..." button ...
 *     assertEquals(1, idp.tokenRequests());
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@link #start(String, String, String)} registers one client; a {@code redirect_uri} is accepted when it starts
 *     with the given prefix. An unknown client or redirect URI gets a plain 400, never a redirect.</li>
 * <li>{@link #nextLogin(String, String)} / {@link #nextLogin(String, String, boolean)} queue a user; each
 *     {@code /authorize} that passes its checks takes one from the queue and redirects back with a code. With none
 *     queued it redirects back with {@code error=access_denied}.</li>
 * <li>{@link #nextLoginMisbehaving(Misbehaviour)} makes the ID token of the next login deliberately wrong; it goes
 *     with the user queued by {@code nextLogin} (before or after this call) or, if none is queued, with the stand-in
 *     {@code mallory@example.org}. Only the ID token is wrong; {@code /userinfo} stays honest.</li>
 * <li>{@link #tokenRequests()} counts successful code exchanges.</li>
 * </ul>
 *
 * <p>What it checks, as a real provider would: at {@code /authorize} the client, redirect URI, {@code response_type=code},
 * the {@code openid} scope and a PKCE {@code code_challenge} with method {@code S256}; at {@code /token} the client's
 * secret (HTTP Basic, with form-urlencoded id and secret as RFC 6749 &sect;2.3.1 says, or {@code client_id} and
 * {@code client_secret} in the form, not both), and that the code exists, is unused, is under 60 s old, was issued to
 * that client for that redirect URI, and that base64url(SHA-256(code_verifier)) equals the challenge. A code is spent
 * the first time it is presented; presenting it again also revokes the access token it yielded.
 *
 * <p>ID tokens: header {@code {"alg":"RS256","typ":"JWT","kid":...}}, claims {@code iss, sub, aud} (the client id),
 * {@code exp} (now + 300 s), {@code iat}, {@code nonce} (when {@code /authorize} had one), {@code email},
 * {@code email_verified}, {@code name}. {@code sub} is stable for an e-mail address (a hash of it, lower-cased), so the
 * same person signing in twice gets the same subject. Access tokens last 300 s and are good only at {@code /userinfo}.
 *
 * <p>Thread-safe. Keys are made afresh for every provider (RSA 2048).
 */
public final class TestOpenIdProvider implements AutoCloseable {

    /** Ways the next ID token can be deliberately wrong; each must make a careful relying party refuse it. */
    public enum Misbehaviour {
        /** Signed with a different key than the one published at {@code /jwks}, under the same {@code kid}. */
        BAD_SIGNATURE,
        /** {@code aud} is {@code "someone-else"}. */
        WRONG_AUDIENCE,
        /** {@code exp} is ten minutes ago. */
        EXPIRED,
        /** {@code nonce} is {@code "not-the-nonce"}. */
        WRONG_NONCE,
        /** {@code iss} is {@code "http://evil.example"}. */
        WRONG_ISSUER
    }

    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final long TOKEN_LIFETIME_SECONDS = 300;
    private static final String STAND_IN_EMAIL = "mallory@example.org";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private record User(String email, String name, boolean emailVerified) {
        String subject() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(email.toLowerCase(Locale.ROOT).getBytes(UTF_8));
                return HexFormat.of().formatHex(hash, 0, 16);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Grant(String redirectUri, String codeChallenge, String nonce, User user, Misbehaviour misbehaviour,
            Instant issuedAt) {
    }

    private record AccessToken(User user, Instant expiresAt) {
    }

    /** A request the endpoint refuses; {@code error} is the OAuth error code. */
    private static final class Refusal extends Exception {
        final int status;
        final String error;

        Refusal(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    private final String clientId;
    private final String clientSecret;
    private final String redirectUriPrefix;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String issuer;
    private final String kid = B64URL.encodeToString(randomBytes(12));
    private final KeyPair keys;
    private volatile KeyPair rogueKeys;

    private final Queue<User> queuedLogins = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Misbehaviour> nextMisbehaviour = new AtomicReference<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    /** Spent codes, mapped to the access token they yielded ("" when the exchange failed). */
    private final Map<String, String> spentCodes = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();

    private TestOpenIdProvider(String clientId, String clientSecret, String redirectUriPrefix) throws IOException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUriPrefix = redirectUriPrefix;
        this.keys = newKeyPair();
        // Without it the JDK server delays small responses by Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "test-openid-provider-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/.well-known/openid-configuration", ex -> handle(ex, "GET", this::discovery));
        server.createContext("/jwks", ex -> handle(ex, "GET", this::jwks));
        server.createContext("/authorize", ex -> handle(ex, "GET", this::authorize));
        server.createContext("/token", ex -> handle(ex, "POST", this::token));
        server.createContext("/userinfo", ex -> handle(ex, "GET", this::userinfo));
        server.start();
    }

    /**
     * Starts a provider with one registered client.
     *
     * @param redirectUriPrefix a {@code redirect_uri} is accepted when it starts with this (include the path, e.g.
     *                          {@code http://127.0.0.1:8080/}, so that {@code http://127.0.0.1:8080.evil} is not)
     */
    public static TestOpenIdProvider start(String clientId, String clientSecret, String redirectUriPrefix) {
        try {
            return new TestOpenIdProvider(clientId, clientSecret, redirectUriPrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, the {@code iss} of its tokens and the base of its endpoints. */
    public String issuer() {
        return issuer;
    }

    /** The next {@code /authorize} signs in this user, with {@code email_verified=true}. */
    public void nextLogin(String email, String name) {
        nextLogin(email, name, true);
    }

    /** The next {@code /authorize} signs in this user (users queue up, one per {@code /authorize}). */
    public void nextLogin(String email, String name, boolean emailVerified) {
        queuedLogins.add(new User(email, name, emailVerified));
    }

    /**
     * The next login's ID token is deliberately wrong in this way. It goes with the user queued by {@code nextLogin}
     * (before or after this call), or with a stand-in user if none is queued.
     */
    public void nextLoginMisbehaving(Misbehaviour how) {
        nextMisbehaviour.set(how);
    }

    /** How many {@code /token} requests succeeded. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------------- endpoints

    @FunctionalInterface
    private interface Endpoint {
        void serve(HttpExchange exchange) throws IOException;
    }

    private static void handle(HttpExchange exchange, String method, Endpoint endpoint) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals(method)) {
                exchange.getResponseHeaders().set("Allow", method);
                sendText(exchange, 405, "Method not allowed");
                return;
            }
            endpoint.serve(exchange);
        } catch (RuntimeException | IOException e) {
            System.err.println("TestOpenIdProvider: " + exchange.getRequestURI() + " failed: " + e);
            throw e;
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        JsonObject config = Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/authorize")
                .add("token_endpoint", issuer + "/token")
                .add("jwks_uri", issuer + "/jwks")
                .add("userinfo_endpoint", issuer + "/userinfo")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("grant_types_supported", Json.createArrayBuilder().add("authorization_code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("scopes_supported", Json.createArrayBuilder().add("openid").add("email").add("profile"))
                .add("claims_supported", Json.createArrayBuilder()
                        .add("iss").add("sub").add("aud").add("exp").add("iat").add("nonce")
                        .add("email").add("email_verified").add("name"))
                .add("token_endpoint_auth_methods_supported",
                        Json.createArrayBuilder().add("client_secret_basic").add("client_secret_post"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .build();
        sendJson(exchange, 200, config);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        JsonObject jwks = Json.createObjectBuilder()
                .add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kty", "RSA")
                        .add("kid", kid)
                        .add("use", "sig")
                        .add("alg", "RS256")
                        .add("n", B64URL.encodeToString(unsignedMagnitude(key.getModulus())))
                        .add("e", B64URL.encodeToString(unsignedMagnitude(key.getPublicExponent())))))
                .build();
        sendJson(exchange, 200, jwks);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params;
        try {
            params = parseForm(exchange.getRequestURI().getRawQuery());
        } catch (Refusal r) {
            sendText(exchange, 400, r.getMessage());
            return;
        }
        // Until client and redirect URI are known good, errors are shown here, never sent to the redirect URI.
        String requestedClient = params.get("client_id");
        String redirectUri = params.get("redirect_uri");
        if (!clientId.equals(requestedClient)) {
            sendText(exchange, 400, "Unknown client_id: " + requestedClient);
            return;
        }
        if (redirectUri == null || !redirectUri.startsWith(redirectUriPrefix)) {
            sendText(exchange, 400, "redirect_uri is not registered for this client: " + redirectUri);
            return;
        }
        String state = params.get("state");
        if (!"code".equals(params.get("response_type"))) {
            redirect(exchange, redirectUri, "error", "unsupported_response_type", "state", state);
            return;
        }
        String scope = params.getOrDefault("scope", "");
        if (!Arrays.asList(scope.split(" ")).contains("openid")) {
            redirect(exchange, redirectUri, "error", "invalid_scope", "state", state);
            return;
        }
        String challenge = params.get("code_challenge");
        if (challenge == null || !challenge.matches("[A-Za-z0-9_-]{43}")
                || !"S256".equals(params.get("code_challenge_method"))) {
            redirect(exchange, redirectUri, "error", "invalid_request", "error_description",
                    "PKCE with code_challenge_method=S256 is required", "state", state);
            return;
        }
        Misbehaviour misbehaviour = nextMisbehaviour.getAndSet(null);
        User user = queuedLogins.poll();
        if (user == null && misbehaviour != null) {
            user = new User(STAND_IN_EMAIL, "Mallory", true);
        }
        if (user == null) {
            redirect(exchange, redirectUri, "error", "access_denied", "state", state);
            return;
        }
        String code = B64URL.encodeToString(randomBytes(32));
        codes.put(code, new Grant(redirectUri, challenge, params.get("nonce"), user, misbehaviour, Instant.now()));
        redirect(exchange, redirectUri, "code", code, "state", state);
    }

    private void token(HttpExchange exchange) throws IOException {
        try {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null
                    || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                throw new Refusal(400, "invalid_request", "expected application/x-www-form-urlencoded");
            }
            Map<String, String> form;
            try (InputStream in = exchange.getRequestBody()) {
                form = parseForm(new String(in.readAllBytes(), UTF_8));
            }
            authenticateClient(exchange, form);
            if (!"authorization_code".equals(form.get("grant_type"))) {
                throw new Refusal(400, "unsupported_grant_type", "only authorization_code");
            }
            String code = require(form, "code");
            String redirectUri = require(form, "redirect_uri");
            String verifier = require(form, "code_verifier");

            Grant grant = codes.remove(code); // spent now, whatever follows
            if (grant == null) {
                String yielded = spentCodes.get(code);
                if (yielded != null) {
                    accessTokens.remove(yielded); // a replayed code revokes what it gave (RFC 6749 §4.1.2)
                }
                throw new Refusal(400, "invalid_grant", "unknown or already used code");
            }
            spentCodes.put(code, "");
            if (Duration.between(grant.issuedAt(), Instant.now()).compareTo(CODE_LIFETIME) >= 0) {
                throw new Refusal(400, "invalid_grant", "code expired");
            }
            if (!grant.redirectUri().equals(redirectUri)) {
                throw new Refusal(400, "invalid_grant", "redirect_uri differs from the one at /authorize");
            }
            if (!MessageDigest.isEqual(s256(verifier).getBytes(UTF_8), grant.codeChallenge().getBytes(UTF_8))) {
                throw new Refusal(400, "invalid_grant", "code_verifier does not match code_challenge");
            }

            String accessToken = B64URL.encodeToString(randomBytes(32));
            accessTokens.put(accessToken,
                    new AccessToken(grant.user(), Instant.now().plusSeconds(TOKEN_LIFETIME_SECONDS)));
            spentCodes.put(code, accessToken);
            JsonObject body = Json.createObjectBuilder()
                    .add("access_token", accessToken)
                    .add("token_type", "Bearer")
                    .add("expires_in", TOKEN_LIFETIME_SECONDS)
                    .add("id_token", idToken(grant))
                    .build();
            tokenRequests.incrementAndGet();
            sendJson(exchange, 200, body);
        } catch (Refusal r) {
            if (r.status == 401 && exchange.getRequestHeaders().containsKey("Authorization")) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"token\"");
            }
            sendJson(exchange, r.status, Json.createObjectBuilder()
                    .add("error", r.error).add("error_description", r.getMessage()).build());
        }
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        AccessToken token = null;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = accessTokens.get(authorization.substring(7).trim());
        }
        if (token == null || Instant.now().isAfter(token.expiresAt())) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            sendJson(exchange, 401, Json.createObjectBuilder().add("error", "invalid_token").build());
            return;
        }
        User user = token.user();
        sendJson(exchange, 200, Json.createObjectBuilder()
                .add("sub", user.subject())
                .add("email", user.email())
                .add("email_verified", user.emailVerified())
                .add("name", user.name())
                .build());
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private void authenticateClient(HttpExchange exchange, Map<String, String> form) throws Refusal {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String id;
        String secret;
        if (authorization != null) {
            if (form.containsKey("client_secret")) {
                throw new Refusal(400, "invalid_request", "use one client authentication method, not two");
            }
            if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                throw new Refusal(401, "invalid_client", "unsupported Authorization scheme");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Refusal(401, "invalid_client", "malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new Refusal(401, "invalid_client", "malformed Basic credentials");
            }
            id = URLDecoder.decode(decoded.substring(0, colon), UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), UTF_8);
            if (form.containsKey("client_id") && !form.get("client_id").equals(id)) {
                throw new Refusal(400, "invalid_request", "client_id in the form differs from the Basic credentials");
            }
        } else {
            id = form.get("client_id");
            secret = form.get("client_secret");
        }
        if (id == null || secret == null || !clientId.equals(id)
                || !MessageDigest.isEqual(clientSecret.getBytes(UTF_8), secret.getBytes(UTF_8))) {
            throw new Refusal(401, "invalid_client", "client authentication failed");
        }
    }

    private String idToken(Grant grant) {
        Misbehaviour how = grant.misbehaviour();
        long now = Instant.now().getEpochSecond();
        long exp = how == Misbehaviour.EXPIRED ? now - 600 : now + TOKEN_LIFETIME_SECONDS;
        long iat = exp - TOKEN_LIFETIME_SECONDS;
        String nonce = how == Misbehaviour.WRONG_NONCE ? "not-the-nonce" : grant.nonce();
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", how == Misbehaviour.WRONG_ISSUER ? "http://evil.example" : issuer)
                .add("sub", grant.user().subject())
                .add("aud", how == Misbehaviour.WRONG_AUDIENCE ? "someone-else" : clientId)
                .add("exp", exp)
                .add("iat", iat);
        if (nonce != null) {
            claims.add("nonce", nonce);
        }
        claims.add("email", grant.user().email())
                .add("email_verified", grant.user().emailVerified())
                .add("name", grant.user().name());
        JsonObject header = Json.createObjectBuilder()
                .add("alg", "RS256").add("typ", "JWT").add("kid", kid).build();
        String signingInput = B64URL.encodeToString(header.toString().getBytes(UTF_8)) + "."
                + B64URL.encodeToString(claims.build().toString().getBytes(UTF_8));
        PrivateKey signer = how == Misbehaviour.BAD_SIGNATURE ? rogueKeys().getPrivate() : keys.getPrivate();
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signer);
            rs256.update(signingInput.getBytes(UTF_8));
            return signingInput + "." + B64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyPair rogueKeys() {
        KeyPair rogue = rogueKeys;
        if (rogue == null) {
            synchronized (this) {
                if (rogueKeys == null) {
                    rogueKeys = newKeyPair();
                }
                rogue = rogueKeys;
            }
        }
        return rogue;
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** base64url(SHA-256(ASCII(verifier))), the PKCE S256 transform. */
    private static String s256(String verifier) {
        try {
            return B64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The big-endian magnitude without the sign byte BigInteger adds when the top bit is set. */
    private static byte[] unsignedMagnitude(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String require(Map<String, String> form, String name) throws Refusal {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw new Refusal(400, "invalid_request", "missing " + name);
        }
        return value;
    }

    /** Parses a query string or form body; a parameter given twice is refused (RFC 6749 §3.1). */
    private static Map<String, String> parseForm(String raw) throws Refusal {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
            if (params.put(name, value) != null) {
                throw new Refusal(400, "invalid_request", "parameter given more than once: " + name);
            }
        }
        return params;
    }

    /** 302 to the redirect URI with these name/value pairs added to its query; null values are left out. */
    private static void redirect(HttpExchange exchange, String redirectUri, String... nameValues) throws IOException {
        StringBuilder location = new StringBuilder(redirectUri);
        char separator = redirectUri.contains("?") ? '&' : '?';
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] == null) {
                continue;
            }
            location.append(separator).append(URLEncoder.encode(nameValues[i], UTF_8))
                    .append('=').append(URLEncoder.encode(nameValues[i + 1], UTF_8));
            separator = '&';
        }
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonObject body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, body.toString().getBytes(UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, text.getBytes(UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
