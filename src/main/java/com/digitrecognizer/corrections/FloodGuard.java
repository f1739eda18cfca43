package com.digitrecognizer.corrections;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many corrections one client may send: a token bucket per client of {@code perMinute}
 * tokens, refilled evenly over the minute, so a burst is allowed and a flood is not. The map of
 * clients is bounded: when it grows past {@link #MAX_CLIENTS}, clients whose bucket is full again
 * (idle for a minute) are forgotten.
 */
final class FloodGuard {

    private static final int MAX_CLIENTS = 10_000;
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    FloodGuard(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one token of this client's; false when it has none left. */
    boolean tryAcquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    /** Seconds until this client has a token again. */
    long secondsToWait() {
        return Math.max(1, 60 / perMinute);
    }

    private final class Bucket {
        private double tokens = perMinute;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (double) (now - refilledAt) * perMinute / MINUTE_NANOS);
            refilledAt = now;
        }
    }
}
