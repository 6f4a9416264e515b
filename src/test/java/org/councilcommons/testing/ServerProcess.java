package org.councilcommons.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro running the built WAR, as an operator starts it: for the shared test server and for tests that
 * must kill a server hard and start it again on the same data.
 */
public final class ServerProcess implements AutoCloseable {

    private final Path workDir;
    private final Path log;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    public ServerProcess(Path workDir, String logName, Map<String, String> environment) throws IOException {
        this.workDir = workDir;
        this.log = workDir.getParent().resolve(logName);
        this.port = freePort();
        this.environment = new HashMap<>(environment);
        Files.createDirectories(workDir);
    }

    /** Sets an environment variable for the next start. */
    public ServerProcess set(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Starts (or starts again) and waits until the application says it is ready. */
    public ServerProcess start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--nocluster", "--port", String.valueOf(port), "--contextroot", "/",
                "--deploy", System.getProperty("commons.it.war", "target/council-commons.war")));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(log, "\n==== start ====\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = builder.start();
        awaitReady();
        return this;
    }

    /** kill -9: no shutdown hooks, no final commit, as when a machine loses power. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during start; log:\n" + RunningServer.tail(log));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
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
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Council Commons was not ready within 180 s; log:\n" + RunningServer.tail(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
