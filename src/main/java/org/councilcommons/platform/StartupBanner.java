package org.councilcommons.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.councilcommons.platform.persistence.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The last start-up step: says where the service is, so whoever started it knows where to go. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    @ConfigProperty(name = "commons.port", defaultValue = "8080")
    int port;

    @Inject
    @ConfigProperty(name = "commons.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "commons.db.url")
    String databaseUrl;

    void onSchemaReady(@Observes @Priority(1000) SchemaReady ready) {
        String database = databaseUrl.startsWith("jdbc:h2:") ? "embedded H2 in " + dataDir : "PostgreSQL";
        LOG.info(() -> "Council Commons is ready at http://localhost:" + port + "/ (database: " + database + ")");
    }
}
