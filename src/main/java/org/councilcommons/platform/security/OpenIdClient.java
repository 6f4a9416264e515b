package org.councilcommons.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client side of OpenID Connect's authorization code flow (with PKCE) for single sign-on with a council's
 * identity provider, configured by {@code COMMONS_OIDC_*}. It verifies the ID token itself: RS256 signature
 * against the provider's published keys, issuer, audience, expiry and nonce. Discovery and keys are fetched
 * when first needed and kept for ten minutes.
 */
@ApplicationScoped
public class OpenIdClient {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final Duration CACHE = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "commons.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "commons.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "commons.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "commons.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    @Inject
    @ConfigProperty(name = "commons.oidc.name", defaultValue = "your council account")
    String displayName;

    @Inject
    @ConfigProperty(name = "commons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private volatile JsonObject discovery;
    private volatile JsonObject keys;
    private volatile Instant fetchedAt = Instant.EPOCH;

    /** Why a sign-in through the provider was refused; the message is for the log, not for the person. */
    public static class Refused extends Exception {
        public Refused(String why) {
            super(why, null, false, false);
        }
    }

    /** The values the browser's session must keep between leaving for the provider and coming back. */
    public record Started(String authorizeUrl, String state, String nonce, String verifier) implements java.io.Serializable {}

    public boolean isConfigured() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    public String displayName() {
        return displayName;
    }

    public String redirectUri() {
        return publicUrl.replaceAll("/+$", "") + "/sign-in/sso/callback";
    }

    public Started start() throws Refused {
        String state = random();
        String nonce = random();
        String verifier = random() + random();
        String challenge = B64.encodeToString(sha256(verifier));
        String url = endpoint("authorization_endpoint") + "?response_type=code"
                + "&client_id=" + enc(clientId.orElseThrow()) + "&redirect_uri=" + enc(redirectUri())
                + "&scope=" + enc(scopes) + "&state=" + enc(state) + "&nonce=" + enc(nonce)
                + "&code_challenge=" + enc(challenge) + "&code_challenge_method=S256";
        return new Started(url, state, nonce, verifier);
    }

    /** Exchanges the code and returns who signed in, or says why not. */
    public SsoCredential finish(Started started, String state, String code) throws Refused {
        if (state == null || !state.equals(started.state())) {
            throw new Refused("state does not match the sign-in this browser started");
        }
        if (code == null || code.isBlank()) {
            throw new Refused("no authorization code");
        }
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri())
                + "&code_verifier=" + enc(started.verifier());
        String basic = Base64.getEncoder().encodeToString((enc(clientId.orElseThrow()) + ":"
                + enc(clientSecret.orElse(""))).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(endpoint("token_endpoint")))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (reply.statusCode() != 200) {
            throw new Refused("token endpoint answered " + reply.statusCode());
        }
        JsonObject tokens = parse(reply.body());
        if (!tokens.containsKey("id_token")) {
            throw new Refused("no id_token in the token response");
        }
        return verify(tokens.getString("id_token"), started.nonce());
    }

    SsoCredential verify(String idToken, String nonce) throws Refused {
        String[] parts = idToken.split("\\.");
        if (parts.length != 3) {
            throw new Refused("the id_token is not a signed JWT");
        }
        JsonObject header = parse(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new Refused("unexpected id_token algorithm " + header.getString("alg", "none"));
        }
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        if (!signatureValid(key(header.getString("kid", null)), signed, signature)) {
            throw new Refused("the id_token's signature does not verify");
        }
        JsonObject claims = parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        String expectedIssuer = discovery().getString("issuer", issuer.orElseThrow());
        if (!expectedIssuer.equals(claims.getString("iss", ""))) {
            throw new Refused("the id_token was issued by " + claims.getString("iss", "nobody"));
        }
        if (!audienceContains(claims.get("aud"), clientId.orElseThrow())) {
            throw new Refused("the id_token is for another client");
        }
        Instant now = Instant.now(clock);
        if (!claims.containsKey("exp") || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()).plus(CLOCK_SKEW).isBefore(now)) {
            throw new Refused("the id_token has expired");
        }
        if (!nonce.equals(claims.getString("nonce", ""))) {
            throw new Refused("the id_token's nonce is not this sign-in's");
        }
        return new SsoCredential(expectedIssuer, claims.getString("sub", ""), claims.getString("email", null),
                claims.getBoolean("email_verified", false), claims.getString("name", null));
    }

    private static boolean audienceContains(JsonValue aud, String client) {
        if (aud instanceof JsonString s) {
            return s.getString().equals(client);
        }
        return aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY
                && aud.asJsonArray().stream().anyMatch(v -> v instanceof JsonString s && s.getString().equals(client));
    }

    private PublicKey key(String kid) throws Refused {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (JsonValue v : jwks().getJsonArray("keys")) {
                JsonObject k = v.asJsonObject();
                if ("RSA".equals(k.getString("kty", "")) && (kid == null || kid.equals(k.getString("kid", null)))) {
                    try {
                        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                                new BigInteger(1, Base64.getUrlDecoder().decode(k.getString("n"))),
                                new BigInteger(1, Base64.getUrlDecoder().decode(k.getString("e")))));
                    } catch (GeneralSecurityException | IllegalArgumentException e) {
                        throw new Refused("the provider published an unreadable key");
                    }
                }
            }
            // the provider may have rotated its keys since we fetched them
            fetchedAt = Instant.EPOCH;
        }
        throw new Refused("no published key matches the id_token's kid " + kid);
    }

    private static boolean signatureValid(PublicKey key, byte[] signed, byte[] signature) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(signed);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private String endpoint(String name) throws Refused {
        String url = discovery().getString(name, null);
        if (url == null) {
            throw new Refused("the provider's discovery document has no " + name);
        }
        return url;
    }

    private JsonObject discovery() throws Refused {
        refreshIfStale();
        return discovery;
    }

    private JsonObject jwks() throws Refused {
        refreshIfStale();
        return keys;
    }

    private synchronized void refreshIfStale() throws Refused {
        if (discovery != null && keys != null && fetchedAt.plus(CACHE).isAfter(Instant.now(clock))) {
            return;
        }
        String base = issuer.orElseThrow().replaceAll("/+$", "");
        JsonObject d = getJson(base + "/.well-known/openid-configuration");
        JsonObject k = getJson(d.getString("jwks_uri", base + "/jwks"));
        discovery = d;
        keys = k;
        fetchedAt = Instant.now(clock);
    }

    private JsonObject getJson(String url) throws Refused {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
        if (reply.statusCode() != 200) {
            throw new Refused(url + " answered " + reply.statusCode());
        }
        return parse(reply.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws Refused {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Refused("the identity provider could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
    }

    private static JsonObject parse(String json) throws Refused {
        try {
            return Json.createReader(new StringReader(json)).readObject();
        } catch (RuntimeException e) {
            throw new Refused("the identity provider sent something that is not a JSON object");
        }
    }

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
