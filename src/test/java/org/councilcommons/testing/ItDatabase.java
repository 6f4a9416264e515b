package org.councilcommons.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Which database the integration suite runs on ({@code -Dcommons.it.db=h2|postgresql}, set per failsafe
 * execution) and how a server is pointed at it. PostgreSQL is the real server at 127.0.0.1:5432 (trust auth,
 * database {@code test}); each suite gets fresh schemas of its own.
 */
public final class ItDatabase {

    static final String PG_BASE = System.getProperty("commons.it.pg", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("commons.it.pg.user", "postgres");

    private ItDatabase() {}

    public static String kind() {
        return System.getProperty("commons.it.db", "h2");
    }

    public static boolean isPostgres() {
        return "postgresql".equals(kind());
    }

    /** Environment for a server process; {@code schema} keeps the black-box server and Arquillian apart. */
    public static Map<String, String> serverEnvironment(String schema, String h2DataDir) {
        // the data folder holds the search index as well as H2's files, so every server gets its own
        if (isPostgres()) {
            return Map.of("COMMONS_DB_URL", PG_BASE + "?currentSchema=" + schema,
                    "COMMONS_DB_USER", PG_USER, "COMMONS_DB_PASSWORD", "unused-with-trust-auth",
                    "COMMONS_DATA_DIR", h2DataDir);
        }
        return Map.of("COMMONS_DATA_DIR", h2DataDir);
    }

    /** Drops and creates the suite's schemas, so every run starts from an empty database. */
    static void resetPostgres(String... schemas) {
        try (Connection c = DriverManager.getConnection(PG_BASE, PG_USER, ""); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("create schema " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The integration suite needs PostgreSQL at " + PG_BASE
                    + " (user " + PG_USER + ", trust auth). Start it, or run with -DskipPostgres=true. Cause: "
                    + e.getMessage(), e);
        }
    }
}
