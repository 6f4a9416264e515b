package org.councilcommons.discussion.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.councilcommons.discussion.XssCorpus;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A member in a real browser: reads the categories, starts a thread after a mistake, replies; and every vector of
 * the XSS corpus, posted through the API, stays inert on the thread page. Every page is checked with axe.
 */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class DiscussionJourneyIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    private static String h1(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    void aMemberStartsAThreadAfterAMistakeAndReplies(RunningServer.Server server, Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String member = TestData.memberOf(admin, TestData.registerCouncil(admin, "Discussion Journey Council"), "member", PASSWORD);
        WebDriver driver = browser.driver();

        browser.clearCookies();
        browser.open(server.url("/discussions"));
        assertEquals("Discussions", h1(driver));
        browser.assertAccessible();
        browser.clickAndWait(By.linkText("Legacy systems"));
        assertEquals("Legacy systems", h1(driver));
        browser.assertAccessible();

        browser.signIn(server, member, PASSWORD, "/manage/discussions/new");
        assertEquals("Start a thread", h1(driver));
        browser.assertAccessible();
        driver.findElement(By.id("body")).sendKeys("We still run a CRM from 2009. Where did you start?");
        browser.clickAndWait(By.cssSelector("input[value='Start thread']"));
        String summary = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertTrue(summary.contains("Choose a category") && summary.contains("Enter a title"), summary);
        assertEquals("We still run a CRM from 2009. Where did you start?", driver.findElement(By.id("body")).getAttribute("value"),
                "what was typed is kept");
        browser.assertAccessible();

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category"))).selectByValue("legacy-systems");
        driver.findElement(By.id("title")).sendKeys("Replacing a 2009 CRM");
        browser.clickAndWait(By.cssSelector("input[value='Start thread']"));
        assertEquals("Replacing a 2009 CRM", h1(driver));
        assertTrue(driver.findElement(By.id("post-1")).getText().contains("We still run a CRM from 2009"));
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector("input[value='Post reply']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Enter your post"));
        driver.findElement(By.id("body")).sendKeys("Answering myself: we began with **one** service.");
        browser.clickAndWait(By.cssSelector("input[value='Post reply']"));
        assertTrue(driver.findElement(By.cssSelector("#post-2 strong")).getText().equals("one"), "Markdown is rendered");
        browser.assertAccessible();
    }

    @Test
    void theXssCorpusPostedThroughTheApiIsInertInTheBrowser(RunningServer.Server server, Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String email = TestData.memberOf(admin, TestData.registerCouncil(admin, "Discussion XSS Council"), "member", PASSWORD);
        Api attacker = new Api(server).as(email, PASSWORD);
        long id = attacker.post("/api/v1/threads", Json.createObjectBuilder().add("title", "A thread full of tricks")
                .add("body", "Tricks follow").add("category", "getting-started").build().toString()).json().getJsonNumber("id").longValue();
        for (String vector : XssCorpus.VECTORS) {
            Api.Reply reply = attacker.post("/api/v1/threads/" + id + "/posts", Json.createObjectBuilder().add("body", vector).build().toString());
            assertEquals(201, reply.status(), reply::toString);
        }
        WebDriver driver = browser.driver();
        browser.clearCookies();
        browser.open(server.url("/threads/" + id));
        assertEquals(XssCorpus.VECTORS.size() + 1, driver.findElements(By.cssSelector("#posts > li")).size());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.XSS === undefined ? null : window.XSS"),
                "no vector ran");
        assertTrue(driver.findElements(By.cssSelector("#posts script, #posts iframe, #posts svg, #posts img, #posts [onerror]")).isEmpty());
        browser.assertAccessible();
    }

    @Test
    void aMemberFlagsAPostAndAModeratorHidesItFromTheQueue(RunningServer.Server server, Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String code = TestData.registerCouncil(admin, "Discussion Moderation Council");
        String authorEmail = TestData.memberOf(admin, code, "member", PASSWORD);
        String flaggerEmail = TestData.memberOf(admin, code, "member", PASSWORD);
        Api author = new Api(server).as(authorEmail, PASSWORD);
        long id = author.post("/api/v1/threads", Json.createObjectBuilder().add("title", "Selling licences")
                .add("body", "Cheap licences for everyone").add("category", "getting-started").build().toString())
                .json().getJsonNumber("id").longValue();
        WebDriver driver = browser.driver();

        browser.signIn(server, flaggerEmail, PASSWORD, "/sign-in?next=/threads/" + id);
        driver.findElement(By.cssSelector("#post-1 .govuk-details__summary")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("reason-1"))).selectByValue("Spam or advertising");
        browser.clickAndWait(By.cssSelector("#post-1 input[value='Flag for a moderator']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("a moderator will look"));
        browser.assertAccessible();

        browser.signIn(server, RunningServer.ADMIN_EMAIL, RunningServer.ADMIN_PASSWORD, "/manage/moderation");
        assertEquals("Moderation queue", h1(driver));
        assertTrue(driver.getPageSource().contains("Spam or advertising"));
        browser.assertAccessible();
        String reason = "Advertising is not allowed here";
        var card = driver.findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(c -> c.getText().contains("Selling licences")).findFirst().orElseThrow();
        card.findElement(By.cssSelector("input[name=reason]")).sendKeys(reason);
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        card.findElement(By.cssSelector("input[value='Hide post']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        assertTrue(!driver.getPageSource().contains("Selling licences"), "no longer waiting in the queue");

        browser.signIn(server, authorEmail, PASSWORD, "/sign-in?next=/threads/" + id);
        assertTrue(driver.findElement(By.id("post-1")).getText().contains("Hidden by moderators: " + reason),
                "the author is told why");
        browser.assertAccessible();
    }
}
