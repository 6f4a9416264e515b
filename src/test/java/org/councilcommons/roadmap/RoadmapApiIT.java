package org.councilcommons.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.Eventually;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The learning roadmap through the API: the network roadmap, councils' own roadmaps, privacy and reminders. */
@ExtendWith(RunningServer.class)
class RoadmapApiIT {

    static final String PASSWORD = "brass lanterns at dawn 77";
    /** The seeded steps, as the article's advice was written up. */
    static final Set<String> SEEDED = Set.of("pioneers-group", "senior-backing", "digital-in-every-role",
            "social-media-office-chamber", "open-about-channel-shift", "staff-digital-inclusion", "name-risks-openly",
            "fix-the-plumbing");

    static RunningServer.Server server;
    static Api anonymous;
    static Api admin;

    @BeforeAll
    static void setUp(RunningServer.Server s) {
        server = s;
        anonymous = new Api(s);
        admin = anonymous.asAdministrator();
    }

    record Person(long id, String email, Api api) {}

    record Council(String code, Person editor, Person member) {
        String roadmap() {
            return "/api/v1/councils/" + code + "/roadmap";
        }
    }

    static Person person(String code, String role) {
        String email = role + "." + code.toLowerCase() + "." + System.nanoTime() + "@example.org";
        Api.Reply reply = admin.post("/api/v1/admin/members", Json.createObjectBuilder().add("email", email)
                .add("name", "Roadmap " + role + " " + code).add("roles", Json.createArrayBuilder().add(role))
                .add("councilCode", code).add("password", PASSWORD).build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return new Person(reply.json().getJsonNumber("id").longValue(), email, anonymous.as(email, PASSWORD));
    }

    static Council council(String name) {
        String code = TestData.registerCouncil(admin, name);
        return new Council(code, person(code, "editor"), person(code, "member"));
    }

    static long submit(Council c, int... levels) {
        Api.Reply reply = c.editor().api().post("/api/v1/councils/" + c.code() + "/assessments", TestData.levels(levels));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static void share(Council c, String sharing) {
        Api.Reply reply = c.editor().api().put("/api/v1/councils/" + c.code() + "/peers/sharing",
                Json.createObjectBuilder().add("sharing", sharing).build().toString());
        assertEquals(200, reply.status(), reply::toString);
    }

    static List<String> keys(JsonObject roadmap) {
        return roadmap.getJsonArray("steps").stream().map(s -> s.asJsonObject().getString("key"))
                .filter(SEEDED::contains).toList();
    }

    static JsonObjectBuilder step(String key, String status) {
        return Json.createObjectBuilder().add("key", key).add("status", status);
    }

    static String body(Integer version, JsonObjectBuilder... steps) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder s : steps) {
            array.add(s);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("steps", array);
        if (version != null) {
            body.add("version", version);
        }
        return body.build().toString();
    }

    @Test
    void theNetworkRoadmapIsPublicAndCoversEveryDimension() {
        Api.Reply reply = anonymous.get("/api/v1/roadmap");
        assertEquals(200, reply.status(), reply::toString);
        List<JsonObject> stages = reply.json().getJsonArray("stages").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("people-and-permission", "skills-and-openness", "safe-to-try"),
                stages.stream().map(s -> s.getString("key")).limit(3).toList(), "the seeded stages, in order");
        Set<String> keys = new HashSet<>();
        Set<String> dimensions = new HashSet<>();
        stages.forEach(s -> s.getJsonArray("steps").forEach(step -> {
            keys.add(step.asJsonObject().getString("key"));
            step.asJsonObject().getJsonArray("dimensions").forEach(d -> dimensions.add(((jakarta.json.JsonString) d).getString()));
        }));
        assertTrue(keys.containsAll(SEEDED), keys::toString);
        assertTrue(dimensions.containsAll(TestData.DIMENSIONS), "every maturity dimension has a step that moves it");

        JsonObject pioneers = anonymous.get("/api/v1/roadmap/steps/pioneers-group").json();
        assertEquals("Let early adopters lead, and pull others up", pioneers.getString("title"));
        assertEquals(List.of("leadership-strategy", "culture-risk", "skills-confidence"),
                pioneers.getJsonArray("dimensions").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertFalse(pioneers.getString("doneLooksLike").isBlank());
        assertEquals(0, pioneers.getJsonArray("completedBy").size(), "who completed it is for members only");
        assertEquals(404, anonymous.get("/api/v1/roadmap/steps/no-such-step").status());
    }

    @Test
    void aStepGathersCaseStudiesFromSearchAndItsThread() throws InterruptedException {
        Council c = council("Roadmap Pioneers Council");
        Api editor = c.editor().api();
        JsonObject draft = editor.post("/api/v1/case-studies", TestData.caseStudy(c.code(),
                "A working group of digital pioneers and early adopters").build().toString()).json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(200, editor.post("/api/v1/case-studies/" + id + "/publish", "").status());
        Eventually.waitFor(() -> anonymous.get("/api/v1/roadmap/steps/pioneers-group").json().getJsonArray("caseStudies")
                .stream().anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == id), "the case study on the step");

        Api.Reply started = c.member().api().post("/api/v1/threads", Json.createObjectBuilder()
                .add("category", "roadmap").add("title", "How did you find your pioneers?")
                .add("body", "We have a few enthusiasts and want to bring them together.").add("stepKey", "senior-backing")
                .build().toString());
        assertEquals(201, started.status(), started::toString);
        long thread = started.json().getJsonNumber("id").longValue();
        JsonObject step = anonymous.get("/api/v1/roadmap/steps/senior-backing").json();
        assertFalse(step.isNull("threadId"));
        assertTrue(step.getJsonArray("threads").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == thread));

        Api.Reply unknown = c.member().api().post("/api/v1/threads", Json.createObjectBuilder()
                .add("category", "roadmap").add("title", "Lost").add("body", "About nothing.").add("stepKey", "no-such-step")
                .build().toString());
        assertEquals(400, unknown.status());
        assertEquals(List.of("step"), Api.errorFields(unknown.json()));
    }

    @Test
    void aCouncilsRoadmapIsProposedFromItsLatestAssessmentWeakestFirst() {
        Council c = council("Roadmap Proposal Council");
        JsonObject before = c.member().api().get(c.roadmap()).json();
        assertFalse(before.getBoolean("saved"));
        assertEquals(0, before.getJsonArray("steps").size(), "nothing to propose before a self-assessment");

        // leadership 3, skills 2, culture 3, services 4, technology 4, data 5, inclusion 1, funding 3, democracy 5
        long assessment = submit(c, 3, 2, 3, 4, 4, 5, 1, 3, 5);

        JsonObject proposed = c.member().api().get(c.roadmap()).json();
        assertFalse(proposed.getBoolean("saved"));
        assertEquals(assessment, proposed.getJsonNumber("basedOnAssessment").longValue());
        // by hand: inclusion (1) first; the level-2 skills steps in network order; at level 3 the steps moving two
        // dimensions at that level (leadership and culture) before those moving one
        assertEquals(List.of("staff-digital-inclusion", "pioneers-group", "digital-in-every-role",
                "open-about-channel-shift", "senior-backing", "name-risks-openly", "social-media-office-chamber",
                "fix-the-plumbing"), keys(proposed));
        JsonObject first = proposed.getJsonArray("steps").getJsonObject(0);
        assertEquals("Moves your weakest dimension, Digital inclusion (level 1, Starting)", first.getString("reason"));
        assertEquals("not-started", first.getString("status"));
    }

    @Test
    void editorsSaveOrderOwnersDatesAndStatusesAndBadInputChangesNothing() {
        Council c = council("Roadmap Tracking Council");
        Council other = council("Roadmap Other Council");
        submit(c, 3, 2, 3, 4, 4, 5, 1, 3, 5);
        Api editor = c.editor().api();

        Api.Reply saved = editor.put(c.roadmap(), body(null,
                step("pioneers-group", "in-progress").add("owner", c.member().id()).add("targetDate", "2027-03-31")
                        .add("notes", "First meeting booked"),
                step("staff-digital-inclusion", "not-started")));
        assertEquals(200, saved.status(), saved::toString);
        JsonObject roadmap = saved.json();
        assertTrue(roadmap.getBoolean("saved"));
        assertEquals(List.of("pioneers-group", "staff-digital-inclusion"), keys(roadmap));
        JsonObject pioneers = roadmap.getJsonArray("steps").getJsonObject(0);
        assertEquals("in-progress", pioneers.getString("status"));
        assertEquals(c.member().id(), pioneers.getJsonNumber("owner").longValue());
        assertEquals("Roadmap member " + c.code(), pioneers.getString("ownerName"));
        assertEquals("2027-03-31", pioneers.getString("targetDate"));
        assertEquals("Moves Skills and confidence (level 2, Developing)", pioneers.getString("reason"), "the proposal's reason is kept");
        assertTrue(server.mail().await(c.member().email(), "you own").body().contains("/roadmap/steps/pioneers-group"),
                "a member given a step is told");
        int version = roadmap.getInt("version");

        Api.Reply bad = editor.put(c.roadmap(), body(version,
                step("pioneers-group", "done"),
                step("no-such-step", "done"),
                step("staff-digital-inclusion", "finished").add("targetDate", "31/03/2027").add("owner", other.editor().id()),
                step("pioneers-group", "in-progress")));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("steps[0].evidence", "steps[1].key", "steps[2].status", "steps[2].owner",
                "steps[2].targetDate", "steps[3].key"), Api.errorFields(bad.json()));
        assertEquals(roadmap, editor.get(c.roadmap()).json(), "a refused change writes nothing");

        assertEquals(403, c.member().api().put(c.roadmap(), body(version, step("pioneers-group", "done"))).status(),
                "members read their roadmap; editors change it");
        assertEquals(403, other.editor().api().put(c.roadmap(), body(version, step("pioneers-group", "done"))).status());

        Api.Reply done = editor.put(c.roadmap(), body(version,
                step("staff-digital-inclusion", "in-progress"),
                step("pioneers-group", "done").add("evidence", "The group met six times; 40 colleagues came to its sessions")));
        assertEquals(200, done.status(), done::toString);
        assertEquals(List.of("staff-digital-inclusion", "pioneers-group"), keys(done.json()));
        assertNotEquals(version, done.json().getInt("version"));
        JsonObject completed = done.json().getJsonArray("steps").getJsonObject(1);
        assertTrue(!completed.containsKey("owner") || completed.isNull("owner"), "a full save: an owner left out is cleared");

        Api.Reply stale = editor.put(c.roadmap(), body(version, step("pioneers-group", "dropped")));
        assertEquals(409, stale.status(), "a save from an old copy would overwrite someone else's change");

        Api.Reply notDone = editor.post(c.roadmap() + "/steps/staff-digital-inclusion/case-study", "");
        assertEquals(400, notDone.status(), notDone::toString);
        Api.Reply draft = editor.post(c.roadmap() + "/steps/pioneers-group/case-study", "");
        assertEquals(201, draft.status(), draft::toString);
        long caseStudy = draft.json().getJsonNumber("caseStudyId").longValue();
        JsonObject written = editor.get("/api/v1/case-studies/" + caseStudy).json();
        assertEquals("draft", written.getString("state"));
        assertEquals("Let early adopters lead, and pull others up", written.getString("title"));
        assertTrue(written.getString("body").contains("40 colleagues came to its sessions"));
        assertEquals(caseStudy, editor.post(c.roadmap() + "/steps/pioneers-group/case-study", "").json()
                .getJsonNumber("caseStudyId").longValue(), "asking twice gives the same draft");
        assertEquals(caseStudy, editor.get(c.roadmap()).json().getJsonArray("steps").getJsonObject(1)
                .getJsonNumber("caseStudyId").longValue());
    }

    @Test
    void aCouncilsRoadmapIsReadAsItSharesItsMaturityResults() throws InterruptedException {
        Council a = council("Roadmap Private Council");
        Council b = council("Roadmap Reader Council");
        submit(a, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        assertEquals(200, a.editor().api().put(a.roadmap(), body(null,
                step("senior-backing", "done").add("evidence", "Cabinet agreed the digital strategy in May"))).status());

        assertEquals(200, a.member().api().get(a.roadmap()).status(), "the council's own members");
        assertEquals(401, anonymous.get(a.roadmap()).status());
        assertEquals(403, b.editor().api().get(a.roadmap()).status(), "private by default");
        assertEquals(403, admin.get(a.roadmap()).status(), "not even administrators");
        assertFalse(completedBy(b, "senior-backing").contains(a.code()));

        share(a, "members");
        assertEquals(200, b.member().api().get(a.roadmap()).status());
        assertTrue(completedBy(b, "senior-backing").contains(a.code()), "a sharing council is shown as having done it");

        share(a, "linked");
        assertEquals(403, b.member().api().get(a.roadmap()).status(), "not linked yet");
        long link = a.editor().api().post("/api/v1/links", Json.createObjectBuilder().add("council", b.code()).build().toString())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, b.editor().api().post("/api/v1/links/" + link + "/accept", "").status());
        assertEquals(200, b.member().api().get(a.roadmap()).status(), "linked councils see it");
        assertTrue(completedBy(b, "senior-backing").contains(a.code()));
        assertEquals(404, b.member().api().get("/api/v1/councils/W99000000/roadmap").status());
    }

    static List<String> completedBy(Council reader, String step) {
        return reader.member().api().get("/api/v1/roadmap/steps/" + step).json().getJsonArray("completedBy").stream()
                .map(c -> c.asJsonObject().getString("code")).toList();
    }

    @Test
    void aNewAssessmentShowsWhatMovedAndRefreshProposesTheNextSteps() {
        Council c = council("Roadmap Refresh Council");
        // technology, data and funding at 5: nothing proposed for the plumbing step yet
        long first = submit(c, 3, 3, 3, 3, 5, 5, 2, 5, 3);
        Api editor = c.editor().api();
        JsonObject proposal = editor.get(c.roadmap()).json();
        assertFalse(keys(proposal).contains("fix-the-plumbing"));
        int version = editor.put(c.roadmap(), body(null,
                step("staff-digital-inclusion", "done").add("evidence", "Laptops and lessons for 30 staff"),
                step("pioneers-group", "not-started"),
                step("senior-backing", "in-progress"))).json().getInt("version");

        long second = submit(c, 3, 3, 3, 3, 5, 5, 3, 2, 3); // inclusion 2 → 3, funding 5 → 2
        JsonObject after = editor.get(c.roadmap()).json();
        assertEquals(first, after.getJsonNumber("basedOnAssessment").longValue());
        assertEquals(second, after.getJsonNumber("latestAssessment").longValue());
        assertEquals(List.of("digital-inclusion:2>3", "funding-investment:5>2"), after.getJsonArray("moved").stream()
                .map(JsonValue::asJsonObject).map(m -> m.getString("dimension") + ":" + m.getInt("before") + ">" + m.getInt("after"))
                .toList());
        JsonObject plumbing = after.getJsonArray("proposedSteps").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("key").equals("fix-the-plumbing")).findFirst().orElseThrow();
        assertEquals("Moves your weakest dimension, Funding and investment (level 2, Developing)", plumbing.getString("reason"));

        Api.Reply refreshed = editor.post(c.roadmap() + "/refresh?version=" + version, "");
        assertEquals(200, refreshed.status(), refreshed::toString);
        JsonObject now = refreshed.json();
        assertEquals(second, now.getJsonNumber("basedOnAssessment").longValue());
        assertEquals(0, now.getJsonArray("moved").size());
        assertEquals(0, now.getJsonArray("proposedSteps").size());
        List<String> order = keys(now);
        assertEquals("senior-backing", order.getFirst(), "steps in progress stay first");
        assertEquals("fix-the-plumbing", order.get(1), "the new weakest dimension's step leads the rest");
        assertEquals("staff-digital-inclusion", order.getLast(), "done steps go last, kept");
        JsonObject last = now.getJsonArray("steps").getJsonObject(now.getJsonArray("steps").size() - 1);
        assertEquals("staff-digital-inclusion:done", last.getString("key") + ":" + last.getString("status"));
        assertEquals(409, editor.post(c.roadmap() + "/refresh?version=" + version, "").status(), "an old version");
    }

    @Test
    void overdueStepsAndStaleCaseStudiesPromptTheirOwnersOnce() throws InterruptedException {
        Council c = council("Roadmap Reminder Council");
        submit(c, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        String yesterday = LocalDate.now().minusDays(1).toString();
        assertEquals(200, c.editor().api().put(c.roadmap(), body(null,
                step("name-risks-openly", "in-progress").add("owner", c.member().id()).add("targetDate", yesterday),
                step("fix-the-plumbing", "not-started").add("targetDate", yesterday),
                step("pioneers-group", "done").add("targetDate", yesterday).add("evidence", "Done and dusted"))).status());
        long caseStudy = c.editor().api().post("/api/v1/case-studies", TestData.caseStudy(c.code(),
                "Our reminder-worthy webcasts").build().toString()).json().getJsonNumber("id").longValue();
        assertEquals(200, c.editor().api().post("/api/v1/case-studies/" + caseStudy + "/publish", "").status());
        Thread.sleep((RunningServer.STALE_AFTER_SECONDS + 1) * 1000L);

        assertEquals(403, c.editor().api().post("/api/v1/roadmap/reminders", "").status());
        Api.Reply sent = admin.post("/api/v1/roadmap/reminders", "");
        assertEquals(200, sent.status(), sent::toString);
        assertTrue(sent.json().getInt("overdueSteps") >= 2, sent::toString);

        var owner = server.mail().await(c.member().email(), "was due on");
        assertTrue(owner.subject().contains("Name risks openly"), owner::toString);
        assertTrue(owner.body().contains("/councils/" + c.code() + "/roadmap#step-name-risks-openly"), owner::body);
        var unowned = server.mail().await(c.editor().email(), "was due on");
        assertTrue(unowned.subject().contains("Fix the plumbing"), "a step without an owner goes to the editors");
        var stale = server.mail().await(c.editor().email(), "still up to date");
        assertTrue(stale.subject().contains("Our reminder-worthy webcasts"));
        assertTrue(stale.body().contains("/manage/case-studies/" + caseStudy + "/edit"));

        admin.post("/api/v1/roadmap/reminders", "");
        Thread.sleep(1000); // mail is sent after the commit: give a wrongly repeated reminder the time to arrive
        assertEquals(1, reminders(c.member().email(), "was due on"), "once a week at most, not on every run");
        assertEquals(1, reminders(c.editor().email(), "was due on"), "the done step is never chased");
        assertEquals(1, reminders(c.editor().email(), "still up to date"), "a stale case study once per period");
    }

    static long reminders(String to, String subject) {
        return server.mail().to(to).stream().filter(m -> m.subject().contains(subject)).count();
    }

    @Test
    void moderatorsCurateStepsAndEveryEditIsKept() {
        String key = "it-step-" + System.nanoTime();
        Council c = council("Roadmap Curation Council");
        assertEquals(403, c.editor().api().post("/api/v1/roadmap/steps", curated(key, "Share what did not work", null)).status(),
                "council editors do not curate the network roadmap");
        Api.Reply added = admin.post("/api/v1/roadmap/steps", curated(key, "Share what did not work", null));
        assertEquals(201, added.status(), added::toString);
        assertEquals(1, added.json().getInt("revision"));
        int version = added.json().getInt("version");
        assertTrue(anonymous.get("/api/v1/roadmap").body().contains(key));

        Api.Reply bad = admin.put("/api/v1/roadmap/steps/" + key, Json.createObjectBuilder().add("stage", "nowhere")
                .add("title", " ").add("summary", "s").add("doneLooksLike", "d").add("evidence", "e")
                .add("dimensions", Json.createArrayBuilder().add("astrology")).add("searchTerms", "x").build().toString());
        assertEquals(400, bad.status());
        assertEquals(List.of("stage", "title", "dimensions"), Api.errorFields(bad.json()));

        Api.Reply edited = admin.put("/api/v1/roadmap/steps/" + key, curated(key, "Share what did not work, and why", version));
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(2, edited.json().getInt("revision"));
        assertEquals(409, admin.put("/api/v1/roadmap/steps/" + key, curated(key, "Something else", version)).status(),
                "an edit from an old copy");

        List<JsonObject> revisions = anonymous.get("/api/v1/roadmap/steps/" + key + "/revisions").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(2, 1), revisions.stream().map(r -> r.getInt("revision")).toList());
        assertEquals("Share what did not work", revisions.get(1).getString("title"), "the earlier text is kept");
        assertEquals(400, admin.post("/api/v1/roadmap/steps", curated(key, "Again", null)).status(), "the key is taken");
    }

    @Test
    void moderatorsCurateStagesAndEveryEditIsKept() {
        String key = "it-stage-" + System.nanoTime();
        String stage = Json.createObjectBuilder().add("key", key).add("name", "Share the load")
                .add("summary", "Councils take on pieces of work for each other.").build().toString();
        Council c = council("Roadmap Stage Council");
        assertEquals(403, c.editor().api().post("/api/v1/roadmap/stages", stage).status());
        Api.Reply added = admin.post("/api/v1/roadmap/stages", stage);
        assertEquals(201, added.status(), added::toString);
        assertTrue(anonymous.get("/api/v1/roadmap").body().contains(key), "a new stage is shown, empty, after the others");
        int version = added.json().getInt("version");

        Api.Reply bad = admin.put("/api/v1/roadmap/stages/" + key, "{\"name\":\" \",\"summary\":\"\"}");
        assertEquals(400, bad.status());
        assertEquals(List.of("name", "summary"), Api.errorFields(bad.json()));
        Api.Reply edited = admin.put("/api/v1/roadmap/stages/" + key, Json.createObjectBuilder().add("name", "Share the work")
                .add("summary", "Councils take on pieces of work for each other.").add("version", version).build().toString());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(2, edited.json().getInt("revision"));
        assertEquals(409, admin.put("/api/v1/roadmap/stages/" + key, Json.createObjectBuilder().add("name", "Late")
                .add("summary", "Too late.").add("version", version).build().toString()).status(), "an edit from an old copy");
        assertEquals(List.of("Share the work", "Share the load"), anonymous.get("/api/v1/roadmap/stages/" + key + "/revisions")
                .array().stream().map(r -> r.asJsonObject().getString("name")).toList());
        assertEquals(404, anonymous.get("/api/v1/roadmap/stages/no-such-stage").status());
    }

    static String curated(String key, String title, Integer version) {
        JsonObjectBuilder step = Json.createObjectBuilder().add("key", key).add("stage", "safe-to-try")
                .add("title", title).add("summary", "Failures teach as much as successes.")
                .add("doneLooksLike", "A stopped project is written up.").add("evidence", "The case study.")
                .add("dimensions", Json.createArrayBuilder().add("culture-risk")).add("searchTerms", "stopped project lessons");
        if (version != null) {
            step.add("version", version);
        }
        return step.build().toString();
    }
}
