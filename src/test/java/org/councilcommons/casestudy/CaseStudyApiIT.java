package org.councilcommons.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The case study API as an integrator meets it: drafts, publishing, revisions, conflicts and filters. */
@ExtendWith(RunningServer.class)
class CaseStudyApiIT {

    static Api anonymous;
    static Api admin;
    static String council;

    @BeforeAll
    static void setUp(RunningServer.Server server) {
        anonymous = new Api(server);
        admin = anonymous.asAdministrator();
        council = TestData.registerCouncil(admin, "Case Study API Test Council");
    }

    private static JsonObject create(String title) {
        Api.Reply created = admin.post("/api/v1/case-studies", TestData.caseStudy(council, title).build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    @Test
    void aNewCaseStudyIsADraftThatOnlyEditorsCanSee() {
        JsonObject draft = create("Draft visibility");
        assertEquals("draft", draft.getString("state"));
        assertTrue(draft.getString("url").startsWith("/case-studies/"));
        long id = draft.getJsonNumber("id").longValue();

        assertEquals(404, anonymous.get("/api/v1/case-studies/" + id).status(), "a draft is invisible to the public");
        assertEquals(200, admin.get("/api/v1/case-studies/" + id).status());
        assertFalse(anonymous.get("/api/v1/case-studies?council=" + council).body().contains("Draft visibility"));
    }

    @Test
    void publishingShowsTheCaseStudyToEveryoneAndWithdrawingHidesIt() {
        long id = create("Publish and withdraw").getJsonNumber("id").longValue();

        Api.Reply published = admin.post("/api/v1/case-studies/" + id + "/publish", "");
        assertEquals(200, published.status(), published::toString);
        assertEquals("published", published.json().getString("state"));
        assertEquals(200, anonymous.get("/api/v1/case-studies/" + id).status());
        assertTrue(anonymous.get("/api/v1/case-studies?council=" + council).body().contains("Publish and withdraw"));

        Api.Reply again = admin.post("/api/v1/case-studies/" + id + "/publish", "");
        assertEquals(409, again.status(), "publishing twice is a conflict, not a silent success");

        Api.Reply withdrawn = admin.post("/api/v1/case-studies/" + id + "/withdraw", "");
        assertEquals("withdrawn", withdrawn.json().getString("state"));
        assertEquals(404, anonymous.get("/api/v1/case-studies/" + id).status());
    }

    @Test
    void everySaveIsARevisionWithWhoAndWhen() {
        JsonObject created = create("Revisions");
        long id = created.getJsonNumber("id").longValue();
        String update = TestData.caseStudy(council, "Revisions, edited").add("version", created.getInt("version")).build().toString();
        assertEquals(200, admin.put("/api/v1/case-studies/" + id, update).status());
        admin.post("/api/v1/case-studies/" + id + "/publish", "");

        Api.Reply revisions = admin.get("/api/v1/case-studies/" + id + "/revisions");
        assertEquals(200, revisions.status());
        List<String> actions = revisions.array().stream().map(JsonValue::asJsonObject).map(r -> r.getString("action")).toList();
        assertEquals(List.of("published", "edited", "created"), actions, "newest first");
        revisions.array().stream().map(JsonValue::asJsonObject).forEach(r -> {
            assertFalse(r.isNull("editorId"), "each revision names its editor");
            assertFalse(r.getString("createdAt").isBlank());
        });
    }

    @Test
    void aStaleEditGets409WithBothVersionsAndOverwritesNothing() {
        JsonObject created = create("Conflict");
        long id = created.getJsonNumber("id").longValue();
        int version = created.getInt("version");

        String first = TestData.caseStudy(council, "Conflict: first editor").add("version", version).build().toString();
        assertEquals(200, admin.put("/api/v1/case-studies/" + id, first).status());

        String second = TestData.caseStudy(council, "Conflict: second editor").add("version", version).build().toString();
        Api.Reply conflict = admin.put("/api/v1/case-studies/" + id, second);
        assertEquals(409, conflict.status(), conflict::toString);
        assertTrue(conflict.contentType().startsWith("application/problem+json"));
        assertEquals("Conflict: first editor", conflict.json().getJsonObject("current").getString("title"));
        assertEquals("Conflict: second editor", conflict.json().getJsonObject("yours").getString("title"),
                "the losing edit comes back so the editor can reapply it");
        assertEquals(List.of("legacy-systems", "social-media"),
                conflict.json().getJsonObject("yours").getJsonArray("barriers").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).sorted().toList(),
                "the versions use the same keys as the request, so they can be sent again as they are");
        assertEquals("Conflict: first editor", admin.get("/api/v1/case-studies/" + id).json().getString("title"));

        int current = conflict.json().getInt("currentVersion");
        String retry = TestData.caseStudy(council, "Conflict: merged").add("version", current).build().toString();
        assertEquals(200, admin.put("/api/v1/case-studies/" + id, retry).status(), "a retry with the current version succeeds");
    }

    @Test
    void bodyHtmlIsSanitisedButTheSourceIsKept() {
        String body = "<p onclick=\"steal()\">Hello <a href=\"javascript:alert(1)\">x</a><script>alert(2)</script></p>";
        Api.Reply created = admin.post("/api/v1/case-studies",
                TestData.caseStudy(council, "Sanitised").add("body", body).build().toString());
        JsonObject json = created.json();
        assertEquals(body, json.getString("body"), "the editor's source is kept as written");
        String html = json.getString("bodyHtml");
        assertFalse(html.contains("script") || html.contains("onclick") || html.contains("javascript:"), html);
        assertTrue(html.contains("Hello"));
    }

    @Test
    void theListFiltersByBarrierThemeStatusAndCouncilAndPages() {
        String other = TestData.registerCouncil(admin, "Filter Test Council");
        for (int i = 0; i < 3; i++) {
            JsonObject c = Json.createObjectBuilder(TestData.caseStudy(other, "Filter " + i).build())
                    .add("barriers", Json.createArrayBuilder().add(i == 0 ? "digital-inclusion" : "psn-compliance"))
                    .add("projectStatus", i == 2 ? "stopped" : "live").build();
            long id = admin.post("/api/v1/case-studies", c.toString()).json().getJsonNumber("id").longValue();
            admin.post("/api/v1/case-studies/" + id + "/publish", "");
        }
        assertEquals(3, anonymous.get("/api/v1/case-studies?council=" + other).json().getInt("total"));
        assertEquals(1, anonymous.get("/api/v1/case-studies?council=" + other + "&barrier=digital-inclusion").json().getInt("total"));
        assertEquals(1, anonymous.get("/api/v1/case-studies?council=" + other + "&status=stopped").json().getInt("total"));
        assertEquals(3, anonymous.get("/api/v1/case-studies?council=" + other + "&theme=webcast").json().getInt("total"));
        assertEquals(0, anonymous.get("/api/v1/case-studies?council=" + other + "&theme=nothing-like-this").json().getInt("total"));

        JsonObject page2 = anonymous.get("/api/v1/case-studies?council=" + other + "&size=2&page=2").json();
        assertEquals(3, page2.getInt("total"));
        assertEquals(1, page2.getJsonArray("items").size());
        assertEquals(2, page2.getInt("page"));
    }

    @Test
    void draftsCanBeListedByTheirEditorsOnly() {
        create("Listed draft");
        assertTrue(admin.get("/api/v1/case-studies?state=draft&council=" + council).body().contains("Listed draft"));
        Api.Reply publicView = anonymous.get("/api/v1/case-studies?state=draft&council=" + council);
        assertEquals(200, publicView.status());
        assertFalse(publicView.body().contains("Listed draft"), "the public asking for drafts gets published ones only");
    }
}
