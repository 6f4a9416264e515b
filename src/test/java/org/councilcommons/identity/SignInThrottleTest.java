package org.councilcommons.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2025-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final String OWNER = "officer@reading.gov.uk";
    private static final String HOME = "203.0.113.7";

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(throttle.check(account, address).allowed(), "attempt " + (i + 1) + " should be allowed");
            throttle.failed(account, address);
        }
    }

    @Test
    void fiveFailuresForOneAccountFromOneAddressBlockThatPairUntilTheOldestExpires() {
        for (int i = 0; i < 5; i++) {
            fail(OWNER, HOME, 1);
            clock.advance(Duration.ofMinutes(1));
        }
        // failures at 0..4 minutes, now at 5: the first expires at 15
        SignInThrottle.Decision decision = throttle.check(OWNER, HOME);
        assertFalse(decision.allowed());
        assertEquals(Duration.ofMinutes(10), decision.retryAfter());
    }

    @Test
    void retryAfterIsRoundedUpToWholeSecondsAndIsAtLeastOne() {
        fail(OWNER, HOME, 5);
        clock.advance(Duration.ofMinutes(4).plusMillis(500));
        assertEquals(Duration.ofSeconds(11 * 60), throttle.check(OWNER, HOME).retryAfter());
        clock.advance(Duration.ofMinutes(11).minusMillis(501));
        assertEquals(Duration.ofSeconds(1), throttle.check(OWNER, HOME).retryAfter());
    }

    @Test
    void theWindowSlidesSoThePairIsAllowedAgainAfterFifteenMinutes() {
        fail(OWNER, HOME, 5);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertFalse(throttle.check(OWNER, HOME).allowed());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(SignInThrottle.Decision.ALLOWED, throttle.check(OWNER, HOME));
    }

    @Test
    void aBlockedPairDoesNotBlockTheSameAccountFromAnotherAddress() {
        fail(OWNER, "198.51.100.1", 5);
        assertFalse(throttle.check(OWNER, "198.51.100.1").allowed());
        assertTrue(throttle.check(OWNER, HOME).allowed());
    }

    @Test
    void thirtyFailuresFromOneAddressAcrossManyAccountsBlockThatAddress() {
        for (int i = 0; i < 30; i++) {
            fail("person" + i + "@example.org", "198.51.100.1", 1);
        }
        SignInThrottle.Decision decision = throttle.check("someone-new@example.org", "198.51.100.1");
        assertFalse(decision.allowed());
        assertEquals(Duration.ofMinutes(15), decision.retryAfter());
        assertTrue(throttle.check("someone-new@example.org", "198.51.100.2").allowed());
    }

    @Test
    void aSlowAttackFromManyAddressesBlocksNewAddressesButNotTheOwnersUsualOne() {
        throttle.succeeded(OWNER, HOME);
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 100; i++) {
            fail(OWNER, "198.51." + (i / 250) + "." + (i % 250), 1);
        }
        SignInThrottle.Decision stranger = throttle.check(OWNER, "192.0.2.99");
        assertFalse(stranger.allowed());
        assertEquals(Duration.ofHours(1), stranger.retryAfter());
        assertTrue(throttle.check(OWNER, HOME).allowed(), "the owner is not locked out");
    }

    @Test
    void anAddressStopsVouchingForAnAccountThirtyDaysAfterItsLastSuccess() {
        throttle.succeeded(OWNER, HOME);
        clock.advance(Duration.ofDays(30));
        for (int i = 0; i < 100; i++) {
            fail(OWNER, "198.51.100." + i, 1);
        }
        assertFalse(throttle.check(OWNER, HOME).allowed());
    }

    @Test
    void aSuccessClearsThatPairsFailures() {
        fail(OWNER, HOME, 4);
        throttle.succeeded(OWNER, HOME);
        fail(OWNER, HOME, 4);
        assertTrue(throttle.check(OWNER, HOME).allowed());
    }

    @Test
    void aSuccessDoesNotResetTheAddressCount() {
        for (int i = 0; i < 29; i++) {
            fail("person" + i + "@example.org", "198.51.100.1", 1);
        }
        throttle.succeeded("attackers-own@example.org", "198.51.100.1");
        fail("person29@example.org", "198.51.100.1", 1);
        assertFalse(throttle.check("person30@example.org", "198.51.100.1").allowed());
    }

    @Test
    void accountsAreComparedWithoutCaseOrSurroundingSpaces() {
        fail(OWNER, HOME, 3);
        fail("  Officer@Reading.GOV.uk ", HOME, 2);
        assertFalse(throttle.check(OWNER, HOME).allowed());
    }

    @Test
    void aMissingAddressCountsAsUnknown() {
        fail(OWNER, null, 3);
        fail(OWNER, "  ", 2);
        assertFalse(throttle.check(OWNER, "").allowed());
        assertEquals("unknown", SignInThrottle.address(null));
    }

    @Test
    void addressesInOneIpv6Slash64CountAsOne() {
        fail(OWNER, "2001:db8:1:2::1", 3);
        fail(OWNER, "2001:DB8:1:2:ffff:0:0:9", 2);
        assertFalse(throttle.check(OWNER, "[2001:db8:1:2::77]").allowed());
        assertTrue(throttle.check(OWNER, "2001:db8:1:3::1").allowed());
        assertEquals("192.0.2.1", SignInThrottle.address("::ffff:192.0.2.1"));
        assertEquals("not-an-address:1", SignInThrottle.address("not-an-address:1"));
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNewAddresses() {
        for (int i = 0; i < 200_000; i++) {
            String address = "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
            throttle.failed("victim" + i + "@example.org", address);
            assertTrue(throttle.trackedKeys() <= SignInThrottle.MAX_KEYS);
        }
        // the newest keys survive, so a current attack is still being counted
        fail(OWNER, HOME, 5);
        assertFalse(throttle.check(OWNER, HOME).allowed());
    }

    @Test
    void expiredEntriesAreSweptAway() {
        for (int i = 0; i < 5_000; i++) {
            throttle.failed("person" + i + "@example.org", "10.0." + (i >> 8) + "." + (i & 255));
        }
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < SignInThrottle.SWEEP_EVERY; i++) {
            throttle.check(OWNER, HOME);
        }
        assertEquals(0, throttle.trackedKeys());
    }
}
