package org.councilcommons.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.councilcommons.discussion.PostRenderer;

/**
 * Discussion at scale. Not a test; run by hand (README, "Benchmarks").
 * <ul>
 * <li>{@code load <jdbc url> <user> <password> <author member id> [posts]}: one thread of 5,000 posts, written
 * straight into a migrated database;</li>
 * <li>{@code read <base url> <thread id> [requests]}: pages of 50 posts at random, over HTTP, one at a time, as
 * JSON and as the HTML page;</li>
 * <li>{@code post <base url> <bearer token> <thread id> <concurrency> <seconds>}: replies posted at a fixed
 * concurrency; throughput and latency.</li>
 * </ul>
 */
public final class DiscussionBenchmark {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], args[2], args[3], Long.parseLong(args[4]), args.length > 5 ? Integer.parseInt(args[5]) : 5_000);
            case "read" -> read(args[1], Long.parseLong(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1_000);
            case "post" -> post(args[1], args[2], Long.parseLong(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("load | read | post");
        }
    }

    static void load(String url, String user, String password, long author, int posts) throws Exception {
        Random random = new Random(3);
        String[] words = {"webcast", "committee", "legacy", "CRM", "contract", "channel", "shift", "residents", "staff",
                "skills", "funding", "pilot", "council", "service", "digital", "inclusion", "library", "volunteers"};
        long thread = 70_000_000L;
        Instant start = Instant.now().minusSeconds(posts * 60L);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("insert into thread (id, category_key, title, author_id, created_at,"
                    + " last_posted_at, post_count, version) values (?,?,?,?,?,?,?,1)");
                    PreparedStatement p = c.prepareStatement("insert into post (id, thread_id, post_number, author_id, raw, html,"
                            + " render_version, created_at, version) values (?,?,?,?,?,?,?,?,1)")) {
                t.setLong(1, thread);
                t.setString(2, "legacy-systems");
                t.setString(3, "A very long thread: replacing the CRM, " + posts + " posts");
                t.setLong(4, author);
                t.setTimestamp(5, Timestamp.from(start));
                t.setTimestamp(6, Timestamp.from(start.plusSeconds(posts * 60L)));
                t.setInt(7, posts);
                t.executeUpdate();
                for (int i = 1; i <= posts; i++) {
                    StringBuilder raw = new StringBuilder();
                    for (int w = 0; w < 40 + random.nextInt(80); w++) {
                        raw.append(w % 17 == 0 ? "**" + words[random.nextInt(words.length)] + "** " : words[random.nextInt(words.length)] + " ");
                    }
                    p.setLong(1, 70_000_000L + i);
                    p.setLong(2, thread);
                    p.setInt(3, i);
                    p.setLong(4, author);
                    p.setString(5, raw.toString().strip());
                    p.setString(6, PostRenderer.render(raw.toString()));
                    p.setInt(7, PostRenderer.VERSION);
                    p.setTimestamp(8, Timestamp.from(start.plusSeconds(i * 60L)));
                    p.addBatch();
                    if (i % 1_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
        System.out.println("Thread " + thread + " with " + posts + " posts loaded");
    }

    static void read(String base, long thread, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(5);
        for (String kind : List.of("api", "page")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < requests + 100; i++) {
                int page = 1 + random.nextInt(100);
                String path = kind.equals("api") ? "/api/v1/threads/" + thread + "?size=50&page=" + page : "/threads/" + thread + "?page=" + page;
                long s = System.nanoTime();
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
                long took = System.nanoTime() - s;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + r.statusCode());
                }
                if (i >= 100) {
                    times.add(took);
                }
            }
            PeerBenchmark.report((kind.equals("api") ? "GET /api/v1/threads/{id}?size=50" : "GET /threads/{id} (HTML)")
                    + ", random page of 100, one at a time", times);
        }
    }

    static void post(String base, String token, long thread, int concurrency, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Integer>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                int failures = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/threads/" + thread + "/posts"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", "bench-" + started + "-" + worker + "-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Benchmark reply " + worker + "/" + i
                                    + ": we moved *one* service first.\"}")).build();
                    long s = System.nanoTime();
                    HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 201) {
                        times.add(System.nanoTime() - s);
                    } else {
                        failures++;
                    }
                }
                return failures;
            }));
        }
        int failures = 0;
        for (Future<Integer> f : workers) {
            failures += f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("Posting at concurrency %d for %.0f s: %,d replies, %.1f replies/s, %d failed%n", concurrency, elapsed,
                times.size(), times.size() / elapsed, failures);
        PeerBenchmark.report("POST /api/v1/threads/{id}/posts", new ArrayList<>(times));
    }
}
