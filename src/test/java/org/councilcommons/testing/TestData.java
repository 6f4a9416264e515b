package org.councilcommons.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh councils and case studies for tests that share one server: each test makes its own. */
public final class TestData {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 900_000) + 100_000);

    private TestData() {}

    /** A GSS-shaped code no real council has (Welsh prefix 99). */
    public static String councilCode() {
        return "W99" + String.format("%06d", NEXT.incrementAndGet() % 1_000_000);
    }

    public static JsonObjectBuilder council(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("type", "unitary")
                .add("region", "Wales").add("population", 120000);
    }

    public static JsonObjectBuilder caseStudy(String councilCode, String title) {
        return Json.createObjectBuilder()
                .add("councilCode", councilCode)
                .add("title", title)
                .add("summary", "A summary of " + title)
                .add("body", "<p>What we did about " + title + ".</p>")
                .add("themes", Json.createArrayBuilder().add("testing").add("webcast"))
                .add("barriers", Json.createArrayBuilder().add("legacy-systems").add("social-media"))
                .add("projectStatus", "live");
    }

    /** Registers a council through the API as administrator and returns its code. */
    public static String registerCouncil(Api admin, String name) {
        String code = councilCode();
        Api.Reply reply = admin.post("/api/v1/councils", council(code, name).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Could not register a council: " + reply);
        }
        return code;
    }

    /** Adds an active member with one role (editor or member) to a council, with a password; returns the e-mail. */
    public static String memberOf(Api admin, String councilCode, String role, String password) {
        String email = role + "." + councilCode.toLowerCase() + "." + NEXT.incrementAndGet() + "@example.org";
        Api.Reply reply = admin.post("/api/v1/admin/members", Json.createObjectBuilder().add("email", email)
                .add("name", "Test " + role + " of " + councilCode).add("roles", Json.createArrayBuilder().add(role))
                .add("councilCode", councilCode).add("password", password).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Could not add a member: " + reply);
        }
        return email;
    }

    /** The maturity model's dimension keys, in order. */
    public static final java.util.List<String> DIMENSIONS = java.util.List.of("leadership-strategy", "skills-confidence",
            "culture-risk", "services-online", "technology-legacy", "data-openness", "digital-inclusion",
            "funding-investment", "democratic-engagement");

    /** A self-assessment body with these levels, one per dimension in model order. */
    public static String levels(int... values) {
        JsonObjectBuilder levels = Json.createObjectBuilder();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            levels.add(DIMENSIONS.get(i), values[i]);
        }
        return Json.createObjectBuilder().add("levels", levels).build().toString();
    }

    /** A self-assessment body giving every dimension of the model the same level. */
    public static String levelsAll(int level) {
        int[] all = new int[DIMENSIONS.size()];
        java.util.Arrays.fill(all, level);
        return levels(all);
    }
}
