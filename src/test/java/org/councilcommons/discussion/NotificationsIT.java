package org.councilcommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/** Watching, notifications in the site and by e-mail (at once or in a daily digest), and the Atom feed. */
@ExtendWith(RunningServer.class)
class NotificationsIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    static RunningServer.Server server;
    static Api anonymous;
    static Api admin;
    static String council;

    @BeforeAll
    static void setUp(RunningServer.Server s) {
        server = s;
        anonymous = new Api(s);
        admin = anonymous.asAdministrator();
        council = TestData.registerCouncil(admin, "Notifications Test Council");
    }

    record Someone(String email, Api api) {}

    static Someone member() {
        String email = TestData.memberOf(admin, council, "member", PASSWORD);
        return new Someone(email, anonymous.as(email, PASSWORD));
    }

    static long start(Api who, String category, String title) {
        Api.Reply r = who.post("/api/v1/threads", Json.createObjectBuilder().add("title", title).add("body", "Opening post")
                .add("category", category).build().toString());
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void watchersOfACategoryHearOfNewThreadsAndAuthorsOfReplies() {
        Someone watcher = member();
        Someone author = member();
        assertEquals(200, watcher.api().post("/api/v1/categories/psn-compliance/watch", "").status());
        long id = start(author.api(), "psn-compliance", "PSN renewal this year");
        server.mail().await(watcher.email(), "started “PSN renewal this year”");

        JsonObject mine = watcher.api().get("/api/v1/notifications").json();
        assertTrue(mine.getJsonNumber("unread").longValue() >= 1);
        assertTrue(mine.getJsonArray("items").toString().contains("/threads/" + id + "#post-1"));

        watcher.api().post("/api/v1/threads/" + id + "/posts", "{\"body\":\"We renewed in March: ask away\"}");
        Api.Reply replied = author.api().get("/api/v1/notifications");
        assertTrue(replied.body().contains("replied in “PSN renewal this year”"), "the author watches their own thread");
        server.mail().await(author.email(), "replied in “PSN renewal this year”");

        assertTrue(watcher.api().get("/api/v1/threads?filter=watching").body().contains("PSN renewal this year"),
                "replying watches the thread, and the list can show just those");
        assertTrue(!author.api().get("/api/v1/threads?filter=watching&category=skills").body().contains("PSN renewal"));
        assertEquals(401, anonymous.get("/api/v1/threads?filter=watching").status());

        assertEquals(204, watcher.api().post("/api/v1/notifications/read", "").status());
        assertEquals(0, watcher.api().get("/api/v1/notifications").json().getJsonNumber("unread").longValue());
        assertEquals(401, anonymous.get("/api/v1/notifications").status());
    }

    @Test
    void aMemberWhoChoseTheDailyDigestGetsOneEMailForSeveralReplies() throws InterruptedException {
        Someone reader = member();
        Someone writer = member();
        assertEquals("daily", reader.api().put("/api/v1/notifications/settings", "{\"email\":\"daily\"}").json().getString("email"));
        assertEquals(400, reader.api().put("/api/v1/notifications/settings", "{\"email\":\"hourly\"}").status());
        long id = start(writer.api(), "skills", "Digest thread");
        reader.api().post("/api/v1/threads/" + id + "/watch", "");
        writer.api().post("/api/v1/threads/" + id + "/posts", "{\"body\":\"one\"}");
        writer.api().post("/api/v1/threads/" + id + "/posts", "{\"body\":\"two\"}");
        Thread.sleep(500);
        assertEquals(0, server.mail().to(reader.email()).size(), "nothing until the digest");

        assertEquals(403, reader.api().post("/api/v1/notifications/digests", "").status());
        assertTrue(admin.post("/api/v1/notifications/digests", "").json().getInt("sent") >= 1);
        var digest = server.mail().await(reader.email(), "2 new in discussions you follow");
        assertTrue(digest.body().contains("/threads/" + id + "#post-2") && digest.body().contains("/threads/" + id + "#post-3"), digest.body());
    }

    @Test
    void eachCategoryHasAnAtomFeedOfItsThreads() throws Exception {
        Someone author = member();
        start(author.api(), "social-media", "Tweeting <council> meetings & more");
        Api.Reply feed = anonymous.send("GET", "/discussions/social-media/feed", null, null, "Accept", "application/atom+xml");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", xml.getDocumentElement().getLocalName() == null ? xml.getDocumentElement().getNodeName()
                : xml.getDocumentElement().getLocalName());
        assertTrue(feed.body().contains("<title>Tweeting &lt;council&gt; meetings &amp; more</title>"), feed.body());
        assertEquals(404, anonymous.send("GET", "/discussions/no-such-category/feed", null, null, "Accept", "application/atom+xml").status());
    }

    @Test
    void aMentionedMemberIsToldAndAShapelessMentionTellsNobody() {
        String email = "mentionable." + council.toLowerCase() + "@example.org";
        String name = "Mentionable " + council;
        assertEquals(201, admin.post("/api/v1/admin/members", Json.createObjectBuilder().add("email", email).add("name", name)
                .add("roles", Json.createArrayBuilder().add("member")).add("councilCode", council).add("password", PASSWORD)
                .build().toString()).status());
        Api mentionable = anonymous.as(email, PASSWORD);
        Someone writer = member();
        long id = start(writer.api(), "skills", "Who ran the councillor training?");
        String handle = "@mentionable-" + council.toLowerCase();
        assertEquals(201, writer.api().post("/api/v1/threads/" + id + "/posts",
                "{\"body\":\"" + handle + " ran it last year, and @nobody-at-all did not\"}").status());
        server.mail().await(email, "mentioned you in “Who ran the councillor training?”");
        assertTrue(mentionable.get("/api/v1/notifications").body().contains("\"kind\":\"mention\""));
    }
}
