package org.councilcommons.benchmark;

import jakarta.json.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What a sign-in costs and how many a node sustains. Not a test: run it by hand against a running server
 * (see README, "Benchmarks").
 * <ol>
 * <li>CPU time of one PBKDF2-HMAC-SHA256 hash at 600,000 iterations (the JDK's implementation, which is what
 * Jakarta Security's Pbkdf2PasswordHash uses underneath);</li>
 * <li>successful sign-ins per second over HTTP ({@code POST /api/v1/auth/tokens}) at a fixed concurrency, using
 * members onboarded for the run (successes are never throttled; failures are, see SignInThrottle).</li>
 * </ol>
 * Arguments: base URL, admin e-mail, admin password, [seconds=30], [concurrency=4].
 */
public final class SignInBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        hashCost();
        if (args.length >= 3) {
            httpThroughput(args[0], args[1], args[2], args.length > 3 ? Integer.parseInt(args[3]) : 30,
                    args.length > 4 ? Integer.parseInt(args[4]) : 4);
        }
    }

    static void hashCost() throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        for (int i = 0; i < 2; i++) {
            f.generateSecret(new PBEKeySpec("warm-up-password".toCharArray(), salt, 600_000, 256));
        }
        int rounds = 10;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            f.generateSecret(new PBEKeySpec(("password-" + i).toCharArray(), salt, 600_000, 256));
        }
        System.out.printf("PBKDF2-HMAC-SHA256, 600,000 iterations: %.1f ms CPU, %.1f ms wall per hash (%d hashes)%n",
                (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / rounds, (System.nanoTime() - wallStart) / 1e6 / rounds, rounds);
    }

    static void httpThroughput(String base, String adminEmail, String adminPassword, int seconds, int concurrency)
            throws Exception {
        String adminToken = token(base, adminEmail, adminPassword);
        int accounts = Math.max(concurrency * 5, 20);
        String password = "Lantern-orchard-river-42-quiet";
        List<String> emails = new ArrayList<>();
        long run = System.currentTimeMillis();
        for (int i = 0; i < accounts; i++) {
            String email = "bench" + run + "." + i + "@benchmark.example";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/members"))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("email", email)
                            .add("name", "Benchmark " + i).add("password", password).build().toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("Could not onboard a benchmark member: " + r.statusCode() + " " + r.body());
            }
            emails.add(email);
        }
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    String email = emails.get(Math.floorMod(next.getAndIncrement(), emails.size()));
                    long s = System.nanoTime();
                    try {
                        token(base, email, password);
                        ok.incrementAndGet();
                        latencies.add(System.nanoTime() - s);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("HTTP sign-ins at concurrency %d for %.0f s: %d ok, %d failed, %.2f sign-ins/s, p50 %.0f ms, p99 %.0f ms%n",
                concurrency, elapsed, ok.get(), failed.get(), ok.get() / elapsed,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6);
    }

    private static String token(String base, String email, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("email", email)
                        .add("password", password).add("name", "benchmark").build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode());
        }
        return Json.createReader(new java.io.StringReader(r.body())).readObject().getString("token");
    }
}
