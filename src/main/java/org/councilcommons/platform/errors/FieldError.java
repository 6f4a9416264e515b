package org.councilcommons.platform.errors;

/** One thing wrong with one field, in words a user can act on ("Enter a title"). */
public record FieldError(String field, String message) {}
