package org.councilcommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.councilcommons.testing.Api;
import org.councilcommons.testing.ItDatabase;
import org.councilcommons.testing.ResetDatabases;
import org.councilcommons.testing.RunningServer;
import org.councilcommons.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The index is derived data: a server killed with kill -9 in the middle of indexing loses nothing the API
 * acknowledged, and a deleted or damaged index is rebuilt from the database at start. Runs its own server (it
 * kills it), on the database of this run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchDurabilityIT {

    static final String ADMIN = "durability-admin@it.councilcommons.example";
    static final String PASSWORD = "Durable-lantern-orchard-55";

    static Path data;
    static ServerProcess server;
    static final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        Path work = Path.of(System.getProperty("commons.it.workdir", "target/it")).toAbsolutePath();
        data = work.resolve("durability-" + ItDatabase.kind());
        deleteTree(data);
        Files.createDirectories(data);
        server = new ServerProcess(data, "durability-" + ItDatabase.kind() + ".log",
                Map.copyOf(new java.util.HashMap<>(ItDatabase.serverEnvironment(ResetDatabases.DURABILITY_SCHEMA, data.toString())) {{
                    put("COMMONS_ADMIN_EMAIL", ADMIN);
                    put("COMMONS_ADMIN_PASSWORD", PASSWORD);
                    put("COMMONS_DEMO_CONTENT", "true");
                }}));
        server.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    private static Api admin() {
        return api().as(ADMIN, PASSWORD);
    }

    private static Api api() {
        return new Api(new RunningServer.Server(server.baseUrl(), server.log(), null, null));
    }

    private static int found(String word) {
        Api.Reply reply = api().get("/api/v1/search?q=" + word);
        return reply.status() == 200 ? reply.json().getInt("total") : -1;
    }

    private static void assertAllSearchable() throws InterruptedException {
        // generous: a rebuild on a machine busy with other work can take many times its usual few seconds
        long deadline = System.currentTimeMillis() + 120_000;
        List<String> missing = new ArrayList<>(acknowledged);
        while (!missing.isEmpty() && System.currentTimeMillis() < deadline) {
            missing.removeIf(word -> found(word) == 1);
            if (!missing.isEmpty()) {
                Thread.sleep(200);
            }
        }
        assertEquals(List.of(), missing, "acknowledged case studies missing from search");
        assertTrue(found("NEET") > 0, "the rebuilt index has the demo content too");
    }

    @Test
    @Order(1)
    void killedMidIndexingItLosesNothingAcknowledged() throws Exception {
        Api admin = admin();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            int thread = t;
            writers.submit(() -> {
                for (int i = 0; i < 1000 && !Thread.currentThread().isInterrupted(); i++) {
                    String word = "durable" + thread + "x" + i + "word";
                    try {
                        Api.Reply created = admin.post("/api/v1/case-studies", Json.createObjectBuilder()
                                .add("councilCode", "E06000038").add("title", "Durability " + word)
                                .add("summary", "Summary " + word).add("body", "Body")
                                .add("barriers", Json.createArrayBuilder().add("legacy-systems"))
                                .add("projectStatus", "live").build().toString());
                        if (created.status() != 201) {
                            throw new IllegalStateException("create failed: " + created);
                        }
                        long id = created.json().getJsonNumber("id").longValue();
                        if (admin.post("/api/v1/case-studies/" + id + "/publish", "").status() == 200) {
                            acknowledged.add(word);
                        }
                    } catch (RuntimeException serverGone) {
                        return;
                    }
                }
            });
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (acknowledged.size() < 40 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(acknowledged.size() >= 40, "the writers stopped early: see " + server.log());
        server.killHard();
        writers.shutdownNow();
        writers.awaitTermination(30, TimeUnit.SECONDS);

        server.start();
        assertAllSearchable();
    }

    @Test
    @Order(2)
    void aDeletedIndexIsRebuiltFromTheDatabase() throws Exception {
        server.close();
        deleteTree(data.resolve("index"));
        server.start();
        assertAllSearchable();
    }

    @Test
    @Order(3)
    void aDamagedIndexIsSetAsideAndRebuilt() throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.(cfs|tim|doc|fdt)")).toList()) {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.seek(Math.max(0, raf.length() / 2));
                    raf.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        server.start();
        assertAllSearchable();
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
