package org.councilcommons.platform.errors;

/** The request is valid but clashes with the current state (publishing what is already published, a duplicate code). */
public class StateConflict extends CommonsException {

    public StateConflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }
}
