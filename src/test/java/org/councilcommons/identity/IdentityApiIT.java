package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.Mailbox;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Members, roles and tokens through the API, and the attacks a council's security officer will try. */
@ExtendWith(RunningServer.class)
class IdentityApiIT {

    static final String PASSWORD = "Quiet-harbour-lamp-1987";

    static RunningServer.Server server;
    static Api anonymous;
    static Api admin;

    @BeforeAll
    static void setUp(RunningServer.Server running) {
        server = running;
        anonymous = new Api(server);
        admin = anonymous.asAdministrator();
    }

    static String unique(String local, String domain) {
        return local + "." + TestData.councilCode().toLowerCase() + "@" + domain;
    }

    static JsonObject onboard(String email, String councilCode, String role, String password) {
        var body = Json.createObjectBuilder().add("email", email).add("name", "Test " + role)
                .add("roles", Json.createArrayBuilder().add(role));
        if (councilCode != null) {
            body.add("councilCode", councilCode);
        }
        if (password != null) {
            body.add("password", password);
        }
        Api.Reply reply = admin.post("/api/v1/admin/members", body.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static long firstCaseStudyOf(String councilCode) {
        return anonymous.get("/api/v1/case-studies?council=" + councilCode).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void anAdministratorOnboardsAnEditorWhoCanThenUseTheApi() {
        String email = unique("editor", "reading.gov.uk");
        JsonObject member = onboard(email, "E06000038", "editor", PASSWORD);
        assertEquals("active", member.getString("status"));
        assertEquals("E06000038", member.getString("councilCode"));
        assertEquals(List.of("editor", "member"), member.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        Api editor = anonymous.as(email, PASSWORD);
        Api.Reply created = editor.post("/api/v1/case-studies", TestData.caseStudy("E06000038", "By an editor").build().toString());
        assertEquals(201, created.status(), created::toString);

        assertTrue(admin.get("/api/v1/admin/members?size=100").body().contains(email));
    }

    @Test
    void onboardingWithoutAPasswordSendsASetPasswordLink() {
        String email = unique("newcomer", "birmingham.gov.uk");
        onboard(email, "E08000025", "member", null);
        Mailbox.Received mail = server.mail().await(email, "You have been added");
        assertTrue(mail.link("/reset-password").contains("token="), mail::body);
    }

    @Test
    void onboardingRefusesWeakPasswordsUnknownRolesAndDuplicates() {
        Api.Reply weak = admin.post("/api/v1/admin/members", Json.createObjectBuilder()
                .add("email", unique("weak", "reading.gov.uk")).add("name", "Weak").add("password", "password1234")
                .build().toString());
        assertEquals(400, weak.status());
        assertEquals(List.of("password"), Api.errorFields(weak.json()));

        Api.Reply role = admin.post("/api/v1/admin/members", Json.createObjectBuilder()
                .add("email", unique("role", "reading.gov.uk")).add("name", "Role")
                .add("roles", Json.createArrayBuilder().add("king")).build().toString());
        assertEquals(400, role.status());

        String email = unique("twice", "reading.gov.uk");
        onboard(email, "E06000038", "member", PASSWORD);
        Api.Reply again = admin.post("/api/v1/admin/members", Json.createObjectBuilder()
                .add("email", email.toUpperCase()).add("name", "Twice").build().toString());
        assertEquals(409, again.status(), "addresses are compared without case");
    }

    @Test
    void onlyAdministratorsManageMembers() {
        String email = unique("plain", "reading.gov.uk");
        onboard(email, "E06000038", "member", PASSWORD);
        Api member = anonymous.as(email, PASSWORD);
        assertEquals(403, member.get("/api/v1/admin/members").status());
        assertEquals(403, member.post("/api/v1/admin/members", "{\"email\":\"x@y.gov.uk\",\"name\":\"X\"}").status());
        assertEquals(401, anonymous.get("/api/v1/admin/members").status());
    }

    @Test
    void anEditorOfReadingCannotTouchBirminghamsCaseStudies() {
        String email = unique("reading-editor", "reading.gov.uk");
        onboard(email, "E06000038", "editor", PASSWORD);
        Api reading = anonymous.as(email, PASSWORD);
        long birmingham = firstCaseStudyOf("E08000025");
        JsonObject current = anonymous.get("/api/v1/case-studies/" + birmingham).json();

        String edit = TestData.caseStudy("E08000025", "Hijacked").add("version", current.getInt("version")).build().toString();
        assertEquals(403, reading.put("/api/v1/case-studies/" + birmingham, edit).status());
        assertEquals(403, reading.post("/api/v1/case-studies/" + birmingham + "/withdraw", "").status());
        assertEquals(403, reading.post("/api/v1/case-studies", TestData.caseStudy("E08000025", "For them").build().toString()).status());
        assertEquals(current.getString("title"), anonymous.get("/api/v1/case-studies/" + birmingham).json().getString("title"));

        long birminghamDraft = admin.post("/api/v1/case-studies", TestData.caseStudy("E08000025", "Birmingham draft").build()
                .toString()).json().getJsonNumber("id").longValue();
        assertEquals(404, reading.get("/api/v1/case-studies/" + birminghamDraft).status(), "another council's draft is invisible");
        assertFalse(reading.get("/api/v1/case-studies?state=draft&size=100").body().contains("Birmingham draft"));
    }

    @Test
    void membersListAndRevokeTheirOwnTokensOnly() {
        String email = unique("tokens", "reading.gov.uk");
        onboard(email, "E06000038", "member", PASSWORD);
        Api.Reply issued = anonymous.post("/api/v1/auth/tokens", Json.createObjectBuilder().add("email", email)
                .add("password", PASSWORD).add("name", "intranet feed").build().toString());
        assertEquals(201, issued.status());
        long id = issued.json().getJsonNumber("id").longValue();
        Api mine = anonymous.withToken(issued.json().getString("token"));

        List<String> names = mine.get("/api/v1/auth/tokens").array().stream().map(JsonValue::asJsonObject)
                .map(t -> t.getString("name")).toList();
        assertEquals(List.of("intranet feed"), names);
        assertFalse(mine.get("/api/v1/auth/tokens").body().contains("cc_"), "secrets are never shown again");

        assertEquals(404, admin.delete("/api/v1/auth/tokens/" + id).status(), "not even an administrator revokes another's token");
        assertEquals(204, mine.delete("/api/v1/auth/tokens/" + id).status());
        assertEquals(401, mine.get("/api/v1/auth/tokens").status(), "a revoked token no longer works");
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithRetryAfter() {
        String email = unique("throttled", "reading.gov.uk");
        onboard(email, "E06000038", "member", PASSWORD);
        String wrong = Json.createObjectBuilder().add("email", email).add("password", "not-the-password-at-all").build().toString();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous.post("/api/v1/auth/tokens", wrong).status());
        }
        Api.Reply throttled = anonymous.post("/api/v1/auth/tokens", wrong);
        assertEquals(429, throttled.status(), throttled::toString);
        assertTrue(Integer.parseInt(throttled.header("Retry-After").orElse("0")) > 0);
        assertTrue(throttled.json().getString("detail").contains("Wait"));
    }

    @Test
    void unknownAddressesAndWrongPasswordsTakeTheSameTime() {
        String email = unique("timing", "reading.gov.uk");
        onboard(email, "E06000038", "member", PASSWORD);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(timeSignIn(email));
            unknown.add(timeSignIn(unique("nobody", "reading.gov.uk")));
        }
        double ratio = (double) median(known) / median(unknown);
        assertTrue(ratio > 0.5 && ratio < 2.0, "median wrong-password " + median(known) + " ms vs unknown-address "
                + median(unknown) + " ms: the difference would tell an attacker who is a member");
    }

    private static long timeSignIn(String email) {
        String body = Json.createObjectBuilder().add("email", email).add("password", "wrong-password-" + System.nanoTime())
                .build().toString();
        long start = System.nanoTime();
        Api.Reply reply = anonymous.post("/api/v1/auth/tokens", body);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, reply.status(), reply::toString);
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
