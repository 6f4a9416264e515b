package org.councilcommons.platform.errors;

import java.time.Duration;

/** The caller must wait before trying again (sign-in throttling); the API adds {@code Retry-After}. */
public class TooManyRequests extends CommonsException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        this("Too many attempts. Wait " + Waits.describe(retryAfter) + " and try again, or reset your password.", retryAfter);
    }

    /** Any other rate limit, with its own explanation. */
    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many attempts";
    }

    /** "2 minutes", "40 seconds": how people say a wait. */
    public static final class Waits {
        private Waits() {}

        public static String describe(Duration d) {
            long seconds = Math.max(1, d.toSeconds());
            if (seconds < 60) {
                return seconds + (seconds == 1 ? " second" : " seconds");
            }
            long minutes = (seconds + 59) / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
    }
}
