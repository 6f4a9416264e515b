package org.councilcommons.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.councilcommons.testing.TestOpenIdProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Single sign-on with a council's OpenID Connect provider (a real one, started on loopback by the test): an
 * officer signs in with their council account, and tokens that are forged, stale or meant for someone else are
 * refused.
 */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class SingleSignOnIT {

    private static String unique(String local, String domain) {
        return local + "." + TestData.councilCode().toLowerCase() + "@" + domain;
    }

    private static void ssoFromSignInPage(RunningServer.Server server, Browser browser) {
        browser.clearCookies();
        browser.open(server.url("/sign-in"));
        browser.clickAndWait(By.linkText("Sign in with your council account"));
    }

    @Test
    void anOfficerSignsInWithTheirCouncilAccountAndJoinsTheirCouncil(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        String email = unique("sso.officer", "birmingham.gov.uk");
        server.openId().nextLogin(email, "Sso Officer");
        browser.clearCookies();
        browser.open(server.url("/manage/case-studies/new"));
        browser.assertAccessible();
        browser.clickAndWait(By.linkText("Sign in with your council account"));

        browser.open(server.url("/account"));
        assertEquals("Your account", d.findElement(By.tagName("h1")).getText());
        String details = d.findElement(By.cssSelector(".govuk-summary-list")).getText();
        assertTrue(details.contains(email) && details.contains("Birmingham City Council"), details);

        // a second sign-in finds the same member rather than creating another
        server.openId().nextLogin(email, "Sso Officer");
        ssoFromSignInPage(server, browser);
        browser.open(server.url("/account"));
        assertTrue(d.findElement(By.cssSelector(".govuk-summary-list")).getText().contains(email));
    }

    @Test
    void forgedStaleAndMisdirectedTokensAreRefused(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        for (TestOpenIdProvider.Misbehaviour how : TestOpenIdProvider.Misbehaviour.values()) {
            server.openId().nextLogin(unique("mallory", "reading.gov.uk"), "Mallory");
            server.openId().nextLoginMisbehaving(how);
            ssoFromSignInPage(server, browser);
            assertTrue(d.getCurrentUrl().contains("/sign-in?sso=failed"), how + ": " + d.getCurrentUrl());
            assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("did not work"), how.name());
            browser.open(server.url("/account"));
            assertTrue(d.getCurrentUrl().contains("/sign-in"), how + " must not sign anyone in");
        }
        browser.open(server.url("/sign-in?sso=failed"));
        browser.assertAccessible();
    }

    @Test
    void anUnverifiedAddressOrAnUnknownDomainDoesNotGetIn(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        server.openId().nextLogin(unique("unverified", "reading.gov.uk"), "Unverified", false);
        ssoFromSignInPage(server, browser);
        assertTrue(d.getCurrentUrl().contains("sso=refused"), d.getCurrentUrl());

        server.openId().nextLogin(unique("outsider", "consultancy.example"), "Outsider");
        ssoFromSignInPage(server, browser);
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("administrator must approve"));
        browser.assertAccessible();
    }
}
