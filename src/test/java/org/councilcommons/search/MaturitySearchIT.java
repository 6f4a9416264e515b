package org.councilcommons.search;

import static org.councilcommons.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case study search by the publishing council's maturity stage: for members, following the council's sharing. */
@ExtendWith(RunningServer.class)
class MaturitySearchIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    static int found(Api who, String query) {
        Api.Reply r = who.get("/api/v1/search?q=" + query);
        return r.status() == 200 ? r.json().getInt("total") : -1;
    }


    @Test
    void membersFilterByTheStageOfCouncilsThatShareWithThemAndNobodyElseSeesStages(RunningServer.Server server) throws Exception {
        Api anonymous = new Api(server);
        Api admin = anonymous.asAdministrator();
        String code = TestData.registerCouncil(admin, "Maturity Search Council");
        String word = "zephyrmat" + code.substring(3);
        Api editor = anonymous.as(TestData.memberOf(admin, code, "editor", PASSWORD), PASSWORD);
        Api reader = anonymous.as(TestData.memberOf(admin, TestData.registerCouncil(admin, "Maturity Search Reader"), "member",
                PASSWORD), PASSWORD);
        long id = editor.post("/api/v1/case-studies", TestData.caseStudy(code, "Chatbot " + word).build().toString())
                .json().getJsonNumber("id").longValue();
        assertEquals(200, editor.post("/api/v1/case-studies/" + id + "/publish", "").status());
        assertEquals(201, editor.post("/api/v1/councils/" + code + "/assessments", TestData.levelsAll(4)).status());
        waitFor(() -> found(reader, word) == 1, "the case study is searchable");
        assertEquals(0, found(reader, word + "&maturity=4"), "private: no stage in the index");

        assertEquals(200, editor.put("/api/v1/councils/" + code + "/peers/sharing", "{\"sharing\":\"members\"}").status());
        waitFor(() -> found(reader, word + "&maturity=4") == 1, "shared with members: stage 4 is searchable");
        assertTrue(reader.get("/api/v1/search?q=" + word).json().getJsonObject("facets").containsKey("maturity"));

        Api.Reply publicFilter = anonymous.get("/api/v1/search?q=" + word + "&maturity=4");
        assertEquals(401, publicFilter.status(), "stages are for members, never public");
        assertFalse(anonymous.get("/api/v1/search?q=" + word).json().getJsonObject("facets").containsKey("maturity"));

        assertEquals(200, editor.put("/api/v1/councils/" + code + "/peers/sharing", "{\"sharing\":\"private\"}").status());
        waitFor(() -> found(reader, word + "&maturity=4") == 0, "private again: the stage leaves the index");
    }
}
