package org.councilcommons.platform.persistence;

/** Fired once at start, after the migrations: start-up work that needs the database observes it. */
public record SchemaReady() {}
