package org.councilcommons.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Loads N synthetic published case studies straight into the database (JDBC batches), for the search benchmark.
 * Run with the server stopped, against a database the server has migrated once (so the schema exists); the next
 * start finds no index for them and rebuilds it from the database, which is the rebuild being measured.
 * Arguments: JDBC URL, user, password, N, [corpus=topics|uniform] ({@link Synthetic}).
 */
public final class LoadCaseStudies {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        Synthetic synthetic = new Synthetic(42,
                args.length > 4 ? Synthetic.Kind.valueOf(args[4].toUpperCase()) : Synthetic.Kind.TOPICS);
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            long councilId;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select min(id) from council")) {
                rs.next();
                councilId = rs.getLong(1);
            }
            long base = 50_000_000L;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement cs = c.prepareStatement("insert into case_study (id, council_id, title, summary,"
                    + " body_source, body_html, sanitiser_version, project_status, editorial_state, created_at, updated_at,"
                    + " published_at, version) values (?,?,?,?,?,?,1,?,'PUBLISHED',?,?,?,1)");
                    PreparedStatement th = c.prepareStatement("insert into case_study_theme (case_study_id, theme) values (?,?)");
                    PreparedStatement ba = c.prepareStatement("insert into case_study_barrier (case_study_id, barrier) values (?,?)")) {
                for (int i = 0; i < n; i++) {
                    Synthetic.CaseStudy d = synthetic.next(i);
                    long id = base + i;
                    cs.setLong(1, id);
                    cs.setLong(2, councilId);
                    cs.setString(3, d.title());
                    cs.setString(4, d.summary());
                    cs.setString(5, d.body());
                    cs.setString(6, "<p>" + d.body().replace("\n\n", "</p><p>") + "</p>");
                    cs.setString(7, d.status());
                    cs.setTimestamp(8, now);
                    cs.setTimestamp(9, now);
                    cs.setTimestamp(10, Timestamp.from(Instant.now().minusSeconds(i)));
                    cs.addBatch();
                    for (String t : d.themes()) {
                        th.setLong(1, id);
                        th.setString(2, t);
                        th.addBatch();
                    }
                    for (String b : d.barriers()) {
                        ba.setLong(1, id);
                        ba.setString(2, b.toUpperCase().replace('-', '_'));
                        ba.addBatch();
                    }
                    if (i % 1_000 == 999) {
                        cs.executeBatch();
                        th.executeBatch();
                        ba.executeBatch();
                        c.commit();
                    }
                }
                cs.executeBatch();
                th.executeBatch();
                ba.executeBatch();
                c.commit();
            }
        }
        System.out.printf("Loaded %d case studies in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
    }
}
