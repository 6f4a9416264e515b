package org.councilcommons.casestudy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.RunningServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer and an editor in a real browser: browse, filter, read, sign in, write a case study (making a
 * mistake first), publish it and find it listed. Every page visited is checked with axe for WCAG 2.2 A/AA.
 */
@ExtendWith({RunningServer.class, BrowserExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseStudyJourneyIT {

    private static String titleOf(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    @Order(1)
    void anOfficerBrowsesFiltersAndReadsCaseStudies(RunningServer.Server server, Browser browser) {
        WebDriver driver = browser.driver();
        browser.open(server.url("/"));
        assertEquals("Learn from councils that have done it", titleOf(driver));
        assertTrue(driver.getTitle().endsWith("– Council Commons"), driver.getTitle());
        browser.assertAccessible();

        browser.clickAndWait(By.linkText("Browse case studies"));
        assertEquals("Case studies", titleOf(driver));
        browser.assertAccessible();

        new Select(driver.findElement(By.id("barrier"))).selectByValue("social-media");
        browser.clickAndWait(By.cssSelector(".commons-filter button[type=submit]"));
        assertTrue(driver.getCurrentUrl().contains("barrier=social-media"), "a filtered list has an address to share");
        List<String> titles = driver.findElements(By.cssSelector(".commons-results h2")).stream().map(WebElement::getText).toList();
        assertTrue(titles.contains("A working group of social-media pioneers"), titles::toString);
        assertTrue(titles.stream().noneMatch(t -> t.contains("young people")), titles::toString);
        browser.assertAccessible();

        browser.clickAndWait(By.linkText("A working group of social-media pioneers"));
        assertEquals("A working group of social-media pioneers", titleOf(driver));
        assertTrue(driver.findElement(By.cssSelector(".govuk-caption-l")).getText().contains("Birmingham City Council"));
        browser.assertAccessible();

        browser.clickAndWait(By.linkText("Birmingham City Council"));
        assertEquals("Birmingham City Council", titleOf(driver));
        browser.assertAccessible();

        browser.open(server.url("/councils"));
        assertTrue(driver.findElement(By.tagName("table")).getText().contains("Reading Borough Council"));
        browser.assertAccessible();

        browser.open(server.url("/accessibility"));
        assertEquals("Accessibility statement for Council Commons", titleOf(driver));
        browser.assertAccessible();

        browser.open(server.url("/case-studies/999999"));
        assertEquals("Page not found", titleOf(driver));
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void signingInWithWrongDetailsSaysWhatToDo(RunningServer.Server server, Browser browser) {
        WebDriver driver = browser.driver();
        browser.open(server.url("/sign-in"));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Enter your e-mail address"));
        assertTrue(driver.getTitle().startsWith("Error: "), "the page title says there is an error");
        browser.assertAccessible();

        driver.findElement(By.id("email")).sendKeys(RunningServer.ADMIN_EMAIL);
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()
                .contains("Enter a correct e-mail address and password"));
        assertEquals(RunningServer.ADMIN_EMAIL, driver.findElement(By.id("email")).getAttribute("value"),
                "the e-mail address is kept");
    }

    @Test
    @Order(3)
    void anEditorWritesACaseStudyFixesAMistakeAndPublishesIt(RunningServer.Server server, Browser browser) {
        WebDriver driver = browser.driver();
        browser.open(server.url("/manage/case-studies/new"));
        assertTrue(driver.getCurrentUrl().contains("/sign-in?next="), "editing needs sign-in");
        driver.findElement(By.id("email")).sendKeys(RunningServer.ADMIN_EMAIL);
        driver.findElement(By.id("password")).sendKeys(RunningServer.ADMIN_PASSWORD);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
        assertTrue(driver.getCurrentUrl().endsWith("/manage/case-studies/new"), "back where sign-in was asked for");
        assertEquals("Write a case study", titleOf(driver));
        browser.assertAccessible();

        new Select(driver.findElement(By.id("councilCode"))).selectByValue("E06000038");
        driver.findElement(By.id("title")).sendKeys("Livestreaming planning committees");
        driver.findElement(By.id("themes")).sendKeys("webcast, planning");
        driver.findElement(By.id("cost")).sendKeys("lots");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save as draft']"));

        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        for (String message : List.of("Enter a summary", "Enter what the council did", "Choose at least one barrier",
                "Cost must be a number")) {
            assertTrue(summary.getText().contains(message), summary.getText());
        }
        assertEquals("Livestreaming planning committees", driver.findElement(By.id("title")).getAttribute("value"),
                "what was typed is kept");
        assertEquals("webcast, planning", driver.findElement(By.id("themes")).getAttribute("value"));
        assertEquals("E06000038", new Select(driver.findElement(By.id("councilCode"))).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible();

        summary.findElement(By.linkText("Enter a summary")).click();
        driver.findElement(By.id("summary")).sendKeys("Planning committees are streamed live and kept online.");
        driver.findElement(By.id("body")).sendKeys("We streamed every planning committee.\n\nAttendance online grew.");
        driver.findElement(By.cssSelector("label[for='barriers-social-media']")).click();
        driver.findElement(By.id("cost")).clear();
        driver.findElement(By.id("cost")).sendKeys("£4,500");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save as draft']"));

        assertEquals("Livestreaming planning committees", titleOf(driver), () -> driver.findElement(By.tagName("main")).getText());
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("saved"));
        assertTrue(driver.findElement(By.cssSelector(".commons-tags")).getText().contains("Draft"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-summary-list")).getText().contains("£4,500"));
        assertEquals(2, driver.findElements(By.cssSelector(".commons-prose p")).size(), "plain text became paragraphs");
        browser.assertAccessible();
        String caseStudyUrl = driver.getCurrentUrl().replaceFirst("\\?.*", "");

        browser.clickAndWait(By.cssSelector("input[type=submit][value='Publish']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("published"));
        browser.assertAccessible();

        browser.open(server.url("/case-studies?theme=planning"));
        assertTrue(driver.findElement(By.cssSelector(".commons-results")).getText().contains("Livestreaming planning committees"));

        browser.open(caseStudyUrl.replaceFirst("/case-studies/(\\d+)$", "/manage/case-studies/$1/edit"));
        assertEquals("Edit a case study", titleOf(driver));
        assertEquals("Planning committees are streamed live and kept online.", driver.findElement(By.id("summary")).getText());
        browser.assertAccessible();

        // the session ends while the editor is typing: after signing in again, nothing they typed is lost
        driver.findElement(By.id("summary")).clear();
        driver.findElement(By.id("summary")).sendKeys("Typed just before the session ended.");
        driver.manage().deleteAllCookies();
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save changes']"));
        assertTrue(driver.getCurrentUrl().contains("/sign-in"), driver.getCurrentUrl());
        driver.findElement(By.id("email")).sendKeys(RunningServer.ADMIN_EMAIL);
        driver.findElement(By.id("password")).sendKeys(RunningServer.ADMIN_PASSWORD);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
        assertEquals("Edit a case study", titleOf(driver));
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("not been saved yet"));
        assertEquals("Typed just before the session ended.", driver.findElement(By.id("summary")).getText());
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save changes']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-body-l")).getText().contains("Typed just before the session ended."));

        browser.open(server.url("/"));
        assertEquals("Learn from councils that have done it", titleOf(driver), "the home page works for a signed-in editor");
        assertTrue(driver.findElement(By.cssSelector(".govuk-service-navigation")).getText().contains("Write a case study"),
                "an editor's navigation offers writing a case study");

        browser.open(server.url("/sign-out"));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign out']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("signed out"));
        browser.open(server.url("/manage/case-studies/new"));
        assertTrue(driver.getCurrentUrl().contains("/sign-in"), "signed out means signed out");
    }
}
