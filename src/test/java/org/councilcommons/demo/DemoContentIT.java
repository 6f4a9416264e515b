package org.councilcommons.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new installation shows what the service is for: Reading's and Birmingham's work, and labelled samples. */
@ExtendWith(RunningServer.class)
class DemoContentIT {

    static Api anonymous;

    @BeforeAll
    static void setUp(RunningServer.Server server) {
        anonymous = new Api(server);
    }

    private static List<String> titles(String councilCode) {
        return anonymous.get("/api/v1/case-studies?size=100&council=" + councilCode).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(o -> o.getString("title")).toList();
    }

    @Test
    void readingsAppForYoungPeopleNotInEducationIsPublished() {
        JsonObject reading = anonymous.get("/api/v1/councils/E06000038").json();
        assertEquals("Reading Borough Council", reading.getString("name"));
        List<String> titles = titles("E06000038");
        assertTrue(titles.stream().anyMatch(t -> t.contains("not in education, employment or training")), titles::toString);

        // other tests publish for Reading too: pick the app by its title, not by its place in the list
        long id = anonymous.get("/api/v1/case-studies?council=E06000038&size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("title").contains("not in education"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject cs = anonymous.get("/api/v1/case-studies/" + id).json();
        assertTrue(cs.getString("body").contains("O2 Local Government Futures Fund"));
        assertTrue(cs.getJsonArray("barriers").toString().contains("up-front-funding"));
    }

    @Test
    void birminghamsLogbookWebcastsAndPioneersArePublished() {
        List<String> titles = titles("E08000025");
        assertTrue(titles.stream().anyMatch(t -> t.contains("Digital Logbook")), titles::toString);
        assertTrue(titles.stream().anyMatch(t -> t.contains("Webcasting council meetings")), titles::toString);
        assertTrue(titles.stream().anyMatch(t -> t.contains("social-media pioneers")), titles::toString);
    }

    @Test
    void sampleCouncilsAreLabelledAsSuch() {
        List<JsonObject> samples = anonymous.get("/api/v1/councils?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getBoolean("sample")).toList();
        assertTrue(samples.size() >= 2);
        samples.forEach(c -> assertTrue(c.getString("name").contains("(sample)"), c::toString));
    }

    @Test
    void theSampleDraftIsNotPublic() {
        assertTrue(titles("E07999001").stream().noneMatch(t -> t.contains("draft")));
    }
}
