package org.councilcommons.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.councilcommons.platform.persistence.DataSources;
import org.councilcommons.platform.persistence.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema is migrated and the database answers, so a load balancer sends no traffic to a node that
 * cannot serve. Liveness reports the database too but stays up when only the database is down: restarting this
 * process would not bring the database back.
 */
@ApplicationScoped
public class DatabaseReadiness {

    @Resource(lookup = DataSources.COMMONS)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Readiness
    @ApplicationScoped
    static class Ready implements HealthCheck {
        @Inject
        DatabaseReadiness database;

        @Override
        public HealthCheckResponse call() {
            return database.check("database", true);
        }
    }

    @Liveness
    @ApplicationScoped
    static class Live implements HealthCheck {
        @Inject
        DatabaseReadiness database;

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponse db = database.check("database", false);
            return HealthCheckResponse.named("application").up()
                    .withData("database", db.getStatus() == HealthCheckResponse.Status.UP ? "reachable" : "unreachable")
                    .build();
        }
    }

    HealthCheckResponse check(String name, boolean needsSchema) {
        var response = HealthCheckResponse.named(name);
        if (needsSchema && !migrations.isComplete()) {
            String why = migrations.failure();
            return response.down().withData("schema", why == null ? "migrating" : "migration failed: " + why).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid).withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()).build();
        }
    }
}
