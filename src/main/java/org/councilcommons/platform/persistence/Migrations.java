package org.councilcommons.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before anything else touches the database, then
 * announces {@link SchemaReady} so that start-up work (first administrator, demo content) can run in order.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DataSources.COMMONS)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean complete;
    private volatile String failure;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult result = flyway.migrate();
            var current = flyway.info().current();
            LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                    + result.migrationsExecuted + " migration(s) applied now)");
            complete = true;
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Database migration failed; the service reports itself not ready", e);
            return;
        }
        try {
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException e) {
            // the service can still serve what is in the database; the log says what did not happen
            LOG.log(Level.SEVERE, "Start-up work after migration failed (first administrator or demo content)", e);
        }
    }

    /** True once the schema is current: readiness depends on it. */
    public boolean isComplete() {
        return complete;
    }

    /** Why migration failed, for the readiness check; null when it did not. */
    public String failure() {
        return failure;
    }
}
