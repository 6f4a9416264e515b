/**
 * MicroProfile Health checks: readiness (schema migrated, database answering) and liveness.
 */

package org.councilcommons.platform.health;
