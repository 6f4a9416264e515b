package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search through the API on the shared server: what an officer types finds what councils did. */
@ExtendWith(RunningServer.class)
class SearchApiIT {

    static Api anonymous;
    static Api admin;
    static String council;

    @BeforeAll
    static void setUp(RunningServer.Server server) {
        anonymous = new Api(server);
        admin = anonymous.asAdministrator();
        council = TestData.registerCouncil(admin, "Search Test Council");
    }

    static JsonObject search(String query) {
        Api.Reply reply = anonymous.get("/api/v1/search?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static List<String> titles(JsonObject results) {
        return results.getJsonArray("results").stream().map(JsonValue::asJsonObject).map(r -> r.getString("title")).toList();
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds; the index is near-real-time, not synchronous. */
    static JsonObject eventually(String query, java.util.function.Predicate<JsonObject> condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonObject last = null;
        while (System.currentTimeMillis() < deadline) {
            last = search(query);
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("Search for " + query + " never satisfied the condition; last answer: " + last);
    }

    @Test
    void theDemoContentIsFoundInOtherWords() {
        assertTrue(titles(eventually(q("NEET"), r -> r.getInt("total") > 0)).stream()
                .anyMatch(t -> t.contains("not in education")), "NEET finds Reading's app");
        assertTrue(titles(search(q("livestream council meetings"))).contains("Webcasting council meetings"));
        JsonObject hit = search(q("webcast")).getJsonArray("results").getJsonObject(0);
        for (String field : new String[] {"type", "id", "title", "council", "snippet", "url", "score"}) {
            assertTrue(hit.containsKey(field), "a result has " + field + ": " + hit);
        }
    }

    @Test
    void publishedIsFoundWithdrawnDisappearsAndDraftsNeverShow() {
        String word = "zebracrossing" + TestData.councilCode().toLowerCase().substring(3);
        long id = admin.post("/api/v1/case-studies", TestData.caseStudy(council, "Crossings " + word).build().toString())
                .json().getJsonNumber("id").longValue();
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(0, search(q(word)).getInt("total"), "a draft is never in public results");

        admin.post("/api/v1/case-studies/" + id + "/publish", "");
        eventually(q(word), r -> r.getInt("total") == 1);

        admin.post("/api/v1/case-studies/" + id + "/withdraw", "");
        eventually(q(word), r -> r.getInt("total") == 0);
    }

    @Test
    void facetsCountAndFilter() {
        JsonObject all = search("");
        JsonObject facets = all.getJsonObject("facets");
        for (String facet : new String[] {"barrier", "theme", "councilType", "region", "status"}) {
            assertTrue(facets.containsKey(facet), "facet " + facet + " in " + facets);
        }
        long socialMedia = facets.getJsonArray("barrier").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("value").equals("social-media")).findFirst().orElseThrow()
                .getJsonNumber("count").longValue();
        assertEquals(socialMedia, search("barrier=social-media").getInt("total"), "the count is what the filter gives");
        assertTrue(titles(search(q("council") + "&status=stopped")).stream().allMatch(t -> t.contains("chatbot")));
    }

    @Test
    void typosAndUnknownWordsDoNotEmptyTheResults() {
        JsonObject typo = search(q("webcsat"));
        assertTrue(titles(typo).contains("Webcasting council meetings"), typo::toString);
        JsonObject partial = search(q("webcast qqqxyzzy"));
        assertTrue(partial.getInt("total") > 0);
        assertEquals(List.of("qqqxyzzy"), partial.getJsonArray("missingTerms").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void hostileQueriesAreRefusedQuicklyWith400() {
        Api.Reply huge = anonymous.get("/api/v1/search?" + q("a".repeat(10_000)));
        assertTrue(huge.status() == 400 || huge.status() == 414, "a 10,000-character address is refused at the door: " + huge.status());
        for (String hostile : new String[] {"a".repeat(1_000), "(".repeat(200), "*".repeat(201),
                "one two three four five six seven eight nine ten eleven twelve thirteen"}) {
            long start = System.nanoTime();
            Api.Reply reply = anonymous.get("/api/v1/search?" + q(hostile));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(400, reply.status(), () -> hostile.substring(0, 20) + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"));
            assertTrue(ms < 2_000, "answered in " + ms + " ms");
        }
        assertEquals(200, anonymous.get("/api/v1/search?" + q("(((webcast*~ OR:[")).status(),
                "query syntax is just text");
        assertEquals(400, anonymous.get("/api/v1/search?page=500&size=50").status(), "no deep paging");
    }

    @Test
    void suggestionsCompleteWhatIsTyped() {
        Api.Reply reply = anonymous.get("/api/v1/search/suggest?q=webc");
        assertEquals(200, reply.status());
        assertFalse(reply.array().isEmpty(), reply::toString);
    }
}
