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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.councilcommons.maturity.Dimension;
import org.councilcommons.maturity.MaturityModel;
import org.councilcommons.maturity.PeerMatcher;
import org.councilcommons.maturity.Profile;
import org.councilcommons.maturity.Sharing;

/**
 * Peer matching at scale: 400 councils, each with five years of quarterly self-assessments (20 submissions).
 * Not a test; run by hand (README, "Benchmarks").
 * <ul>
 * <li>{@code inprocess}: the matching arithmetic alone over 400 latest profiles;</li>
 * <li>{@code load <jdbc url> <user> <password>}: writes the councils and their histories straight into a migrated
 * database (JDBC batches);</li>
 * <li>{@code http <base url> <bearer token> <council code> [requests]}: times {@code GET /api/v1/councils/{code}/peers},
 * the whole request (every council's latest levels, sharing choices, case study and help counts, the matching).</li>
 * </ul>
 */
public final class PeerBenchmark {

    static final int COUNCILS = 400;
    static final int QUARTERS = 20;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "inprocess" -> inProcess();
            case "load" -> load(args[1], args[2], args[3]);
            case "http" -> http(args[1], args[2], args[3], args.length > 4 ? Integer.parseInt(args[4]) : 500);
            default -> throw new IllegalArgumentException("inprocess | load | http");
        }
    }

    /** A council's levels drifting upwards over the quarters, as real councils' do, with the odd step back. */
    static List<Map<String, Integer>> history(MaturityModel model, Random random) {
        List<Map<String, Integer>> quarters = new ArrayList<>();
        Map<String, Integer> levels = new HashMap<>();
        model.dimensions().forEach(d -> levels.put(d.key(), 1 + random.nextInt(3)));
        for (int q = 0; q < QUARTERS; q++) {
            for (Dimension d : model.dimensions()) {
                int step = random.nextInt(10) == 0 ? 1 : random.nextInt(25) == 0 ? -1 : 0;
                levels.put(d.key(), Math.max(1, Math.min(5, levels.get(d.key()) + step)));
            }
            quarters.add(Map.copyOf(levels));
        }
        return quarters;
    }

    static void inProcess() {
        MaturityModel model = MaturityModel.bundled();
        Random random = new Random(7);
        Sharing[] sharing = Sharing.values();
        List<Profile> all = new ArrayList<>();
        for (int i = 0; i < COUNCILS; i++) {
            all.add(new Profile((long) i, "W98" + i, "Council " + i, "Type " + (i % 6), 50_000 + random.nextInt(900_000),
                    history(model, random).getLast(), sharing[i % 3]));
        }
        PeerMatcher matcher = new PeerMatcher(model);
        PeerMatcher.Offers offers = PeerMatcher.Offers.NONE;
        for (int i = 0; i < 2_000; i++) {
            Profile me = all.get(i % COUNCILS);
            matcher.similar(me, all);
            matcher.aheadOn(me, all, offers);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Profile me = all.get(i % COUNCILS);
            long s = System.nanoTime();
            matcher.similar(me, all);
            matcher.aheadOn(me, all, offers);
            matcher.cohort(me, all);
            matcher.peerMedian(me, all);
            times.add(System.nanoTime() - s);
        }
        report("In-process matching over " + COUNCILS + " councils (similar, ahead on, cohort, median)", times);
    }

    static void load(String url, String user, String password) throws Exception {
        MaturityModel model = MaturityModel.bundled();
        Random random = new Random(7);
        String[] types = {"UNITARY", "DISTRICT", "COUNTY", "METROPOLITAN_BOROUGH", "LONDON_BOROUGH", "WELSH"};
        Instant now = Instant.now();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (PreparedStatement council = c.prepareStatement("insert into council (id, code, name, type, region,"
                    + " population, created_at, version) values (?,?,?,?,?,?,?,1)");
                    PreparedStatement assessment = c.prepareStatement("insert into assessment (id, council_id, latest,"
                            + " model_version, state, method, created_at, updated_at, submitted_at, version)"
                            + " values (?,?,?,?,'SUBMITTED','LEVELS',?,?,?,1)");
                    PreparedStatement level = c.prepareStatement("insert into assessment_level (assessment_id, dimension,"
                            + " maturity_level) values (?,?,?)");
                    PreparedStatement share = c.prepareStatement("insert into maturity_sharing (council_id, sharing,"
                            + " updated_at, version) values (?,?,?,1)")) {
                long assessmentId = 90_000_000L;
                for (int i = 0; i < COUNCILS; i++) {
                    long councilId = 80_000_000L + i;
                    council.setLong(1, councilId);
                    council.setString(2, String.format("W98%06d", i));
                    council.setString(3, "Benchmark Council " + i);
                    council.setString(4, types[i % types.length]);
                    council.setString(5, "Benchmark region " + (i % 12));
                    council.setInt(6, 50_000 + random.nextInt(900_000));
                    council.setTimestamp(7, Timestamp.from(now));
                    council.addBatch();
                    share.setLong(1, councilId);
                    share.setString(2, Sharing.values()[i % 3].name());
                    share.setTimestamp(3, Timestamp.from(now));
                    share.addBatch();
                    List<Map<String, Integer>> quarters = history(model, random);
                    for (int q = 0; q < QUARTERS; q++) {
                        long id = assessmentId++;
                        Timestamp at = Timestamp.from(now.minus(91L * (QUARTERS - 1 - q), ChronoUnit.DAYS));
                        assessment.setLong(1, id);
                        assessment.setLong(2, councilId);
                        assessment.setBoolean(3, q == QUARTERS - 1);
                        assessment.setString(4, model.version());
                        assessment.setTimestamp(5, at);
                        assessment.setTimestamp(6, at);
                        assessment.setTimestamp(7, at);
                        assessment.addBatch();
                        for (var e : quarters.get(q).entrySet()) {
                            level.setLong(1, id);
                            level.setString(2, e.getKey());
                            level.setInt(3, e.getValue());
                            level.addBatch();
                        }
                    }
                }
                council.executeBatch();
                share.executeBatch();
                assessment.executeBatch();
                level.executeBatch();
            }
            c.commit();
        }
        System.out.printf("Loaded %d councils with %d submissions each in %.1f s%n", COUNCILS, QUARTERS,
                (System.nanoTime() - started) / 1e9);
    }

    static void http(String base, String token, String code, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/councils/" + code + "/peers"))
                .header("Authorization", "Bearer " + token).build();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long s = System.nanoTime();
            client.send(request, HttpResponse.BodyHandlers.discarding());
            times.add(System.nanoTime() - s);
        }
        report("GET /api/v1/councils/" + code + "/peers over HTTP, one at a time", times);
    }

    static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("%s, %,d runs: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.getLast() / 1e6);
    }
}
