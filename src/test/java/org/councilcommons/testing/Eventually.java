package org.councilcommons.testing;

import java.util.function.BooleanSupplier;

/** Waits for something the server does in the background (indexing, e-mail), failing with what was awaited. */
public final class Eventually {

    private Eventually() {}

    public static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited 30 s for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
