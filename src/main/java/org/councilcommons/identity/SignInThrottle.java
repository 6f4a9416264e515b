package org.councilcommons.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits failed sign-ins (OWASP ASVS 2.2.1) without giving an attacker a way to lock a member out.
 * <p>
 * Failures are counted in sliding windows per client address, per (account, address) pair, and per account
 * from anywhere. The per-account limit catches a slow attack spread over many addresses, but it never blocks an
 * address that has signed in to that account in the last 30 days, so the owner still gets in from their usual
 * place while someone elsewhere is guessing. A success clears its pair's failures only: clearing the address
 * count would let an attacker with an account of their own reset it at will.
 * <p>
 * Counts live in memory on this node. In a cluster each node counts alone, which multiplies the limits by the
 * number of nodes; at these numbers that is still far too few guesses to matter, and it needs no shared store.
 * <p>
 * Memory stays bounded under attack: each of the four maps holds at most {@value #MAX_KEYS} keys (accounts cut
 * to 254 characters, addresses to 64) and each key at most its limit's count of timestamps, so the worst case is
 * tens of megabytes. Expired entries go on access and in a sweep every {@value #SWEEP_EVERY} calls (at most once
 * a minute); a map that is still full drops its quietest tenth. In practice every recorded failure costs a PBKDF2
 * verification, so the maps stay far smaller.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Whether to try the password now, and if not, how long until the blocking window frees a slot. */
    public record Decision(boolean allowed, Duration retryAfter) {
        public static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    record Limit(int failures, Duration window) {}

    /** One host trying many accounts (credential stuffing). Offices behind one NAT stay well under it. */
    static final Limit PER_ADDRESS = new Limit(30, Duration.ofMinutes(15));

    /** Guessing one member's password from one place; enough slack for someone who has mistyped a few times. */
    static final Limit PER_PAIR = new Limit(5, Duration.ofMinutes(15));

    /** A slow attack on one member from many addresses: at most 2,400 guesses a day per node. */
    static final Limit PER_ACCOUNT = new Limit(100, Duration.ofHours(1));

    /** How long a successful sign-in vouches for its address against the per-account limit. */
    static final Duration TRUSTED_FOR = Duration.ofDays(30);

    static final int MAX_KEYS = 100_000;

    /** A power of two, so the check is a mask. */
    static final int SWEEP_EVERY = 1_024;

    /** A sweep walks every key, so under a flood it is also held to once a minute; the windows are far longer. */
    static final long MIN_MILLIS_BETWEEN_SWEEPS = Duration.ofMinutes(1).toMillis();

    static final String UNKNOWN_ADDRESS = "unknown";

    /** E-mail addresses cannot be longer, so cutting there never merges a real account with another. */
    private static final int MAX_ACCOUNT_LENGTH = 254;

    private static final int MAX_ADDRESS_LENGTH = 64;

    /** Only these characters reach InetAddress, which then parses a literal and never looks a name up. */
    private static final Pattern IPV6 = Pattern.compile("\\[?([0-9a-f:][0-9a-f:.]*)(?:%[^\\]]*)?]?");

    private final Clock clock;
    private final EventLog byAddress = new EventLog(PER_ADDRESS);
    private final EventLog byPair = new EventLog(PER_PAIR);
    private final EventLog byAccount = new EventLog(PER_ACCOUNT);
    /** The last success per pair. */
    private final EventLog successes = new EventLog(new Limit(1, TRUSTED_FOR));
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong lastSweep = new AtomicLong();

    /** For CDI. */
    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Call before verifying the password, so a blocked guess costs no hashing and reveals nothing. */
    public Decision check(String account, String clientAddress) {
        long now = tick();
        String acct = account(account);
        String address = address(clientAddress);
        String pair = pair(acct, address);
        long wait = Math.max(byAddress.waitMillis(address, now), byPair.waitMillis(pair, now));
        if (!signedInRecently(pair, now)) {
            wait = Math.max(wait, byAccount.waitMillis(acct, now));
        }
        if (wait == 0) {
            return Decision.ALLOWED;
        }
        // Whole seconds for a Retry-After header, rounded up so a prompt retry is never refused again.
        return new Decision(false, Duration.ofSeconds(Math.max(1, (wait + 999) / 1000)));
    }

    public void failed(String account, String clientAddress) {
        long now = tick();
        String acct = account(account);
        String address = address(clientAddress);
        byAddress.record(address, now);
        byPair.record(pair(acct, address), now);
        byAccount.record(acct, now);
    }

    public void succeeded(String account, String clientAddress) {
        long now = tick();
        String pair = pair(account(account), address(clientAddress));
        byPair.clear(pair);
        successes.record(pair, now);
    }

    /** With a limit of one, a key "at its limit" is one with a success inside the window. */
    private boolean signedInRecently(String pair, long now) {
        return successes.waitMillis(pair, now) > 0;
    }

    /** The size of the fullest map, for tests of the memory bound. */
    int trackedKeys() {
        return Math.max(Math.max(byAddress.size(), byPair.size()), Math.max(byAccount.size(), successes.size()));
    }

    private long tick() {
        long now = clock.millis();
        long last = lastSweep.get();
        if ((calls.incrementAndGet() & (SWEEP_EVERY - 1)) == 0
                && now - last >= MIN_MILLIS_BETWEEN_SWEEPS
                && lastSweep.compareAndSet(last, now)) {
            for (EventLog log : List.of(byAddress, byPair, byAccount, successes)) {
                log.sweep(now);
            }
        }
        return now;
    }

    static String account(String account) {
        String a = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return a.length() > MAX_ACCOUNT_LENGTH ? a.substring(0, MAX_ACCOUNT_LENGTH) : a;
    }

    /**
     * IPv6 addresses are grouped by their /64, which one subscriber usually holds whole: otherwise an attacker
     * could use a fresh address for every guess.
     */
    static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        String a = clientAddress.strip().toLowerCase(Locale.ROOT);
        Matcher m = IPV6.matcher(a);
        if (m.matches() && m.group(1).indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(m.group(1)).getAddress();
                return bytes.length == 16
                        ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
                        : InetAddress.getByAddress(bytes).getHostAddress(); // IPv4-mapped
            } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
                // counted as the text it is
            }
        }
        return a.length() > MAX_ADDRESS_LENGTH ? a.substring(0, MAX_ADDRESS_LENGTH) : a;
    }

    /** Length-prefixed so no choice of account and address can collide with another pair. */
    private static String pair(String account, String address) {
        return account.length() + ":" + account + address;
    }

    /** Recent event times per key, for one limit, in a map of bounded size. */
    static final class EventLog {

        private final int limit;
        private final long windowMillis;
        private final ConcurrentHashMap<String, Times> map = new ConcurrentHashMap<>();

        EventLog(Limit limit) {
            this.limit = limit.failures();
            this.windowMillis = limit.window().toMillis();
        }

        void record(String key, long now) {
            if (map.size() >= MAX_KEYS && !map.containsKey(key)) {
                makeRoom(now);
            }
            map.compute(key, (k, times) -> (times == null ? new Times(limit) : times).add(now));
        }

        /** Milliseconds until the key is under its limit again; zero if it is now. Drops the key if expired. */
        long waitMillis(String key, long now) {
            long[] wait = {0};
            map.computeIfPresent(key, (k, times) -> {
                if (times.expire(now - windowMillis)) {
                    return null;
                }
                if (times.size() >= limit) {
                    // Only the latest `limit` events are kept, so the oldest kept is the one whose expiry frees a slot.
                    wait[0] = times.oldest() + windowMillis - now;
                }
                return times;
            });
            return wait[0];
        }

        void clear(String key) {
            map.remove(key);
        }

        int size() {
            return map.size();
        }

        void sweep(long now) {
            for (String key : map.keySet()) {
                map.computeIfPresent(key, (k, times) -> times.expire(now - windowMillis) ? null : times);
            }
        }

        /**
         * Under a flood of new keys, the keys quiet longest are the least useful to keep. Leaving a tenth free
         * means the scan and sort happen once per ten thousand new keys, not on every one.
         */
        private synchronized void makeRoom(long now) {
            if (map.size() < MAX_KEYS) {
                return;
            }
            sweep(now);
            int excess = map.size() - (MAX_KEYS - MAX_KEYS / 10);
            if (excess <= 0) {
                return;
            }
            // Snapshot the ages first: sorting on values that change underneath breaks the sort's contract.
            record Age(String key, long newest) {}
            map.entrySet().stream()
                    .map(e -> new Age(e.getKey(), e.getValue().newest()))
                    .sorted(Comparator.comparingLong(Age::newest))
                    .limit(excess)
                    .forEach(age -> map.remove(age.key()));
        }
    }

    /** At most {@code limit} times, oldest first, in a plain array that grows only as events arrive. */
    static final class Times {

        private final int limit;
        private long[] times;
        private int size;

        Times(int limit) {
            this.limit = limit;
            this.times = new long[Math.min(limit, 4)];
        }

        synchronized Times add(long now) {
            // A clock stepping back must not put times out of order, or expiry would stop at the wrong place.
            long time = size == 0 ? now : Math.max(now, times[size - 1]);
            if (size == limit) {
                System.arraycopy(times, 1, times, 0, size - 1);
                size--;
            } else if (size == times.length) {
                times = Arrays.copyOf(times, Math.min(limit, size * 2));
            }
            times[size++] = time;
            return this;
        }

        /** Drops times at or before the cutoff; true when none are left. */
        synchronized boolean expire(long cutoff) {
            int expired = 0;
            while (expired < size && times[expired] <= cutoff) {
                expired++;
            }
            if (expired > 0) {
                System.arraycopy(times, expired, times, 0, size - expired);
                size -= expired;
            }
            return size == 0;
        }

        synchronized int size() {
            return size;
        }

        synchronized long oldest() {
            return times[0];
        }

        synchronized long newest() {
            return size == 0 ? Long.MIN_VALUE : times[size - 1];
        }
    }
}
