package org.councilcommons.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.Mailbox;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An officer searches in their own words, narrows by facets, reads a result and follows the search. */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class SearchJourneyIT {

    @Test
    void anOfficerFindsComparablePracticeInTheirOwnWords(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        browser.open(server.url("/search"));
        assertEquals("Search case studies", d.findElement(By.tagName("h1")).getText());
        browser.assertAccessible();

        d.findElement(By.id("q")).sendKeys("livestream council meetings");
        browser.clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        List<String> titles = d.findElements(By.cssSelector(".commons-results h2")).stream().map(WebElement::getText).toList();
        assertTrue(titles.contains("Webcasting council meetings"), titles::toString);
        assertFalse(d.findElements(By.cssSelector(".commons-results mark")).isEmpty(), "matches are highlighted");
        browser.assertAccessible();

        browser.clickAndWait(By.partialLinkText("Skills: councillors"));
        assertTrue(d.getCurrentUrl().contains("barrier=skills-councillors"), d.getCurrentUrl());
        assertTrue(d.findElement(By.cssSelector(".commons-filter")).getText().contains("Remove filter"));
        browser.assertAccessible();

        browser.clickAndWait(By.linkText("Webcasting council meetings"));
        assertEquals("Webcasting council meetings", d.findElement(By.tagName("h1")).getText());
        assertFalse(d.findElements(By.cssSelector("#similar li")).isEmpty(), "similar case studies are offered");
        browser.assertAccessible();

        browser.open(server.url("/search?q=" + "x".repeat(300)));
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("200 characters"));
        browser.assertAccessible();
    }

    @Test
    void aMemberFollowsASearchAndHearsAboutNewMatches(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        Api admin = new Api(server).asAdministrator();
        String email = "follower." + TestData.councilCode().toLowerCase() + "@reading.gov.uk";
        String password = "Quiet-harbour-lamp-1987";
        admin.post("/api/v1/admin/members", Json.createObjectBuilder().add("email", email).add("name", "Fay Follower")
                .add("councilCode", "E06000038").add("password", password).build().toString());
        browser.clearCookies();
        browser.open(server.url("/sign-in"));
        d.findElement(By.id("email")).sendKeys(email);
        d.findElement(By.id("password")).sendKeys(password);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));

        String word = "footbridge" + TestData.councilCode().substring(3);
        browser.open(server.url("/search?q=" + word));
        d.findElement(By.cssSelector("label[for='frequency']")).click();
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Follow this search']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("following this search"));
        browser.assertAccessible();

        long id = admin.post("/api/v1/case-studies", TestData.caseStudy("E06000038", "Inspecting a " + word).build().toString())
                .json().getJsonNumber("id").longValue();
        admin.post("/api/v1/case-studies/" + id + "/publish", "");
        long deadline = System.currentTimeMillis() + 10_000;
        while (new Api(server).get("/api/v1/search?q=" + word).json().getInt("total") == 0
                && System.currentTimeMillis() < deadline) {
            sleep();
        }
        assertTrue(admin.post("/api/v1/admin/digests", "").json().getInt("sent") >= 1);
        Mailbox.Received digest = server.mail().await(email, "New case studies for your search");
        assertTrue(digest.body().contains("Inspecting a " + word), digest::body);

        browser.open(server.url("/account"));
        assertTrue(d.findElement(By.id("followed")).getText().contains(word));
        browser.clickAndWait(By.cssSelector("#followed input[type=submit]"));
        assertTrue(d.findElements(By.cssSelector("#followed li")).isEmpty(), "stopped following");
    }

    @Test
    void anAdministratorRebuildsTheIndexWhileTheSiteStaysUp(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        browser.open(server.url("/sign-in"));
        d.findElement(By.id("email")).sendKeys(RunningServer.ADMIN_EMAIL);
        d.findElement(By.id("password")).sendKeys(RunningServer.ADMIN_PASSWORD);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
        browser.open(server.url("/admin/search"));
        assertEquals("READY", d.findElement(By.id("state")).getText());
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Rebuild the search index']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("being rebuilt"));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"READY".equals(d.findElement(By.id("state")).getText()) && System.currentTimeMillis() < deadline) {
            sleep();
            browser.open(server.url("/admin/search"));
        }
        assertEquals("READY", d.findElement(By.id("state")).getText());
        assertTrue(new Api(server).get("/api/v1/search?q=NEET").json().getInt("total") > 0, "everything is back");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
