package org.councilcommons.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Self-assessment, sharing, peers and links as integrators and other councils meet them through the API. */
@ExtendWith(RunningServer.class)
class MaturityApiIT {

    static final String PASSWORD = "quarterly review lanterns 42";
    static RunningServer.Server server;
    static Api anonymous;
    static Api admin;

    @BeforeAll
    static void setUp(RunningServer.Server s) {
        server = s;
        anonymous = new Api(s);
        admin = anonymous.asAdministrator();
    }

    /** A new council with one editor, signed in through a token. */
    record Council(String code, Api editor, String editorEmail) {}

    static Council council(String name) {
        String code = TestData.registerCouncil(admin, name);
        String email = TestData.memberOf(admin, code, "editor", PASSWORD);
        return new Council(code, anonymous.as(email, PASSWORD), email);
    }

    static JsonObject submit(Council c, int... values) {
        Api.Reply reply = c.editor().post("/api/v1/councils/" + c.code() + "/assessments", TestData.levels(values));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static void share(Council c, String sharing) {
        Api.Reply reply = c.editor().put("/api/v1/councils/" + c.code() + "/peers/sharing",
                Json.createObjectBuilder().add("sharing", sharing).build().toString());
        assertEquals(200, reply.status(), reply::toString);
    }

    @Test
    void theModelIsPublicVersionedData() {
        Api.Reply reply = anonymous.get("/api/v1/maturity/model");
        assertEquals(200, reply.status());
        JsonObject model = reply.json();
        assertFalse(model.getString("version").isBlank());
        assertEquals(TestData.DIMENSIONS, model.getJsonArray("dimensions").stream()
                .map(d -> d.asJsonObject().getString("key")).toList());
        JsonObject first = model.getJsonArray("dimensions").getJsonObject(0);
        assertEquals(5, first.getJsonArray("levels").size());
        assertEquals(4, first.getJsonArray("statements").size());
    }

    @Test
    void answersGiveLevelsAndEachSubmissionIsKeptInTheHistory() {
        Council c = council("Maturity Answers Council");
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (JsonValue d : anonymous.get("/api/v1/maturity/model").json().getJsonArray("dimensions")) {
            for (JsonValue s : d.asJsonObject().getJsonArray("statements")) {
                int level = s.asJsonObject().getInt("level");
                // leadership: yes up to 3; everything else: yes at 2 only
                boolean yes = level == 2 || level == 3 && d.asJsonObject().getString("key").equals("leadership-strategy");
                answers.add(s.asJsonObject().getString("key"), yes ? "yes" : level == 3 ? "partly" : "no");
            }
        }
        Api.Reply first = c.editor().post("/api/v1/councils/" + c.code() + "/assessments",
                Json.createObjectBuilder().add("answers", answers).build().toString());
        assertEquals(201, first.status(), first::toString);
        JsonObject levels = first.json().getJsonObject("levels");
        assertEquals(3, levels.getInt("leadership-strategy"));
        assertEquals(2, levels.getInt("digital-inclusion"));
        assertEquals(2, first.json().getInt("stage"));

        submit(c, 4, 3, 3, 3, 3, 3, 3, 3, 3);
        Api.Reply history = c.editor().get("/api/v1/councils/" + c.code() + "/assessments");
        assertEquals(200, history.status());
        var submissions = history.json().getJsonArray("assessments");
        assertEquals(2, submissions.size());
        assertEquals(4, submissions.getJsonObject(0).getJsonObject("levels").getInt("leadership-strategy"), "newest first");
        assertEquals("no", submissions.getJsonObject(1).getJsonObject("answers").getString("leadership-strategy-4"));
        assertEquals("partly", submissions.getJsonObject(1).getJsonObject("answers").getString("digital-inclusion-3"));
        assertEquals("yes", submissions.getJsonObject(1).getJsonObject("answers").getString("leadership-strategy-3"));
    }

    @Test
    void badSubmissionsAreRefusedWithTheFieldsNamed() {
        Council c = council("Maturity Errors Council");
        String path = "/api/v1/councils/" + c.code() + "/assessments";
        Api.Reply outOfRange = c.editor().post(path, TestData.levels(1, 2, 3, 4, 5, 6, 1, 1, 1));
        assertEquals(400, outOfRange.status());
        assertEquals(List.of("levels.data-openness"), Api.errorFields(outOfRange.json()));

        Api.Reply missing = c.editor().post(path, "{\"levels\":{\"leadership-strategy\":2,\"no-such-thing\":3}}");
        assertEquals(400, missing.status());
        List<String> fields = Api.errorFields(missing.json());
        assertTrue(fields.contains("levels.no-such-thing") && fields.contains("levels.skills-confidence"), fields::toString);

        Api.Reply partial = c.editor().post(path, "{\"answers\":{\"leadership-strategy-2\":\"maybe\"}}");
        assertEquals(400, partial.status());
        assertTrue(Api.errorFields(partial.json()).contains("answers.leadership-strategy-2"));

        assertEquals(400, c.editor().post(path, "{}").status(), "neither levels nor answers");
        assertEquals(400, c.editor().post(path, "{\"levels\":{\"leadership-strategy\":\"high\"}}").status());
        assertEquals(0, c.editor().get(path).json().getJsonArray("assessments").size(), "nothing half-written");
    }

    @Test
    void resultsArePrivateUntilTheCouncilSharesThem() {
        Council a = council("Maturity Private Council");
        Council b = council("Maturity Reader Council");
        submit(a, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        String path = "/api/v1/councils/" + a.code() + "/assessments";

        assertEquals(401, anonymous.get(path).status());
        assertEquals(403, b.editor().get(path).status(), "another council's editor");
        assertEquals(403, admin.get(path).status(), "not even an administrator");
        Api plainMember = anonymous.as(TestData.memberOf(admin, a.code(), "member", PASSWORD), PASSWORD);
        assertEquals(200, plainMember.get(path).status(), "every member of the council sees its own results");
        assertEquals(403, plainMember.post(path, TestData.levels(3, 3, 3, 3, 3, 3, 3, 3, 3)).status(), "only editors submit");
        assertEquals(403, b.editor().post(path, TestData.levels(3, 3, 3, 3, 3, 3, 3, 3, 3)).status());
        assertEquals(403, b.editor().get("/api/v1/councils/" + a.code() + "/peers").status());

        share(a, "linked");
        assertEquals(403, b.editor().get(path).status(), "shared with linked councils, and these are not linked");

        share(a, "members");
        Api.Reply shared = b.editor().get(path);
        assertEquals(200, shared.status());
        JsonObject latest = shared.json().getJsonArray("assessments").getJsonObject(0);
        assertEquals(2, latest.getJsonObject("levels").getInt("culture-risk"));
        assertFalse(latest.containsKey("answers") && !latest.isNull("answers"), "others see levels, never the answers");
        assertEquals(401, anonymous.get(path).status(), "sharing with members is never public");
        assertEquals(403, b.editor().put("/api/v1/councils/" + a.code() + "/peers/sharing", "{\"sharing\":\"private\"}").status());
    }

    @Test
    void peersAreExplainedAndOnlyCouncilsThatShareAreSuggested() {
        Council me = council("Maturity Peer Seeker");
        Council twin = council("Maturity Peer Twin");
        Council hidden = council("Maturity Peer Hidden");
        Council ahead = council("Maturity Peer Ahead");
        submit(me, 2, 2, 2, 1, 2, 2, 2, 2, 2);
        submit(twin, 2, 2, 2, 1, 2, 2, 2, 2, 2);
        submit(hidden, 2, 2, 2, 1, 2, 2, 2, 2, 2);
        submit(ahead, 3, 3, 3, 2, 3, 3, 3, 3, 3);
        share(twin, "members");
        share(ahead, "linked");

        assertEquals(403, hidden.editor().get("/api/v1/councils/" + me.code() + "/peers").status(),
                "another council's peers are not for us");
        Api.Reply reply = me.editor().get("/api/v1/councils/" + me.code() + "/peers");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject peers = reply.json();
        List<String> similar = peers.getJsonArray("similar").stream().map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(similar.contains(twin.code()), similar::toString);
        assertFalse(similar.contains(hidden.code()), "a private council is never suggested");
        JsonObject twinEntry = peers.getJsonArray("similar").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("code").equals(twin.code())).findFirst().orElseThrow();
        assertTrue(twinEntry.getJsonArray("reasons").getString(0).equals("same level on 9 of 9 dimensions"), twinEntry::toString);

        List<String> aheadOnServices = peers.getJsonObject("aheadOn").getJsonArray("services-online").stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(aheadOnServices.contains(ahead.code()), "services online is the weakest dimension: " + aheadOnServices);
        assertFalse(peers.getJsonObject("aheadOn").getJsonArray("services-online").toString().contains("\"level\""),
                "a council a step ahead is named, its levels are not");
        assertTrue(peers.getJsonArray("cohort").stream().anyMatch(v -> v.asJsonObject().getString("code").equals(twin.code())));
    }

    @Test
    void aCouncilThatHasNotAssessedIsToldWhyThereAreNoPeers() {
        Council c = council("Maturity Newcomer");
        Api.Reply reply = c.editor().get("/api/v1/councils/" + c.code() + "/peers");
        assertEquals(409, reply.status());
        assertTrue(reply.json().getString("detail").contains("has not submitted a self-assessment yet"), reply::toString);
    }

    @Test
    void linkedCouncilsSeeEachOthersSharedLevelsAndTheEditorsAreEmailed() {
        Council a = council("Maturity Link Asker");
        Council b = council("Maturity Link Answerer");
        submit(a, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        share(a, "linked");
        String path = "/api/v1/councils/" + a.code() + "/assessments";
        assertEquals(403, b.editor().get(path).status());

        Api.Reply asked = a.editor().post("/api/v1/links", Json.createObjectBuilder().add("council", b.code())
                .add("message", "We would like to learn about your webcasts").build().toString());
        assertEquals(201, asked.status(), asked::toString);
        long id = asked.json().getJsonNumber("id").longValue();
        assertEquals("requested", asked.json().getString("state"));
        assertTrue(server.mail().await(b.editorEmail(), "asks to link with your council").body()
                .contains("We would like to learn about your webcasts"));

        assertEquals(409, a.editor().post("/api/v1/links", "{\"council\":\"" + b.code() + "\"}").status(), "asked already");
        assertEquals(409, b.editor().post("/api/v1/links", "{\"council\":\"" + a.code() + "\"}").status(), "either way round");
        assertEquals(404, a.editor().post("/api/v1/links/" + id + "/accept", "").status(), "the asker cannot accept for the other");
        assertEquals(400, a.editor().post("/api/v1/links", "{\"council\":\"" + a.code() + "\"}").status());

        Api.Reply accepted = b.editor().post("/api/v1/links/" + id + "/accept", "");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("accepted", accepted.json().getString("state"));
        server.mail().await(a.editorEmail(), "accepted your link request");
        assertEquals(200, b.editor().get(path).status(), "linked and shared with linked councils");
        assertEquals(409, b.editor().post("/api/v1/links/" + id + "/decline", "").status(), "answered already");

        assertEquals(204, a.editor().delete("/api/v1/links/" + id).status());
        assertEquals(403, b.editor().get(path).status(), "an ended link shares nothing");
    }
}
