package com.digitrecognizer.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks a user name out, from one address, after too many wrong passwords in a row, for a while:
 * guessing is slowed to a few tries per lockout, while the same user from another address, and
 * other users, are not locked out by someone else's guesses. Bounded: past {@link #MAX_KEPT}
 * entries, those no longer locked are forgotten.
 */
final class LoginThrottle {

    private static final int MAX_KEPT = 10_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean locked(String user, String address) {
        Failures found = failures.get(key(user, address));
        return found != null && found.lockedUntil() != null && clock.instant().isBefore(found.lockedUntil());
    }

    /** Counts a wrong password; answers true when this one locks the user out. */
    boolean failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEPT) {
            failures.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
        }
        Failures after = failures.compute(key(user, address), (key, before) -> {
            int count = before == null || (before.lockedUntil() != null && !now.isBefore(before.lockedUntil()))
                    ? 1 : before.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
        });
        return after.lockedUntil() != null;
    }

    void succeeded(String user, String address) {
        failures.remove(key(user, address));
    }

    private static String key(String user, String address) {
        return user + '\n' + address;
    }
}
