/**
 * The data source (H2 or PostgreSQL chosen by configuration), Flyway migrations at start and JPA helpers.
 * Depends on Jakarta EE, MicroProfile Config and Flyway only.
 */

package org.councilcommons.platform.persistence;
