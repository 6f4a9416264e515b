package org.councilcommons.maturity.web;

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
 * A council's editor assesses the council in a real browser: starts, saves part way and comes back, forgets an
 * answer, checks and submits, reads the results with the chart, chooses sharing; a member of another council cannot
 * open those results. Every page is checked with axe.
 */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class SelfAssessmentJourneyIT {

    static final String PASSWORD = "quarterly review lanterns 42";

    private static String h1(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Answers every statement on the current dimension page: "yes" up to a level, "no" above it. */
    private static void answerUpTo(WebDriver driver, int level) {
        for (WebElement radio : driver.findElements(By.cssSelector("input.govuk-radios__input[value=yes]"))) {
            String name = radio.getAttribute("name");
            int statementLevel = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
            String value = statementLevel <= level ? "yes" : "no";
            driver.findElement(By.cssSelector("input[name='" + name + "'][value=" + value + "]")).click();
        }
    }

    @Test
    void anEditorAssessesTheCouncilAcrossTwoSittingsAndSeesTheResults(RunningServer.Server server, Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String code = TestData.registerCouncil(admin, "Journey Maturity Council");
        String editor = TestData.memberOf(admin, code, "editor", PASSWORD);
        String outsider = TestData.memberOf(admin, TestData.registerCouncil(admin, "Journey Outsider Council"), "editor", PASSWORD);
        WebDriver driver = browser.driver();

        browser.open(server.url("/maturity"));
        assertEquals("Digital maturity", h1(driver));
        browser.assertAccessible();

        browser.signIn(server, editor, PASSWORD, "/manage/maturity");
        assertEquals("Your council’s digital maturity", h1(driver));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("input[value='Start the self-assessment']"));
        assertEquals("Leadership and strategy", h1(driver));
        browser.assertAccessible();

        // first sitting: one answer, then "come back later"
        driver.findElement(By.cssSelector("input[name='leadership-strategy-2'][value=yes]")).click();
        browser.clickAndWait(By.cssSelector("input[value='Save and come back later']"));
        assertTrue(driver.getCurrentUrl().contains("/manage/maturity?done=saved"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("leadership-strategy-status")).getText().contains("In progress"));
        assertTrue(driver.findElement(By.id("skills-confidence-status")).getText().contains("Not yet started"));
        browser.assertAccessible();

        // second sitting: the saved answer is still there; leaving one out is an error that keeps the others
        browser.clickAndWait(By.linkText("Leadership and strategy"));
        assertTrue(driver.findElement(By.cssSelector("input[name='leadership-strategy-2'][value=yes]")).isSelected());
        driver.findElement(By.cssSelector("input[name='leadership-strategy-3'][value=yes]")).click();
        browser.clickAndWait(By.cssSelector("input[value='Save and continue']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Select yes, partly or no"));
        assertTrue(driver.findElement(By.cssSelector("input[name='leadership-strategy-3'][value=yes]")).isSelected(),
                "what was typed is kept");
        browser.assertAccessible();

        // leadership at 4, everything else at 2, then check answers
        answerUpTo(driver, 4);
        browser.clickAndWait(By.cssSelector("input[value='Save and continue']"));
        while (!h1(driver).equals("Check your answers")) {
            answerUpTo(driver, 2);
            browser.clickAndWait(By.cssSelector("input[value='Save and continue']"));
        }
        assertTrue(driver.findElement(By.id("leadership-strategy")).findElement(By.xpath("following-sibling::dl")).getText()
                .contains("4 Advanced"));
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector("input[value='Submit self-assessment']"));
        assertEquals("Self-assessment results", h1(driver));
        assertTrue(driver.findElement(By.cssSelector(".govuk-panel__title")).getText().contains("submitted"));
        assertEquals("2 Developing", driver.findElement(By.id("stage")).getText());
        assertTrue(driver.findElement(By.id("strongest")).getText().contains("Leadership and strategy: level 4"));
        List<String> rows = driver.findElements(By.cssSelector("#levels tbody tr")).stream().map(WebElement::getText).toList();
        assertEquals(9, rows.size());
        assertTrue(rows.get(0).contains("4 Advanced") && rows.get(0).contains("For level 5"), rows.get(0));
        assertEquals(1, driver.findElements(By.cssSelector("svg.commons-radar polygon.commons-radar__council")).size(),
                "the chart is drawn by the server");
        browser.assertAccessible();
        String results = driver.getCurrentUrl().replaceAll("\\?.*", "");

        browser.open(server.url("/manage/maturity"));
        driver.findElement(By.id("sharing-members")).click();
        browser.clickAndWait(By.cssSelector("input[value='Save sharing choice']"));
        assertTrue(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("sharing choice"));
        assertTrue(driver.findElement(By.id("sharing-members")).isSelected());
        browser.assertAccessible();

        browser.open(server.url("/manage/maturity/peers"));
        assertEquals("Councils to learn with", h1(driver));
        browser.assertAccessible();
        browser.open(server.url("/manage/maturity/links"));
        assertEquals("Linked councils", h1(driver));
        browser.assertAccessible();

        // another council's editor: the results address is not found; the shared levels show on the council page
        browser.signIn(server, outsider, PASSWORD, "/manage/maturity");
        browser.open(results);
        assertEquals("Page not found", h1(driver));
        browser.open(server.url("/councils/" + code));
        assertTrue(driver.findElement(By.id("shared-levels")).getText().contains("Leadership and strategy 4 Advanced"));
        browser.assertAccessible();
        browser.clearCookies();
        browser.open(server.url("/councils/" + code));
        assertFalse(driver.getPageSource().contains("shared-levels"), "sharing with members is never public");
    }
}
