package org.councilcommons.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

/**
 * Checks the harness itself against pages whose accessibility is known, so that a broken axe or
 * Chromium set-up shows up here rather than as puzzling results in the integration tests.
 */
@ExtendWith(BrowserExtension.class)
class BrowserHarnessTest {

    private static final String ACCESSIBLE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Harness check</title></head>
            <body><main><h1>Harness check</h1><p>Nothing to see here.</p></main></body>
            </html>
            """;

    private static final String IMAGE_WITHOUT_ALT = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Harness check</title></head>
            <body><main><h1>Harness check</h1><img src="/missing.png"></main></body>
            </html>
            """;

    private static final Map<String, String> PAGES =
            Map.of("/accessible", ACCESSIBLE, "/image-without-alt", IMAGE_WITHOUT_ALT);

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed");
        // Without it the JDK server delays small responses by Nagle's algorithm, slowing every page.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", BrowserHarnessTest::respond);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void respond(HttpExchange exchange) throws IOException {
        String page = PAGES.get(exchange.getRequestURI().getPath());
        byte[] body = (page == null ? "Not found" : page).getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", (page == null ? "text/plain" : "text/html") + "; charset=utf-8");
        exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void accessiblePagePasses(Browser browser) {
        browser.open(url("/accessible"));
        assertEquals("Harness check", browser.driver().getTitle());
        browser.assertAccessible();
    }

    @Test
    void imageWithoutAltFails(Browser browser) {
        browser.open(url("/image-without-alt"));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, browser::assertAccessible);
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
    }
}
