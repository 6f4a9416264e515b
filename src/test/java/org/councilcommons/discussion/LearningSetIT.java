package org.councilcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A maturity cohort's discussion space: written by councils at its stage, read by members, kept out of public search. */
@ExtendWith(RunningServer.class)
class LearningSetIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    static Api councilAtStage(Api anonymous, Api admin, String name, int level) {
        String code = TestData.registerCouncil(admin, name);
        Api editor = anonymous.as(TestData.memberOf(admin, code, "editor", PASSWORD), PASSWORD);
        assertEquals(201, editor.post("/api/v1/councils/" + code + "/assessments", TestData.levelsAll(level)).status());
        return editor;
    }

    static String thread(String category, String title) {
        return Json.createObjectBuilder().add("title", title).add("body", "Where did you start?").add("category", category)
                .build().toString();
    }

    @Test
    void councilsAtTheStageWriteMembersReadAndTheRestOfTheWorldDoesNot(RunningServer.Server server) throws Exception {
        Api anonymous = new Api(server);
        Api admin = anonymous.asAdministrator();
        Api developing = councilAtStage(anonymous, admin, "Learning Set Developing", 2);
        Api advanced = councilAtStage(anonymous, admin, "Learning Set Advanced", 4);
        String word = "cohortword" + System.nanoTime();

        Api.Reply started = developing.post("/api/v1/threads", thread("learning-set-2", "Our first service redesign " + word));
        assertEquals(201, started.status(), started::toString);
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals(403, advanced.post("/api/v1/threads", thread("learning-set-2", "Not our stage")).status());
        assertEquals(403, advanced.post("/api/v1/threads/" + id + "/posts", "{\"body\":\"hello\"}").status());
        assertEquals(201, admin.post("/api/v1/threads/" + id + "/posts", "{\"body\":\"A moderator may\"}").status());

        assertEquals(200, advanced.get("/api/v1/threads/" + id).status(), "members read");
        assertEquals(401, anonymous.get("/api/v1/threads/" + id).status());
        assertEquals(401, anonymous.get("/api/v1/threads?category=learning-set-2").status());
        assertEquals(404, anonymous.send("GET", "/discussions/learning-set-2/feed", null, null, "Accept", "application/atom+xml").status());

        // a public thread posted afterwards is searchable; by then the learning set's would have been too
        String control = "controlword" + System.nanoTime();
        assertEquals(201, developing.post("/api/v1/threads", thread("skills", "Public " + control)).status());
        long deadline = System.currentTimeMillis() + 30_000;
        while (anonymous.get("/api/v1/search?q=" + control).json().getInt("total") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, anonymous.get("/api/v1/search?q=" + control).json().getInt("total"), "the public thread is indexed");
        assertEquals(0, anonymous.get("/api/v1/search?q=" + word).json().getInt("total"), "the learning set's is not");
    }
}
