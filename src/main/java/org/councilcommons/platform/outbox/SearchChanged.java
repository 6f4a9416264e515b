package org.councilcommons.platform.outbox;

/** Fired with each outbox row; the indexer observes it after commit to index the change at once. */
public record SearchChanged(String entityType, Long entityId) {}
