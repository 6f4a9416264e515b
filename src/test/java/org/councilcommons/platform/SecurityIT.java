package org.councilcommons.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.Browser;
import org.councilcommons.testing.BrowserExtension;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Attacks on the pages: forged form posts (CSRF) and editing another council's case study. */
@ExtendWith({RunningServer.class, BrowserExtension.class})
class SecurityIT {

    static final String PASSWORD = "Quiet-harbour-lamp-1987";

    private static void signIn(Browser browser, RunningServer.Server server, String email, String password) {
        WebDriver d = browser.driver();
        browser.clearCookies();
        browser.open(server.url("/sign-in"));
        d.findElement(By.id("email")).sendKeys(email);
        d.findElement(By.id("password")).sendKeys(password);
        browser.clickAndWait(By.cssSelector("input[type=submit][value='Sign in']"));
    }

    @Test
    void aForgedFormPostWithTheVictimsCookieChangesNothing(RunningServer.Server server, Browser browser) throws Exception {
        signIn(browser, server, RunningServer.ADMIN_EMAIL, RunningServer.ADMIN_PASSWORD);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        String title = "Forged " + TestData.councilCode();

        for (String viewState : new String[] {"-1234567890:987654321", ""}) {
            Map<String, String> form = Map.of("caseStudy", "caseStudy", "councilCode", "E06000038", "title", title,
                    "summary", "s", "body", "b", "barriers", "legacy-systems", "projectStatus", "live",
                    "save", "Save as draft", "jakarta.faces.ViewState", viewState);
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> reply = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                            URI.create(server.url("/manage/case-study-form.xhtml")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertNotEquals(500, reply.statusCode());
        }
        Api admin = new Api(server).asAdministrator();
        assertFalse(admin.get("/api/v1/case-studies?state=draft&size=100").body().contains(title),
                "a post without the page's own view state must not create anything");
    }

    @Test
    void anEditorOfReadingGetsNoEditFormForBirminghamsCaseStudy(RunningServer.Server server, Browser browser) {
        Api admin = new Api(server).asAdministrator();
        String email = "page-editor." + TestData.councilCode().toLowerCase() + "@reading.gov.uk";
        Api.Reply onboarded = admin.post("/api/v1/admin/members", Json.createObjectBuilder().add("email", email)
                .add("name", "Page Editor").add("councilCode", "E06000038").add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder().add("editor")).build().toString());
        assertEquals(201, onboarded.status(), onboarded::toString);
        long birmingham = new Api(server).get("/api/v1/case-studies?council=E08000025").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();

        signIn(browser, server, email, PASSWORD);
        browser.open(server.url("/manage/case-studies/" + birmingham + "/edit"));
        assertEquals("You do not have permission to see this page", browser.driver().findElement(By.tagName("h1")).getText());
        browser.assertAccessible();
        browser.open(server.url("/case-studies/" + birmingham));
        assertEquals(0, browser.driver().findElements(By.cssSelector("input[value='Withdraw']")).size(),
                "no withdraw button on another council's case study");
        browser.open(server.url("/admin/members"));
        assertEquals("You do not have permission to see this page", browser.driver().findElement(By.tagName("h1")).getText());
    }
}
