package org.councilcommons.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.councilcommons.testing.Api;
import org.councilcommons.testing.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator and an integrator rely on: health checks, the OpenAPI document, security headers. */
@ExtendWith(RunningServer.class)
class OperationsIT {

    static Api anonymous;

    @BeforeAll
    static void setUp(RunningServer.Server server) {
        anonymous = new Api(server);
    }

    @Test
    void readinessAndLivenessReportTheDatabase() {
        Api.Reply ready = anonymous.get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        assertTrue(ready.body().contains("database"));
        Api.Reply live = anonymous.get("/health/live");
        assertEquals(200, live.status());
        assertTrue(live.body().contains("reachable"), live::toString);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Reply doc = anonymous.send("GET", "/openapi", null, null);
        assertEquals(200, doc.status());
        for (String path : new String[] {"/api/v1/case-studies", "/api/v1/councils", "/api/v1/auth/tokens",
                "/api/v1/case-studies/{id}/publish"}) {
            assertTrue(doc.body().contains(path), "OpenAPI lists " + path);
        }
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/case-studies", "/sign-in", "/api/v1/case-studies", "/no-such-page"}) {
            Api.Reply reply = anonymous.get(path);
            String csp = reply.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), path);
            assertTrue(reply.header("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = anonymous.get("/sign-in").header("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void hstsIsSentOnlyBehindTls() {
        assertTrue(anonymous.get("/").header("Strict-Transport-Security").isEmpty(), "plain HTTP: no HSTS");
    }

    @Test
    void anUnknownPageIsAFriendly404() {
        Api.Reply reply = anonymous.get("/no-such-page");
        assertEquals(404, reply.status());
        assertTrue(reply.body().contains("Page not found"), reply::toString);
    }
}
