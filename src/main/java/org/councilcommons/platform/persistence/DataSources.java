package org.councilcommons.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Every value comes from MicroProfile Config (defaults in
 * {@code META-INF/microprofile-config.properties}, environment variables {@code COMMONS_DB_*} override them).
 */
@DataSourceDefinition(
        name = DataSources.COMMONS,
        className = "org.councilcommons.platform.persistence.CommonsDataSource",
        url = "${MPCONFIG=commons.db.url}",
        user = "${MPCONFIG=commons.db.user}",
        password = "${MPCONFIG=commons.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        transactional = true,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DataSources {

    public static final String COMMONS = "java:app/jdbc/commons";
}
