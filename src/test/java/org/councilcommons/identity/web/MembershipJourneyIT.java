package org.councilcommons.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.Mailbox;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Joining, being approved, forgetting a password and managing one's tokens, in a real browser with the real
 * e-mails (received by a real SMTP server). axe checks every page.
 */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class MembershipJourneyIT {

    static final String PASSWORD = "Quiet-harbour-lamp-1987";

    private static String h1(WebDriver d) {
        return d.findElement(By.tagName("h1")).getText();
    }

    private static String unique(String local, String domain) {
        return local + "." + TestData.councilCode().toLowerCase() + "@" + domain;
    }

    private static void type(WebDriver d, String id, String text) {
        d.findElement(By.id(id)).clear();
        d.findElement(By.id(id)).sendKeys(text);
    }

    private static void register(Browser browser, RunningServer.Server server, String name, String email, String password) {
        WebDriver d = browser.driver();
        browser.open(server.url("/register"));
        type(d, "name", name);
        type(d, "jobTitle", "Digital lead");
        type(d, "email", email);
        type(d, "password", password);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Create account']"));
    }

    private static void signIn(Browser browser, RunningServer.Server server, String email, String password) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        browser.open(server.url("/sign-in"));
        type(d, "email", email);
        type(d, "password", password);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
    }

    @Test
    void anOfficerAtACouncilDomainJoinsThatCouncilOnceTheyConfirm(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        browser.open(server.url("/register"));
        assertEquals("Create an account", h1(d));
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector("input[type=submit][value='Create account']"));
        String summary = d.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertTrue(summary.contains("Enter your full name") && summary.contains("Enter your work e-mail address")
                && summary.contains("Enter a password"), summary);
        browser.assertAccessible();

        String email = unique("riya", "reading.gov.uk");
        register(browser, server, "Riya Patel", email, "password1234");
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("commonly used"));
        assertEquals(email, d.findElement(By.id("email")).getAttribute("value"), "what was typed is kept");

        register(browser, server, "Riya Patel", email, PASSWORD);
        assertEquals("Check your e-mail", h1(d));
        browser.assertAccessible();

        Mailbox.Received mail = server.mail().await(email, "Confirm your e-mail address");
        browser.open(mail.link("/confirm"));
        assertTrue(d.findElement(By.cssSelector(".govuk-panel")).getText().contains("member of your council"));
        browser.assertAccessible();
        browser.open(mail.link("/confirm"));
        assertEquals("This link has expired", h1(d), "a confirmation link works once");

        signIn(browser, server, email, PASSWORD);
        browser.open(server.url("/account"));
        assertEquals("Your account", h1(d));
        assertTrue(d.findElement(By.cssSelector(".govuk-summary-list")).getText().contains("Reading Borough Council"));
        browser.assertAccessible();

        // registering again with the same address reveals nothing on screen; the owner gets an e-mail
        browser.clearCookies();
        register(browser, server, "Someone Else", email, "Another-long-passphrase-9");
        assertEquals("Check your e-mail", h1(d));
        server.mail().await(email, "You already have a Council Commons account");
    }

    @Test
    void anOfficerFromAnotherDomainWaitsForAnAdministrator(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        String email = unique("sam", "northvale-example.org.uk");
        register(browser, server, "Sam Jones", email, PASSWORD);
        browser.open(server.mail().await(email, "Confirm your e-mail address").link("/confirm"));
        assertTrue(d.findElement(By.tagName("main")).getText().contains("an administrator will check"));
        browser.assertAccessible();

        signIn(browser, server, email, PASSWORD);
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("not yet approved"));

        signIn(browser, server, RunningServer.ADMIN_EMAIL, RunningServer.ADMIN_PASSWORD);
        browser.open(server.url("/admin/members"));
        assertEquals("Members", h1(d));
        browser.assertAccessible();
        d.findElement(By.cssSelector("input[aria-label='Approve Sam Jones']")).findElement(By.xpath("./ancestor::form"))
                .findElement(By.name("councilCode")).sendKeys("E07999001");
        browser.clickAndWait(By.cssSelector("input[aria-label='Approve Sam Jones']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("approved"));
        browser.assertAccessible();
        server.mail().await(email, "membership is approved");

        var roleForm = d.findElement(By.cssSelector("input[aria-label='Grant the role to Sam Jones']")).findElement(By.xpath("./ancestor::form"));
        new org.openqa.selenium.support.ui.Select(roleForm.findElement(By.name("role"))).selectByValue("COUNCIL_EDITOR");
        browser.clickAndWait(By.cssSelector("input[aria-label='Grant the role to Sam Jones']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("granted"));
        var moderatorForm = d.findElement(By.cssSelector("input[aria-label='Grant the role to Sam Jones']")).findElement(By.xpath("./ancestor::form"));
        new org.openqa.selenium.support.ui.Select(moderatorForm.findElement(By.name("role"))).selectByValue("MODERATOR");
        browser.clickAndWait(By.cssSelector("input[aria-label='Grant the role to Sam Jones']"));
        var revokeForm = d.findElement(By.cssSelector("input[aria-label='Revoke the role from Sam Jones']")).findElement(By.xpath("./ancestor::form"));
        new org.openqa.selenium.support.ui.Select(revokeForm.findElement(By.name("role"))).selectByValue("MODERATOR");
        browser.clickAndWait(By.cssSelector("input[aria-label='Revoke the role from Sam Jones']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("revoked"));

        browser.open(server.url("/admin/audit"));
        String audit = d.findElement(By.tagName("table")).getText();
        assertTrue(audit.contains("member.approved") && audit.contains("role.granted") && audit.contains("role.revoked")
                && audit.contains(email + " is no longer moderator"), audit);
        browser.assertAccessible();

        signIn(browser, server, email, PASSWORD);
        browser.open(server.url("/account"));
        assertTrue(d.findElement(By.cssSelector(".govuk-summary-list")).getText().contains("Northvale District Council"));
        assertTrue(d.findElement(By.cssSelector(".govuk-service-navigation")).getText().contains("Write a case study"),
                "the granted editor role is in force at the next sign-in");

        // the profile and the password are the member's own to change
        type(d, "helpsWith", "Replacing an old CRM one service at a time");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save profile']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("profile has been saved"));
        assertEquals("Replacing an old CRM one service at a time", d.findElement(By.id("helpsWith")).getText());
        type(d, "currentPassword", "not-my-password-at-all");
        type(d, "newPassword", "Second-lantern-orchard-77");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Change password']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("current password is not correct"));
        browser.assertAccessible();
        type(d, "currentPassword", PASSWORD);
        type(d, "newPassword", "Second-lantern-orchard-77");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Change password']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("password has been changed"));
        signIn(browser, server, email, "Second-lantern-orchard-77");
        assertFalse(d.getCurrentUrl().contains("/sign-in"), d.getCurrentUrl());
    }

    @Test
    void aForgottenPasswordIsResetByASingleUseLink(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        String email = unique("forgetful", "reading.gov.uk");
        register(browser, server, "Forgetful Officer", email, PASSWORD);
        browser.open(server.mail().await(email, "Confirm your e-mail address").link("/confirm"));

        browser.open(server.url("/forgot-password"));
        browser.assertAccessible();
        type(d, "email", email);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Send the link']"));
        assertEquals("Check your e-mail", h1(d));

        String link = server.mail().await(email, "Reset your Council Commons password").link("/reset-password");

        // an unknown address gets the same page, and no e-mail goes anywhere
        String stranger = unique("stranger", "reading.gov.uk");
        browser.open(server.url("/forgot-password"));
        type(d, "email", stranger);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Send the link']"));
        assertEquals("Check your e-mail", h1(d));
        assertTrue(server.mail().to(stranger).isEmpty());
        browser.open(link);
        assertEquals("Choose a new password", h1(d));
        browser.assertAccessible();
        type(d, "password", "short");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save password']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("12 characters"));
        String newPassword = "Lantern-orchard-river-2026";
        type(d, "password", newPassword);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Save password']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("password has been changed"));

        browser.open(link);
        assertEquals("This link has expired", h1(d), "a reset link works once");

        signIn(browser, server, email, PASSWORD);
        assertTrue(d.findElement(By.cssSelector(".govuk-error-summary")).getText().contains("Enter a correct e-mail address"));
        signIn(browser, server, email, newPassword);
        assertFalse(d.getCurrentUrl().contains("/sign-in"), d.getCurrentUrl());
    }

    @Test
    void aMemberCreatesAndRevokesAnApiTokenAndTheSessionIdChangesAtSignIn(RunningServer.Server server, Browser browser) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        String email = unique("integrator", "reading.gov.uk");
        register(browser, server, "Ira Integrator", email, PASSWORD);
        browser.open(server.mail().await(email, "Confirm your e-mail address").link("/confirm"));

        browser.clearCookies();
        browser.open(server.url("/sign-in"));
        String before = d.manage().getCookieNamed("JSESSIONID").getValue();
        type(d, "email", email);
        type(d, "password", PASSWORD);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
        assertNotEquals(before, d.manage().getCookieNamed("JSESSIONID").getValue(), "a new session id at sign-in");

        browser.open(server.url("/account"));
        type(d, "tokenName", "intranet feed");
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Create token']"));
        String token = d.findElement(By.id("new-token")).getText();
        assertTrue(token.startsWith("cc_"));
        browser.assertAccessible();

        var api = new org.councilcommons.testing.Api(server).withToken(token);
        assertEquals(200, api.get("/api/v1/auth/tokens").status());
        browser.open(server.url("/account"));
        assertFalse(d.findElement(By.tagName("main")).getText().contains(token), "the secret is shown once only");
        browser.clickAndWait(By.cssSelector("input[aria-label='Revoke intranet feed']"));
        assertTrue(d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("revoked"));
        assertEquals(401, api.get("/api/v1/auth/tokens").status());
    }
}
