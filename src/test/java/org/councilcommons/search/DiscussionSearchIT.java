package org.councilcommons.search;

import static org.councilcommons.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Threads and replies in search results, with the type filter, following edits and moderation. */
@ExtendWith(RunningServer.class)
class DiscussionSearchIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    static JsonObject search(Api who, String query) {
        Api.Reply r = who.get("/api/v1/search?" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }


    @Test
    void threadsAndRepliesAreFoundWithTheirTypeAndLeaveWhenHidden(RunningServer.Server server) throws Exception {
        Api anonymous = new Api(server);
        Api admin = anonymous.asAdministrator();
        String code = TestData.registerCouncil(admin, "Discussion Search Council");
        Api alice = anonymous.as(TestData.memberOf(admin, code, "member", PASSWORD), PASSWORD);
        String word = "quixdisc" + code.substring(3);
        long thread = alice.post("/api/v1/threads", Json.createObjectBuilder().add("title", "Mainframe exit " + word)
                .add("body", "Who has moved off a mainframe?").add("category", "legacy-systems").build().toString())
                .json().getJsonNumber("id").longValue();
        int reply = admin.post("/api/v1/threads/" + thread + "/posts", "{\"body\":\"We did, see the replyword" + word + " notes\"}")
                .json().getInt("number");

        waitFor(() -> search(anonymous, "q=" + word + "&type=thread").getInt("total") == 1, "the thread is searchable");
        JsonObject hit = search(anonymous, "q=" + word + "&type=thread").getJsonArray("results").getJsonObject(0);
        assertEquals("thread", hit.getString("type"));
        assertEquals("/threads/" + thread, hit.getString("url"));
        waitFor(() -> search(anonymous, "q=replyword" + word + "&type=post").getInt("total") == 1, "the reply is searchable");
        assertTrue(search(anonymous, "q=replyword" + word + "&type=post").getJsonArray("results").getJsonObject(0)
                .getString("url").endsWith("#post-" + reply));
        assertEquals(1, search(anonymous, "q=" + word + "&type=thread&barrier=legacy-systems").getInt("total"),
                "a thread in a barrier's category carries the barrier");
        assertTrue(search(anonymous, "q=" + word).getJsonObject("facets").getJsonArray("type").toString().contains("thread"));

        assertEquals(204, admin.post("/api/v1/threads/" + thread + "/posts/" + reply + "/hide", "{\"reason\":\"test\"}").status());
        waitFor(() -> search(anonymous, "q=replyword" + word).getInt("total") == 0, "a hidden reply leaves search");
        assertEquals(0, search(anonymous, "q=" + word + "&type=case_study").getInt("total"));
    }
}
