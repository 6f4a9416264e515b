/**
 * The search outbox: a row per searchable change, written in the change's own transaction, read by the search
 * indexer. Depends on JPA only; it knows entity types by name, not by class.
 */

package org.councilcommons.platform.outbox;
