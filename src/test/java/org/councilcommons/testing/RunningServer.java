package org.councilcommons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real Council Commons for the whole test JVM: the built WAR on Payara Micro, started as an operator would
 * start it, on the database of this run. Every black-box test class shares it (a start costs seconds), so tests
 * create their own data and never assume an empty database beyond the demo content.
 */
public final class RunningServer implements BeforeAllCallback, ParameterResolver {

    public static final String ADMIN_EMAIL = "admin@it.councilcommons.example";
    public static final String ADMIN_PASSWORD = "it-admin-password-2026";
    static final String OIDC_CLIENT_ID = "council-commons-it";
    static final String OIDC_CLIENT_SECRET = "oidc-secret-" + Long.toHexString(System.nanoTime());

    /** The started server, as tests see it, with the mailbox its e-mail goes to. */
    public record Server(String baseUrl, Path log, Mailbox mail, TestOpenIdProvider openId) {
        public String url(String path) {
            return baseUrl + path;
        }
    }

    private static final class Handle implements AutoCloseable {
        final Process process;
        final Server server;

        Handle(Process process, Server server) {
            this.process = process;
            this.server = server;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            server.mail().close();
            server.openId().close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    static Server server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Handle.class, k -> start(), Handle.class).server;
    }

    private static Handle start() {
        try {
            Path work = Path.of(System.getProperty("commons.it.workdir", "target/it")).toAbsolutePath();
            Path data = work.resolve("server-" + ItDatabase.kind());
            deleteTree(data);
            Files.createDirectories(data);
            int port = freePort();
            Mailbox mailbox = Mailbox.start();
            TestOpenIdProvider openId = TestOpenIdProvider.start(OIDC_CLIENT_ID, OIDC_CLIENT_SECRET,
                    "http://127.0.0.1:" + port + "/");
            Path log = work.resolve("server-" + ItDatabase.kind() + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                    "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--nocluster", "--port", String.valueOf(port), "--contextroot", "/",
                    "--deploy", System.getProperty("commons.it.war", "target/council-commons.war")));
            ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(ItDatabase.serverEnvironment(ResetDatabases.SERVER_SCHEMA, data.toString()));
            builder.environment().put("COMMONS_ADMIN_EMAIL", ADMIN_EMAIL);
            builder.environment().put("COMMONS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("COMMONS_MAIL_HOST", "127.0.0.1");
            builder.environment().put("COMMONS_MAIL_PORT", String.valueOf(mailbox.port()));
            builder.environment().put("COMMONS_PUBLIC_URL", "http://127.0.0.1:" + port);
            builder.environment().put("COMMONS_OIDC_ISSUER", openId.issuer());
            builder.environment().put("COMMONS_OIDC_CLIENT_ID", OIDC_CLIENT_ID);
            builder.environment().put("COMMONS_OIDC_CLIENT_SECRET", OIDC_CLIENT_SECRET);
            builder.environment().put("COMMONS_OIDC_NAME", "your council account");
            Process process = builder.start();
            Server server = new Server("http://127.0.0.1:" + port, log, mailbox, openId);
            Handle handle = new Handle(process, server);
            awaitReady(handle);
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ready means the application answers its readiness check: a bare port says nothing (Payara answers 404s). */
    private static void awaitReady(Handle handle) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!handle.process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start; log:\n" + tail(handle.server.log()));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(handle.server.url("/health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        handle.process.destroyForcibly();
        throw new IllegalStateException("Council Commons was not ready within 180 s; log:\n" + tail(handle.server.log()));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
