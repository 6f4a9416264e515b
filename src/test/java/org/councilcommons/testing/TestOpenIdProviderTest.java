package org.councilcommons.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the provider through the whole authorization code flow with PKCE, as the app will, and checks the ID token
 * the way the app must: RS256 signature against the published JWKS, then the claims. If this passes, a failing
 * sign-in test points at the app, not at the provider.
 */
class TestOpenIdProviderTest {

    private static final String CLIENT_ID = "council-commons";
    private static final String CLIENT_SECRET = "s3cret+with/odd=chars";
    private static final String REDIRECT_PREFIX = "http://127.0.0.1:9999/";
    private static final String REDIRECT_URI = REDIRECT_PREFIX + "auth/callback";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestOpenIdProvider idp;

    @BeforeEach
    void start() {
        idp = TestOpenIdProvider.start(CLIENT_ID, CLIENT_SECRET, REDIRECT_PREFIX);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    @AfterAll
    static void closeClient() {
        HTTP.close();
    }

    // ---------------------------------------------------------------------------------------------------- the tests

    @Test
    void discoveryNamesTheIssuerAndEndpointsUnderIt() throws Exception {
        HttpResponse<String> response = get("/.well-known/openid-configuration");
        assertEquals(200, response.statusCode());
        JsonObject config = json(response.body());
        String issuer = idp.issuer();
        assertTrue(issuer.matches("http://127\\.0\\.0\\.1:\\d+"), issuer);
        assertEquals(issuer, config.getString("issuer"));
        assertEquals(issuer + "/authorize", config.getString("authorization_endpoint"));
        assertEquals(issuer + "/token", config.getString("token_endpoint"));
        assertEquals(issuer + "/jwks", config.getString("jwks_uri"));
        assertEquals(issuer + "/userinfo", config.getString("userinfo_endpoint"));
        assertEquals("[\"code\"]", config.getJsonArray("response_types_supported").toString());
        assertEquals("[\"RS256\"]", config.getJsonArray("id_token_signing_alg_values_supported").toString());
        assertEquals("[\"S256\"]", config.getJsonArray("code_challenge_methods_supported").toString());
        assertEquals("[\"client_secret_basic\",\"client_secret_post\"]",
                config.getJsonArray("token_endpoint_auth_methods_supported").toString());
    }

    @Test
    void codeFlowWithPkceYieldsAnIdTokenSignedByThePublishedKeyWithTheExpectedClaims() throws Exception {
        idp.nextLogin("ada@example.gov.uk", "Ada Lovelace");
        String verifier = newVerifier();
        Map<String, String> callback = authorize(verifier, "nonce-123", "state/with spaces&symbols");
        assertEquals("state/with spaces&symbols", callback.get("state"));

        HttpResponse<String> response = exchangeWithBasic(callback.get("code"), verifier, CLIENT_SECRET);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonObject tokens = json(response.body());
        assertEquals("Bearer", tokens.getString("token_type"));
        assertEquals(300, tokens.getInt("expires_in"));
        assertFalse(tokens.getString("access_token").isBlank());

        String idToken = tokens.getString("id_token");
        JsonObject header = json(decodePart(idToken, 0));
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertTrue(signatureIsValid(idToken), "the id_token must verify against the key published at /jwks");

        JsonObject claims = json(decodePart(idToken, 1));
        long now = Instant.now().getEpochSecond();
        assertEquals(idp.issuer(), claims.getString("iss"));
        assertEquals(CLIENT_ID, claims.getString("aud"));
        assertEquals("nonce-123", claims.getString("nonce"));
        assertEquals("ada@example.gov.uk", claims.getString("email"));
        assertTrue(claims.getBoolean("email_verified"));
        assertEquals("Ada Lovelace", claims.getString("name"));
        assertFalse(claims.getString("sub").isBlank());
        assertTrue(Math.abs(claims.getJsonNumber("iat").longValue() - now) <= 5);
        assertTrue(Math.abs(claims.getJsonNumber("exp").longValue() - (now + 300)) <= 5);
        assertEquals(1, idp.tokenRequests());
    }

    @Test
    void theSamePersonGetsTheSameSubjectAndUnverifiedEmailIsReportedAsSuch() throws Exception {
        idp.nextLogin("bob@example.gov.uk", "Bob", true);
        idp.nextLogin("BOB@example.gov.uk", "Bob", false);
        JsonObject first = claims(signIn("n1"));
        JsonObject second = claims(signIn("n2"));
        assertEquals(first.getString("sub"), second.getString("sub"));
        assertTrue(first.getBoolean("email_verified"));
        assertFalse(second.getBoolean("email_verified"));
    }

    @Test
    void userinfoAnswersOnlyTheBearerOfAnIssuedAccessToken() throws Exception {
        idp.nextLogin("cat@example.gov.uk", "Cat");
        String verifier = newVerifier();
        String code = authorize(verifier, "n", "s").get("code");
        JsonObject tokens = json(exchangeWithBasic(code, verifier, CLIENT_SECRET).body());

        HttpResponse<String> info = send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/userinfo"))
                .header("Authorization", "Bearer " + tokens.getString("access_token")).build());
        assertEquals(200, info.statusCode());
        JsonObject claims = json(info.body());
        assertEquals("cat@example.gov.uk", claims.getString("email"));
        assertEquals(claims(tokens.getString("id_token")).getString("sub"), claims.getString("sub"));

        assertEquals(401, get("/userinfo").statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/userinfo"))
                .header("Authorization", "Bearer not-a-token").build()).statusCode());
    }

    @Test
    void aCodeCanBeRedeemedOnlyOnceAndItsReplayRevokesTheAccessToken() throws Exception {
        idp.nextLogin("dan@example.gov.uk", "Dan");
        String verifier = newVerifier();
        String code = authorize(verifier, "n", "s").get("code");
        HttpResponse<String> first = exchangeWithBasic(code, verifier, CLIENT_SECRET);
        assertEquals(200, first.statusCode());

        HttpResponse<String> second = exchangeWithBasic(code, verifier, CLIENT_SECRET);
        assertEquals(400, second.statusCode());
        assertEquals("invalid_grant", json(second.body()).getString("error"));

        String accessToken = json(first.body()).getString("access_token");
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken).build()).statusCode());
        assertEquals(1, idp.tokenRequests());
    }

    @Test
    void aWrongCodeVerifierIsRefusedAndSpendsTheCode() throws Exception {
        idp.nextLogin("eve@example.gov.uk", "Eve");
        String verifier = newVerifier();
        String code = authorize(verifier, "n", "s").get("code");

        HttpResponse<String> wrong = exchangeWithBasic(code, newVerifier(), CLIENT_SECRET);
        assertEquals(400, wrong.statusCode());
        assertEquals("invalid_grant", json(wrong.body()).getString("error"));
        assertEquals(400, exchangeWithBasic(code, verifier, CLIENT_SECRET).statusCode());
        assertEquals(0, idp.tokenRequests());
    }

    @Test
    void aRedirectUriDifferentFromTheOneAuthorizedIsRefused() throws Exception {
        idp.nextLogin("fay@example.gov.uk", "Fay");
        String verifier = newVerifier();
        String code = authorize(verifier, "n", "s").get("code");
        HttpResponse<String> response = postToken(null, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_PREFIX + "elsewhere", "code_verifier", verifier,
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertEquals(400, response.statusCode());
        assertEquals("invalid_grant", json(response.body()).getString("error"));
    }

    @Test
    void aWrongClientSecretIsRefusedWhetherSentByBasicOrInTheForm() throws Exception {
        idp.nextLogin("gil@example.gov.uk", "Gil");
        String verifier = newVerifier();
        String code = authorize(verifier, "n", "s").get("code");

        HttpResponse<String> basic = exchangeWithBasic(code, verifier, "wrong");
        assertEquals(401, basic.statusCode());
        assertEquals("invalid_client", json(basic.body()).getString("error"));

        HttpResponse<String> post = postToken(null, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier,
                "client_id", CLIENT_ID, "client_secret", "wrong"));
        assertEquals(401, post.statusCode());
        assertEquals("invalid_client", json(post.body()).getString("error"));

        // a refused client does not spend the code: the real client can still redeem it, with client_secret_post
        HttpResponse<String> good = postToken(null, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier,
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertEquals(200, good.statusCode(), good.body());
        assertEquals(1, idp.tokenRequests());
    }

    @Test
    void badSignatureMisbehaviourGivesATokenThatFailsVerification() throws Exception {
        idp.nextLogin("hal@example.gov.uk", "Hal");
        idp.nextLoginMisbehaving(TestOpenIdProvider.Misbehaviour.BAD_SIGNATURE);
        String idToken = signIn("n");
        assertFalse(signatureIsValid(idToken));
        assertEquals("hal@example.gov.uk", claims(idToken).getString("email"));

        idp.nextLogin("hal@example.gov.uk", "Hal");
        assertTrue(signatureIsValid(signIn("n")), "only the next login misbehaves");
    }

    @Test
    void eachClaimMisbehaviourBreaksExactlyItsClaimAndKeepsTheSignatureValid() throws Exception {
        long now = Instant.now().getEpochSecond();

        idp.nextLoginMisbehaving(TestOpenIdProvider.Misbehaviour.WRONG_AUDIENCE);
        String token = signIn("the-nonce");
        assertTrue(signatureIsValid(token));
        assertEquals("someone-else", claims(token).getString("aud"));
        assertEquals("the-nonce", claims(token).getString("nonce"));

        idp.nextLoginMisbehaving(TestOpenIdProvider.Misbehaviour.EXPIRED);
        token = signIn("the-nonce");
        assertTrue(signatureIsValid(token));
        assertTrue(Math.abs(claims(token).getJsonNumber("exp").longValue() - (now - 600)) <= 5);
        assertEquals(CLIENT_ID, claims(token).getString("aud"));

        idp.nextLoginMisbehaving(TestOpenIdProvider.Misbehaviour.WRONG_NONCE);
        token = signIn("the-nonce");
        assertTrue(signatureIsValid(token));
        assertEquals("not-the-nonce", claims(token).getString("nonce"));
        assertEquals(idp.issuer(), claims(token).getString("iss"));

        idp.nextLoginMisbehaving(TestOpenIdProvider.Misbehaviour.WRONG_ISSUER);
        token = signIn("the-nonce");
        assertTrue(signatureIsValid(token));
        assertEquals("http://evil.example", claims(token).getString("iss"));
        assertEquals("the-nonce", claims(token).getString("nonce"));
    }

    @Test
    void authorizeForAnUnregisteredRedirectUriIsRefusedWithoutRedirecting() throws Exception {
        idp.nextLogin("ian@example.gov.uk", "Ian");
        for (String redirect : new String[] {"http://evil.example/callback", "http://127.0.0.1:99999/auth/callback"}) {
            HttpResponse<String> response = get("/authorize?" + form(authorizeParams(redirect, CLIENT_ID, "n", "s")));
            assertEquals(400, response.statusCode());
            assertTrue(response.headers().firstValue("Location").isEmpty());
        }
        HttpResponse<String> unknownClient =
                get("/authorize?" + form(authorizeParams(REDIRECT_URI, "someone-else", "n", "s")));
        assertEquals(400, unknownClient.statusCode());
        assertTrue(unknownClient.headers().firstValue("Location").isEmpty());

        // the queued user was not used up by the refused requests
        assertFalse(signIn("n").isEmpty());
    }

    @Test
    void authorizeWithNobodyQueuedRedirectsBackWithAccessDenied() throws Exception {
        HttpResponse<String> response = get("/authorize?" + form(authorizeParams(REDIRECT_URI, CLIENT_ID, "n", "st")));
        assertEquals(302, response.statusCode());
        Map<String, String> query = callbackQuery(response);
        assertEquals("access_denied", query.get("error"));
        assertEquals("st", query.get("state"));
        assertFalse(query.containsKey("code"));
    }

    @Test
    void authorizeWithoutPkceOrOpenidScopeRedirectsBackWithAnError() throws Exception {
        idp.nextLogin("jo@example.gov.uk", "Jo");
        Map<String, String> noPkce = authorizeParams(REDIRECT_URI, CLIENT_ID, "n", "s");
        noPkce.remove("code_challenge");
        noPkce.remove("code_challenge_method");
        assertEquals("invalid_request", callbackQuery(get("/authorize?" + form(noPkce))).get("error"));

        Map<String, String> noOpenid = authorizeParams(REDIRECT_URI, CLIENT_ID, "n", "s");
        noOpenid.put("scope", "email profile");
        assertEquals("invalid_scope", callbackQuery(get("/authorize?" + form(noOpenid))).get("error"));
    }

    // ------------------------------------------------------------------------------------------- the client's side

    /** The whole flow for the next queued user; returns the id_token. */
    private String signIn(String nonce) throws Exception {
        String verifier = newVerifier();
        Map<String, String> callback = authorize(verifier, nonce, "state");
        HttpResponse<String> response = exchangeWithBasic(callback.get("code"), verifier, CLIENT_SECRET);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getString("id_token");
    }

    /** GET /authorize with PKCE; asserts the 302 back to the redirect URI and returns its query. */
    private Map<String, String> authorize(String verifier, String nonce, String state) throws Exception {
        Map<String, String> params = authorizeParams(REDIRECT_URI, CLIENT_ID, nonce, state);
        params.put("code_challenge", s256(verifier));
        HttpResponse<String> response = get("/authorize?" + form(params));
        assertEquals(302, response.statusCode(), response.body());
        Map<String, String> query = callbackQuery(response);
        assertTrue(query.containsKey("code"), "no code in " + query);
        return query;
    }

    private Map<String, String> authorizeParams(String redirectUri, String clientId, String nonce, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", redirectUri);
        params.put("scope", "openid email profile");
        params.put("state", state);
        params.put("nonce", nonce);
        params.put("code_challenge", s256(newVerifier()));
        params.put("code_challenge_method", "S256");
        return params;
    }

    private static Map<String, String> callbackQuery(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(REDIRECT_URI + "?"), location);
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), UTF_8), URLDecoder.decode(pair.substring(eq + 1), UTF_8));
        }
        return query;
    }

    private HttpResponse<String> exchangeWithBasic(String code, String verifier, String secret) throws Exception {
        String credentials = URLEncoder.encode(CLIENT_ID, UTF_8) + ":" + URLEncoder.encode(secret, UTF_8);
        return postToken("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(UTF_8)),
                Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                        "code_verifier", verifier));
    }

    private HttpResponse<String> postToken(String authorization, Map<String, String> form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(idp.issuer() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** What the app must do: find the key by kid at jwks_uri and check the RS256 signature with it. */
    private boolean signatureIsValid(String jws) throws Exception {
        String[] parts = jws.split("\\.");
        assertEquals(3, parts.length);
        String kid = json(decodePart(jws, 0)).getString("kid");
        JsonObject jwks = json(get("/jwks").body());
        JsonObject jwk = jwks.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> kid.equals(k.getString("kid")))
                .findFirst().orElseThrow(() -> new AssertionError("no key " + kid + " in " + jwks));
        assertEquals("RSA", jwk.getString("kty"));
        assertEquals("sig", jwk.getString("use"));
        assertEquals("RS256", jwk.getString("alg"));
        Base64.Decoder b64 = Base64.getUrlDecoder();
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, b64.decode(jwk.getString("n"))), new BigInteger(1, b64.decode(jwk.getString("e")))));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(UTF_8));
            return rs256.verify(b64.decode(parts[2]));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static JsonObject claims(String jws) {
        return json(decodePart(jws, 1));
    }

    private static String decodePart(String jws, int index) {
        return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[index]), UTF_8);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(idp.issuer() + path)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
