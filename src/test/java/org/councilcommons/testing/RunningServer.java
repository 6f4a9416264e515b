package org.councilcommons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
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
    /** The newcomers' posting limit on the shared test server. */
    public static final int NEWCOMER_POSTS_PER_HOUR = 50;
    public static final int STALE_AFTER_SECONDS = 3;
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
        final ServerProcess process;
        final Server server;

        Handle(ServerProcess process, Server server) {
            this.process = process;
            this.server = server;
        }

        @Override
        public void close() throws InterruptedException {
            process.close();
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
            Mailbox mailbox = Mailbox.start();
            Map<String, String> env = new HashMap<>(ItDatabase.serverEnvironment(ResetDatabases.SERVER_SCHEMA, data.toString()));
            env.put("COMMONS_ADMIN_EMAIL", ADMIN_EMAIL);
            env.put("COMMONS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("COMMONS_MAIL_HOST", "127.0.0.1");
            env.put("COMMONS_MAIL_PORT", String.valueOf(mailbox.port()));
            // every test member is new: allow the XSS corpus (41 posts by one member) within the newcomers' hourly limit
            env.put("COMMONS_DISCUSSION_NEW_MEMBER_POSTS_PER_HOUR", String.valueOf(NEWCOMER_POSTS_PER_HOUR));
            // a case study counts as stale after seconds, not six months, so the reminder can be seen; the schedule
            // never runs during the tests (its first run is hours away), only an administrator's request does
            env.put("COMMONS_ROADMAP_STALE_AFTER", "PT" + STALE_AFTER_SECONDS + "S");
            ServerProcess process = new ServerProcess(data, "server-" + ItDatabase.kind() + ".log", env);
            Files.deleteIfExists(process.log());
            TestOpenIdProvider openId = TestOpenIdProvider.start(OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, process.baseUrl() + "/");
            process.set("COMMONS_PUBLIC_URL", process.baseUrl())
                    .set("COMMONS_OIDC_ISSUER", openId.issuer())
                    .set("COMMONS_OIDC_CLIENT_ID", OIDC_CLIENT_ID)
                    .set("COMMONS_OIDC_CLIENT_SECRET", OIDC_CLIENT_SECRET)
                    .set("COMMONS_OIDC_NAME", "your council account");
            Handle handle = new Handle(process, new Server(process.baseUrl(), process.log(), mailbox, openId));
            process.start();
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
