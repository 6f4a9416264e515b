package org.councilcommons.platform.errors;

/** Base of the exceptions a service throws on purpose; each maps to one HTTP status and one page message. */
public abstract class CommonsException extends RuntimeException {

    protected CommonsException(String message) {
        super(message, null, false, false);
    }

    /** The HTTP status the API answers with. */
    public abstract int status();

    /** A short title for the problem (RFC 9457 "title"). */
    public abstract String title();
}
