package org.councilcommons.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The roadmap in a real browser: a council's editor saves the roadmap proposed from a self-assessment, marks its
 * first step done (first without evidence), writes it up as a case study, reorders and prints it; the network
 * roadmap and a step page; a moderator edits a step and finds the new revision; another council's member is refused
 * a private roadmap. Every page is checked with axe.
 */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class RoadmapPagesIT {

    static final String PASSWORD = "quarterly review lanterns 42";
    /** The seeded step for technology and legacy systems, the dimension this test's council is weakest on. */
    static final String PLUMBING = "fix-the-plumbing";

    private static String h1(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static List<String> order(WebDriver driver) {
        return driver.findElements(By.cssSelector("#roadmap-steps > li")).stream().map(e -> e.getAttribute("id")).toList();
    }

    @Test
    void anEditorKeepsTheCouncilsRoadmapAndAModeratorCuratesTheNetworkOne(RunningServer.Server server, Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String code = TestData.registerCouncil(admin, "Roadmap Journey Council");
        String editor = TestData.memberOf(admin, code, "editor", PASSWORD);
        String otherCode = TestData.registerCouncil(admin, "Roadmap Outsider Council");
        String outsider = TestData.memberOf(admin, otherCode, "member", PASSWORD);
        String moderator = TestData.memberOf(admin, otherCode, "moderator", PASSWORD);
        // weakest on technology and legacy systems (level 1), level 3 everywhere else
        Api.Reply assessed = new Api(server).as(editor, PASSWORD)
                .post("/api/v1/councils/" + code + "/assessments", TestData.levels(3, 3, 3, 3, 1, 3, 3, 3, 3));
        assertEquals(201, assessed.status(), assessed::toString);
        WebDriver driver = browser.driver();
        String roadmap = "/councils/" + code + "/roadmap";

        // the proposal: the weakest dimension's step first, with its reason
        browser.signIn(server, editor, PASSWORD, roadmap);
        assertEquals("Roadmap", h1(driver));
        assertTrue(driver.findElement(By.id("proposed")).getText().startsWith("Proposed from your self-assessment of"));
        assertEquals("step-" + PLUMBING, order(driver).getFirst());
        String reason = driver.findElement(By.cssSelector("#step-" + PLUMBING + " .commons-reason")).getText();
        assertTrue(reason.contains("your weakest dimension") && reason.contains("Technology and legacy systems"), reason);
        assertEquals(1, driver.findElements(By.cssSelector("svg.commons-progress[role=img]")).size(), "the chart is drawn");
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector("input[value='Save this roadmap']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("roadmap has been saved"));
        assertTrue(driver.findElements(By.cssSelector("input[value='Save this roadmap']")).isEmpty());

        // done without evidence: the service's error, with the notes kept; then with evidence
        browser.clickAndWait(By.cssSelector("#step-" + PLUMBING + " .govuk-summary-card__actions a"));
        assertTrue(h1(driver).startsWith("Fix the plumbing"), h1(driver));
        browser.assertAccessible();
        driver.findElement(By.id("status-done")).click();
        driver.findElement(By.id("notes")).sendKeys("Moved the CRM off the old servers.");
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        String summary = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertTrue(summary.contains("Say what shows this step is done"), summary);
        assertEquals("Moved the CRM off the old servers.", driver.findElement(By.id("notes")).getAttribute("value"),
                "what was typed is kept");
        assertTrue(driver.findElement(By.id("status-done")).isSelected());
        browser.assertAccessible();
        driver.findElement(By.id("evidence")).sendKeys("Cabinet report of March: the CRM runs in the cloud.");
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertEquals("Roadmap", h1(driver));
        assertEquals("Done", driver.findElement(By.cssSelector("#step-" + PLUMBING + " .commons-status")).getText());

        browser.clickAndWait(By.cssSelector("#step-" + PLUMBING + " input[value='Write this up as a case study']"));
        assertTrue(driver.getCurrentUrl().matches(".*/manage/case-studies/\\d+/edit$"), driver.getCurrentUrl());
        assertEquals("Edit a case study", h1(driver));
        assertTrue(driver.findElement(By.id("title")).getAttribute("value").startsWith("Fix the plumbing"));

        // reorder without JavaScript: the first step moves down one place
        browser.open(server.url(roadmap));
        List<String> before = order(driver);
        browser.clickAndWait(By.cssSelector("#roadmap-steps > li:first-child input[value='Move down']"));
        List<String> after = order(driver);
        assertEquals(before.get(1), after.get(0));
        assertEquals(before.get(0), after.get(1));
        assertTrue(driver.findElement(By.cssSelector("#step-" + PLUMBING)).getText().contains("The case study draft"));
        browser.assertAccessible();

        browser.clickAndWait(By.id("print-link"));
        assertEquals("Digital roadmap", h1(driver));
        List<WebElement> rows = driver.findElements(By.cssSelector("#print-steps tbody tr"));
        assertEquals(after.size(), rows.size());
        assertTrue(rows.get(1).getText().contains("Fix the plumbing") && rows.get(1).getText().contains("Done"),
                rows.get(1).getText());
        assertTrue(driver.findElement(By.id("progress")).getText().contains("All stages"));
        browser.assertAccessible();

        // the network roadmap and a step page, which lists this council as having done the step
        browser.open(server.url("/roadmap"));
        assertEquals("The roadmap", h1(driver));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("a[href='/roadmap/steps/" + PLUMBING + "']"));
        assertTrue(h1(driver).startsWith("Fix the plumbing"), h1(driver));
        assertTrue(driver.findElement(By.id("completed-by")).getText().contains("Roadmap Journey Council"));
        browser.assertAccessible();

        // a moderator: a new step's form reports every missing field (nothing is added, so other tests' proposals hold)
        browser.signIn(server, moderator, PASSWORD, "/roadmap/steps/new");
        assertEquals("Add a roadmap step", h1(driver));
        driver.findElement(By.id("summary")).sendKeys("Councils that publish their roadmap get help sooner.");
        browser.clickAndWait(By.cssSelector("input[value='Add step']"));
        String missing = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertTrue(missing.contains("Choose the stage") && missing.contains("Enter a title")
                && missing.contains("Choose at least one maturity dimension"), missing);
        assertEquals("Councils that publish their roadmap get help sooner.",
                driver.findElement(By.id("summary")).getAttribute("value"));
        browser.assertAccessible();

        // a moderator edits a step: a mistake first, then the change, then the new revision is listed
        String step = "name-risks-openly";
        browser.open(server.url("/roadmap/steps/" + step + "/edit"));
        assertEquals("Edit a roadmap step", h1(driver));
        browser.assertAccessible();
        String title = driver.findElement(By.id("title")).getAttribute("value");
        driver.findElement(By.id("title")).clear();
        driver.findElement(By.id("evidence")).sendKeys(" Minutes that record the risk and who owns it.");
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Enter a title"));
        assertTrue(driver.findElement(By.id("evidence")).getAttribute("value").endsWith("who owns it."), "what was typed is kept");
        browser.assertAccessible();
        driver.findElement(By.id("title")).sendKeys(title);
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertEquals(title, h1(driver));
        assertTrue(driver.findElement(By.id("evidence")).getText().endsWith("who owns it."));
        browser.clickAndWait(By.partialLinkText("Revisions"));
        assertEquals("Revisions", h1(driver));
        assertTrue(driver.findElement(By.id("revision-2")).getText().contains("who owns it."));
        browser.assertAccessible();

        // another moderator saves while the form is open: their text is shown beside this one, which is kept
        browser.open(server.url("/roadmap/steps/" + step + "/edit"));
        jakarta.json.JsonObject saved = admin.get("/api/v1/roadmap/steps/" + step).json();
        var dimensions = jakarta.json.Json.createArrayBuilder();
        saved.getJsonArray("dimensions").forEach(dimensions::add);
        Api.Reply other = admin.put("/api/v1/roadmap/steps/" + step, jakarta.json.Json.createObjectBuilder()
                .add("stage", saved.getString("stage")).add("title", title).add("summary", saved.getString("summary"))
                .add("doneLooksLike", saved.getString("doneLooksLike")).add("evidence", "Evidence from the other moderator.")
                .add("dimensions", dimensions).add("searchTerms", saved.getString("searchTerms"))
                .add("version", saved.getInt("version")).build().toString());
        assertEquals(200, other.status(), other::toString);
        driver.findElement(By.id("summary")).sendKeys(" Said plainly.");
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Someone else changed this step"));
        assertTrue(driver.findElement(By.id("conflict")).getText().contains("Evidence from the other moderator."));
        assertTrue(driver.findElement(By.id("summary")).getAttribute("value").endsWith("Said plainly."), "what was typed is kept");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertTrue(driver.findElement(By.id("summary")).getText().endsWith("Said plainly."), "saved once the clash was seen");

        // a moderator renames a stage's summary: a mistake first, then the change; the earlier text is a revision
        browser.open(server.url("/roadmap"));
        browser.clickAndWait(By.cssSelector("#stage-safe-to-try a[href='/roadmap/stages/safe-to-try/edit']"));
        assertEquals("Edit a roadmap stage", h1(driver));
        browser.assertAccessible();
        String stageName = driver.findElement(By.id("name")).getAttribute("value");
        driver.findElement(By.id("name")).clear();
        driver.findElement(By.id("summary")).sendKeys(" Small pilots first.");
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Enter a name"));
        assertTrue(driver.findElement(By.id("summary")).getAttribute("value").endsWith("Small pilots first."), "what was typed is kept");
        browser.assertAccessible();
        driver.findElement(By.id("name")).sendKeys(stageName);
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        assertEquals("The roadmap", h1(driver));
        assertTrue(driver.findElement(By.id("stage-safe-to-try")).getText().contains("Small pilots first."));
        browser.open(server.url("/roadmap/stages/safe-to-try/edit"));
        assertTrue(driver.findElement(By.id("stage-revision-2")).getText().contains("Small pilots first."));
        assertFalse(driver.findElement(By.id("stage-revision-1")).getText().contains("Small pilots first."));
        browser.assertAccessible();

        // an account without a council is told why there is no roadmap
        browser.signIn(server, RunningServer.ADMIN_EMAIL, RunningServer.ADMIN_PASSWORD, "/manage/roadmap");
        assertEquals("Your council’s roadmap", h1(driver));
        assertTrue(driver.findElement(By.id("notice")).getText().contains("not linked to a council"));
        browser.assertAccessible();

        // another council's member: the roadmap is private by default
        browser.signIn(server, outsider, PASSWORD, roadmap);
        assertEquals("You do not have permission to see this page", h1(driver));
        assertTrue(driver.findElement(By.id("forbidden-reason")).getText().contains("has not shared its roadmap with you"));
    }

    @Test
    void aNewSelfAssessmentShowsWhatMovedAndAnotherEditorsSaveIsNotOverwritten(RunningServer.Server server,
            Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String code = TestData.registerCouncil(admin, "Roadmap Update Council");
        String editor = TestData.memberOf(admin, code, "editor", PASSWORD);
        Api api = new Api(server).as(editor, PASSWORD);
        String assessments = "/api/v1/councils/" + code + "/assessments";
        // skills, culture and democratic engagement at the top level: two steps are not proposed
        assertEquals(201, api.post(assessments, TestData.levels(3, 5, 5, 3, 1, 3, 3, 3, 5)).status());
        WebDriver driver = browser.driver();
        String roadmap = "/councils/" + code + "/roadmap";

        browser.signIn(server, editor, PASSWORD, "/manage/roadmap");
        assertTrue(driver.getCurrentUrl().endsWith(roadmap), "a member's own council's roadmap: " + driver.getCurrentUrl());
        assertTrue(order(driver).stream().noneMatch(id -> id.equals("step-digital-in-every-role")
                || id.equals("step-social-media-office-chamber")), order(driver).toString());
        browser.clickAndWait(By.cssSelector("input[value='Save this roadmap']"));

        // an editor adds a step the proposal left out
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("addStep"))).selectByValue("digital-in-every-role");
        browser.clickAndWait(By.cssSelector("input[value='Add to the roadmap']"));
        assertEquals("step-digital-in-every-role", order(driver).getLast());

        // a new self-assessment: what moved, and the newly proposed step with its reason
        assertEquals(201, api.post(assessments, TestData.levels(3, 5, 5, 3, 3, 3, 3, 3, 2)).status());
        browser.open(server.url(roadmap));
        String moved = driver.findElement(By.id("moved")).getText();
        assertTrue(moved.contains("Technology and legacy systems: 1 → 3") && moved.contains("Democratic engagement: 5 → 2"),
                moved);
        String proposed = driver.findElement(By.id("new-steps")).getText();
        assertTrue(proposed.contains("Use social media in the office and the council chamber")
                && proposed.contains("Democratic engagement"), proposed);
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[value='Update the roadmap']"));
        assertTrue(driver.findElements(By.id("out-of-date")).isEmpty());
        assertEquals("step-social-media-office-chamber", order(driver).getFirst(), "the weakest dimension's step first");

        // someone else saves while the change form is open: their save stands, and what was typed here stays
        browser.clickAndWait(By.cssSelector("#roadmap-steps > li:first-child .govuk-summary-card__actions a"));
        jakarta.json.JsonObject current = api.get("/api/v1/councils/" + code + "/roadmap").json();
        var steps = jakarta.json.Json.createArrayBuilder();
        current.getJsonArray("steps").forEach(st -> steps.add(jakarta.json.Json.createObjectBuilder()
                .add("key", st.asJsonObject().getString("key"))));
        Api.Reply other = api.put("/api/v1/councils/" + code + "/roadmap", jakarta.json.Json.createObjectBuilder()
                .add("version", current.getInt("version")).add("steps", steps).build().toString());
        assertEquals(200, other.status(), other::toString);
        driver.findElement(By.id("status-in-progress")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("owner"))).selectByIndex(1);
        driver.findElement(By.id("targetDate-day")).sendKeys("31");
        driver.findElement(By.id("targetDate-month")).sendKeys("3");
        driver.findElement(By.id("targetDate-year")).sendKeys("2020");
        driver.findElement(By.id("notes")).sendKeys("Councillors asked for a webcast pilot.");
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        String conflict = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertTrue(conflict.contains("changed this roadmap since you opened it"), conflict);
        assertEquals("Councillors asked for a webcast pilot.", driver.findElement(By.id("notes")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("status-in-progress")).isSelected());
        assertEquals("2020", driver.findElement(By.id("targetDate-year")).getAttribute("value"));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[value='Save changes']"));
        WebElement card = driver.findElement(By.id("step-social-media-office-chamber"));
        assertEquals("In progress", card.findElement(By.cssSelector(".commons-status")).getText(),
                "saved again, deliberately, once the editor has seen the clash");
        assertTrue(card.getText().contains("31 March 2020 Overdue") && card.getText().contains("Test editor of " + code),
                card.getText());

        // a visitor who is not signed in sees the step, not who has done it
        browser.clearCookies();
        browser.open(server.url("/roadmap/steps/social-media-office-chamber"));
        assertTrue(driver.findElement(By.id("completed-sign-in")).getText().contains("Sign in to see which councils have done this"));
        browser.assertAccessible();
        browser.open(server.url("/roadmap/steps/no-such-step"));
        assertEquals("Page not found", h1(driver));
        browser.open(server.url("/councils/W99NOPE/roadmap"));
        assertEquals("Page not found", h1(driver));
    }
}
