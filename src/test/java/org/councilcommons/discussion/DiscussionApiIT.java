package org.councilcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Threads and posts through the API: posting, retries, editing, answers, flags and moderators' powers. */
@ExtendWith(RunningServer.class)
class DiscussionApiIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    static Api anonymous;
    static Api admin;
    static Api alice;
    static Api bob;
    static String council;

    @BeforeAll
    static void setUp(RunningServer.Server server) {
        anonymous = new Api(server);
        admin = anonymous.asAdministrator();
        council = TestData.registerCouncil(admin, "Discussion Test Council");
        alice = anonymous.as(TestData.memberOf(admin, council, "member", PASSWORD), PASSWORD);
        bob = anonymous.as(TestData.memberOf(admin, council, "member", PASSWORD), PASSWORD);
    }

    static String thread(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body).add("category", "legacy-systems").build().toString();
    }

    static long start(Api who, String title) {
        Api.Reply reply = who.post("/api/v1/threads", thread(title, "How did you **replace** your CRM?"));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static JsonObject reply(Api who, long thread, String body) {
        Api.Reply reply = who.post("/api/v1/threads/" + thread + "/posts", Json.createObjectBuilder().add("body", body).build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void categoriesAreSeededFromTheBarriers() {
        List<String> keys = anonymous.get("/api/v1/categories").array().stream()
                .map(v -> v.asJsonObject().getString("key")).toList();
        assertTrue(keys.containsAll(List.of("legacy-systems", "digital-inclusion", "channel-shift", "social-media")), keys::toString);
    }

    @Test
    void aThreadIsReadByAllAndWrittenBySignedInMembersWithNumberedPosts() {
        long id = start(alice, "Replacing our CRM");
        reply(bob, id, "We did it in *two* phases.");
        JsonObject thread = anonymous.get("/api/v1/threads/" + id).json();
        assertEquals("Replacing our CRM", thread.getString("title"));
        assertEquals(2, thread.getInt("postCount"));
        JsonObject second = thread.getJsonArray("posts").getJsonObject(1);
        assertEquals(2, second.getInt("number"));
        assertEquals("<p>We did it in <em>two</em> phases.</p>\n", second.getString("html"));
        assertEquals("We did it in *two* phases.", second.getString("raw"), "the Markdown is kept beside the HTML");
        assertEquals(401, anonymous.post("/api/v1/threads/" + id + "/posts", "{\"body\":\"hi\"}").status());
        assertTrue(anonymous.get("/api/v1/threads?category=legacy-systems").body().contains("Replacing our CRM"));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOnePost() {
        long id = start(alice, "Retries");
        String body = "{\"body\":\"Posted once, sent twice\"}";
        Api.Reply first = bob.send("POST", "/api/v1/threads/" + id + "/posts", "application/json", body, "Idempotency-Key", "retry-1");
        Api.Reply again = bob.send("POST", "/api/v1/threads/" + id + "/posts", "application/json", body, "Idempotency-Key", "retry-1");
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status());
        assertEquals(first.json().getInt("number"), again.json().getInt("number"));
        assertEquals(2, anonymous.get("/api/v1/threads/" + id).json().getInt("postCount"), "one reply, not two");

        String t = thread("Started once", "Sent twice");
        long a = alice.send("POST", "/api/v1/threads", "application/json", t, "Idempotency-Key", "start-1").json().getJsonNumber("id").longValue();
        long b = alice.send("POST", "/api/v1/threads", "application/json", t, "Idempotency-Key", "start-1").json().getJsonNumber("id").longValue();
        assertEquals(a, b);
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateOnePostAndNoServerError() throws Exception {
        long id = start(alice, "Simultaneous retries");
        String body = "{\"body\":\"Sent eight times at once\"}";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit(() -> bob.send("POST", "/api/v1/threads/" + id + "/posts", "application/json", body,
                        "Idempotency-Key", "same-moment").status()));
            }
            for (var f : sent) {
                int status = f.get();
                assertTrue(status == 201 || status == 409, "201 or a clear 409, never a 500: " + status);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, anonymous.get("/api/v1/threads/" + id).json().getInt("postCount"), "one reply, not eight");
    }

    @Test
    void aThreadCanBeAboutACouncil() {
        Api.Reply about = alice.post("/api/v1/threads", Json.createObjectBuilder().add("title", "Reading's app for young people")
                .add("body", "How did you reach young people?").add("category", "digital-inclusion").add("councilCode", "E06000038")
                .build().toString());
        assertEquals(201, about.status(), about::toString);
        long id = about.json().getJsonNumber("id").longValue();
        assertTrue(anonymous.get("/api/v1/threads?category=digital-inclusion&size=100").body().contains("\"councilId\""));
        Api.Reply unknown = alice.post("/api/v1/threads", Json.createObjectBuilder().add("title", "Nowhere")
                .add("body", "?").add("category", "skills").add("councilCode", "E99999999").build().toString());
        assertEquals(List.of("council"), Api.errorFields(unknown.json()));
        assertTrue(anonymous.get("/councils/E06000038").body().contains("/threads/" + id),
                "the council's page lists the discussions about it");
    }

    @Test
    void badPostsAreRefusedWithTheFieldNamed() {
        Api.Reply empty = alice.post("/api/v1/threads", "{\"title\":\"\",\"body\":\" \",\"category\":\"nope\"}");
        assertEquals(400, empty.status());
        assertEquals(List.of("category", "title", "body"), Api.errorFields(empty.json()));
        long id = start(alice, "Too long");
        Api.Reply huge = alice.post("/api/v1/threads/" + id + "/posts", Json.createObjectBuilder().add("body", "x".repeat(20_001)).build().toString());
        assertEquals(400, huge.status());
        assertEquals(404, alice.post("/api/v1/threads/99999999/posts", "{\"body\":\"hi\"}").status());
    }

    @Test
    void editsKeepRevisionsAndOnlyTheAuthorOrAModeratorEdits() {
        long id = start(alice, "Edits");
        JsonObject post = reply(bob, id, "First words");
        String path = "/api/v1/threads/" + id + "/posts/" + post.getInt("number");
        assertEquals(403, alice.put(path, "{\"body\":\"Not mine to change\"}").status());
        Api.Reply edited = bob.put(path, "{\"body\":\"Better words\"}");
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("<p>Better words</p>\n", edited.json().getString("html"));
        JsonObject revision = bob.get(path + "/revisions").array().getJsonObject(0);
        assertEquals("First words", revision.getString("raw"));
        assertEquals(200, admin.put(path, "{\"body\":\"Moderated words\"}").status(), "moderators always can");
    }

    @Test
    void theAuthorAcceptsAnAnswerAndSolvedThreadsCanBeListed() {
        long id = start(alice, "Which webcast supplier?");
        int number = reply(bob, id, "We use a framework contract").getInt("number");
        assertEquals(403, bob.post("/api/v1/threads/" + id + "/accept", "{\"post\":" + number + "}").status());
        Api.Reply accepted = alice.post("/api/v1/threads/" + id + "/accept", "{\"post\":" + number + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertTrue(accepted.json().getBoolean("solved"));
        assertTrue(anonymous.get("/api/v1/threads?filter=solved&size=100").body().contains("Which webcast supplier?"));
        assertEquals(true, alice.post("/api/v1/threads/" + id + "/posts/" + number + "/helpful", "").json().getBoolean("helpful"));
        assertEquals(400, bob.post("/api/v1/threads/" + id + "/posts/" + number + "/helpful", "").status(), "not your own");
    }

    @Test
    void threeFlagsHideAPostUntilAModeratorReviewsItAndTheReasonIsShown() {
        long id = start(alice, "Flagged");
        int number = reply(alice, id, "Buy cheap watches").getInt("number");
        String post = "/api/v1/threads/" + id + "/posts/" + number;
        for (int i = 0; i < 3; i++) {
            Api flagger = anonymous.as(TestData.memberOf(admin, council, "member", PASSWORD), PASSWORD);
            assertEquals(202, flagger.post(post + "/flag", "{\"reason\":\"spam\"}").status());
            if (i == 0) {
                assertEquals(409, flagger.post(post + "/flag", "{\"reason\":\"spam\"}").status(), "once per member");
            }
        }
        JsonObject seen = bob.get("/api/v1/threads/" + id).json().getJsonArray("posts").getJsonObject(1);
        assertEquals("hidden", seen.getString("state"));
        assertTrue(!seen.containsKey("html") || seen.isNull("html"), "others do not see the text");
        assertTrue(admin.get("/api/v1/moderation/queue").body().contains("\"threadId\":" + id));
        assertEquals(403, bob.get("/api/v1/moderation/queue").status());

        assertEquals(204, admin.post(post + "/hide", "{\"reason\":\"Advertising is not allowed\"}").status());
        JsonObject authorSees = alice.get("/api/v1/threads/" + id).json().getJsonArray("posts").getJsonObject(1);
        assertEquals("Hidden by moderators: Advertising is not allowed", authorSees.getString("notice"));
        assertFalse(admin.get("/api/v1/moderation/queue").body().contains("\"threadId\":" + id), "resolved");
        assertEquals(204, admin.post(post + "/restore", "{\"reason\":\"on second thoughts\"}").status());
        assertEquals("visible", bob.get("/api/v1/threads/" + id).json().getJsonArray("posts").getJsonObject(1).getString("state"));
    }

    @Test
    void moderatorsLockMoveAndSuspend() {
        long id = start(alice, "Locked soon");
        assertEquals(403, bob.post("/api/v1/threads/" + id + "/lock", "").status());
        assertTrue(admin.post("/api/v1/threads/" + id + "/lock", "").json().getBoolean("locked"));
        assertEquals(403, bob.post("/api/v1/threads/" + id + "/posts", "{\"body\":\"too late\"}").status());
        assertEquals("skills", admin.post("/api/v1/threads/" + id + "/move", "{\"category\":\"skills\",\"reason\":\"fits better\"}")
                .json().getString("category"));

        String email = "carol." + council.toLowerCase() + "@example.org";
        long carolId = admin.post("/api/v1/admin/members", Json.createObjectBuilder().add("email", email)
                .add("name", "Carol").add("roles", Json.createArrayBuilder().add("member")).add("councilCode", council)
                .add("password", PASSWORD).build().toString()).json().getJsonNumber("id").longValue();
        Api carol = anonymous.as(email, PASSWORD);
        Api.Reply suspended = admin.post("/api/v1/moderation/members/" + carolId + "/suspend", "{\"days\":7,\"reason\":\"Repeated abuse\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        Api.Reply refused = carol.post("/api/v1/threads", thread("Let me in", "please"));
        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("detail").contains("Repeated abuse"), refused::toString);
    }

    @Test
    void aNewMembersLinksWaitForAModeratorAndTheirPostingIsLimited() {
        Api newcomer = anonymous.as(TestData.memberOf(admin, council, "member", PASSWORD), PASSWORD);
        long id = start(alice, "Links from newcomers");
        JsonObject held = reply(newcomer, id, "Cheap licences at [this shop](https://shop.example)");
        assertEquals("hidden", bob.get("/api/v1/threads/" + id).json().getJsonArray("posts").getJsonObject(1).getString("state"));
        assertTrue(admin.get("/api/v1/moderation/queue").body().contains("Held for review"), "in the moderators' queue");
        assertEquals(204, admin.post("/api/v1/threads/" + id + "/posts/" + held.getInt("number") + "/restore", "{}").status());
        assertEquals("visible", bob.get("/api/v1/threads/" + id).json().getJsonArray("posts").getJsonObject(1).getString("state"));
        assertEquals("visible", reply(newcomer, id, "No links here").getString("state"));

        int posted = 2;
        Api.Reply last = null;
        while (posted <= RunningServer.NEWCOMER_POSTS_PER_HOUR) {
            last = newcomer.post("/api/v1/threads/" + id + "/posts", "{\"body\":\"post " + posted + "\"}");
            if (last.status() != 201) {
                break;
            }
            posted++;
        }
        assertEquals(429, last.status(), "the limit is " + RunningServer.NEWCOMER_POSTS_PER_HOUR + " an hour");
        assertEquals(RunningServer.NEWCOMER_POSTS_PER_HOUR, posted);
        assertTrue(last.header("Retry-After").isPresent());
    }
}
