package org.councilcommons.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Before any integration test of a PostgreSQL run: fresh schemas for the black-box server and for Arquillian. */
public class ResetDatabases implements LauncherSessionListener {

    public static final String SERVER_SCHEMA = "commons_it";
    public static final String ARQUILLIAN_SCHEMA = "commons_arq";
    public static final String DURABILITY_SCHEMA = "commons_kill";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("commons.it.db") != null && ItDatabase.isPostgres()) {
            ItDatabase.resetPostgres(SERVER_SCHEMA, ARQUILLIAN_SCHEMA, DURABILITY_SCHEMA);
        }
    }
}
