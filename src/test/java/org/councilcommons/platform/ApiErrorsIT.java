package org.councilcommons.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input of every kind gets a clear 4xx problem+json naming what is wrong; never a 500 or a stack trace. */
@ExtendWith(RunningServer.class)
class ApiErrorsIT {

    static RunningServer.Server server;
    static Api anonymous;
    static Api admin;
    static String adminToken;
    static String council;

    @BeforeAll
    static void setUp(RunningServer.Server running) {
        server = running;
        anonymous = new Api(server);
        admin = anonymous.asAdministrator();
        adminToken = admin.token();
        council = TestData.registerCouncil(admin, "Errors Test Council");
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(status, reply.json().getInt("status"));
        assertFalse(reply.json().getString("title").isBlank());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
    }

    @Test
    void writingWithoutATokenIs401WithAChallenge() {
        Api.Reply reply = anonymous.post("/api/v1/case-studies", TestData.caseStudy(council, "x").build().toString());
        assertProblem(reply, 401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void aWrongOrMalformedTokenIs401() {
        assertProblem(anonymous.withToken("cc_not-a-real-token").post("/api/v1/case-studies", "{}"), 401);
        assertProblem(anonymous.withToken("x".repeat(400)).post("/api/v1/case-studies", "{}"), 401);
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        Api.Reply reply = anonymous.post("/api/v1/auth/tokens",
                "{\"email\":\"" + RunningServer.ADMIN_EMAIL + "\",\"password\":\"wrong-password-here\"}");
        assertProblem(reply, 401);
        Api.Reply unknown = anonymous.post("/api/v1/auth/tokens",
                "{\"email\":\"nobody@nowhere.example\",\"password\":\"wrong-password-here\"}");
        assertEquals(reply.body(), unknown.body(), "an unknown e-mail and a wrong password look the same");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(admin.post("/api/v1/case-studies", "{\"title\": "), 400);
        assertProblem(admin.post("/api/v1/case-studies", "not json at all"), 400);
    }

    @Test
    void wrongTypesAre400NamingTheProperty() {
        Api.Reply reply = admin.post("/api/v1/case-studies", "{\"councilCode\":\"" + council + "\",\"themes\":\"one\"}");
        assertProblem(reply, 400);
        assertTrue(reply.json().getString("detail").contains("themes"), reply::toString);
        assertProblem(admin.post("/api/v1/case-studies", "{\"costPounds\":\"lots\"}"), 400);
    }

    @Test
    void unknownEnumValuesAre400ListingTheAllowedOnes() {
        Api.Reply reply = admin.post("/api/v1/case-studies", TestData.caseStudy(council, "Enums")
                .add("barriers", jakarta.json.Json.createArrayBuilder().add("dragons"))
                .add("projectStatus", "abandoned").build().toString());
        assertProblem(reply, 400);
        assertEquals(java.util.List.of("barriers", "projectStatus"), Api.errorFields(reply.json()));
        assertTrue(reply.body().contains("legacy-systems"), "the message lists the allowed barriers");
    }

    @Test
    void missingFieldsAreAllListedAtOnce() {
        Api.Reply reply = admin.post("/api/v1/case-studies", "{\"councilCode\":\"" + council + "\",\"projectStatus\":\"live\"}");
        assertProblem(reply, 400);
        assertTrue(Api.errorFields(reply.json()).containsAll(java.util.List.of("title", "summary", "body", "barriers")),
                reply::toString);
    }

    @Test
    void anUnknownCouncilIsNamed() {
        Api.Reply reply = admin.post("/api/v1/case-studies", TestData.caseStudy("E99999999", "x").build().toString());
        assertProblem(reply, 400);
        assertEquals(java.util.List.of("councilCode"), Api.errorFields(reply.json()));
    }

    /**
     * Sends a request over a raw socket and reads the status line without sending the whole body: a server that
     * waited for 2 MiB it will refuse anyway could be tied up by anyone.
     */
    private static String statusLineOf(String head, byte[] bodyStart) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(server.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bodyStart);
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void anOversizedBodyIs413BeforeItIsRead() throws Exception {
        String head = "POST /api/v1/case-studies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + adminToken + "\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n";
        assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLineOf(head, "{\"title\":\"".getBytes()));
    }

    @Test
    void anOversizedBodyWithoutALengthIs413Too() throws Exception {
        String head = "POST /api/v1/case-studies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + adminToken + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
        byte[] opening = "{\"title\":\"".getBytes();
        chunks.write((Integer.toHexString(opening.length) + "\r\n").getBytes());
        chunks.write(opening);
        chunks.write("\r\n".getBytes());
        byte[] chunk = "a".repeat(64 * 1024).getBytes();
        for (int i = 0; i < 18; i++) {
            chunks.write((Integer.toHexString(chunk.length) + "\r\n").getBytes());
            chunks.write(chunk);
            chunks.write("\r\n".getBytes());
        }
        String status = statusLineOf(head, chunks.toByteArray());
        assertTrue(status.startsWith("HTTP/1.1 413"), status);
    }

    @Test
    void wrongMethodsMediaTypesAndAddressesGetTheirOwnStatus() {
        assertProblem(admin.send("DELETE", "/api/v1/case-studies", null, null), 405);
        assertProblem(admin.post("/api/v1/case-studies", "text/plain", "hello"), 415);
        assertProblem(anonymous.get("/api/v1/no-such-thing"), 404);
        assertProblem(anonymous.get("/api/v1/case-studies/not-a-number"), 404);
        assertProblem(anonymous.get("/api/v1/case-studies/987654321"), 404);
        assertProblem(anonymous.get("/api/v1/councils/E99999999"), 404);
    }

    @Test
    void hostilePagingIs400() {
        assertProblem(anonymous.get("/api/v1/case-studies?size=100000"), 400);
        assertProblem(anonymous.get("/api/v1/case-studies?page=0"), 400);
        assertProblem(anonymous.get("/api/v1/case-studies?page=abc"), 400);
        assertProblem(anonymous.get("/api/v1/case-studies?barrier=dragons"), 400);
    }

    @Test
    void aPutWithoutTheVersionIsRefusedRatherThanOverwriting() {
        long id = admin.post("/api/v1/case-studies", TestData.caseStudy(council, "No version").build().toString())
                .json().getJsonNumber("id").longValue();
        Api.Reply reply = admin.put("/api/v1/case-studies/" + id, TestData.caseStudy(council, "Overwrite").build().toString());
        assertProblem(reply, 400);
        assertEquals(java.util.List.of("version"), Api.errorFields(reply.json()));
    }
}
