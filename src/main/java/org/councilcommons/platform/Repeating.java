package org.councilcommons.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work a node repeats on a schedule (digests, reminders). The first run waits one interval, so a node that restarts
 * often does not send in a burst; a failed run is logged and the next one tries again.
 */
public final class Repeating {

    private static final Logger LOG = Logger.getLogger(Repeating.class.getName());

    private Repeating() {}

    /**
     * @param interval an ISO-8601 duration from configuration ({@code PT15M})
     * @param what what the task does, for the log ("Sending search digests")
     */
    public static void every(ManagedScheduledExecutorService scheduler, String interval, long minimumSeconds,
            String what, Runnable task) {
        long every = Math.max(minimumSeconds, Duration.parse(interval).toSeconds());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed; will try again", e);
            }
        }, every, every, TimeUnit.SECONDS);
    }
}
