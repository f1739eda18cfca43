#!/usr/bin/env bash
# Writing corrections at a steady RATE (50/s) for DURATION (60 s) from CONNECTIONS (5) senders
# through the API, after WARMUP (60 s) at the same rate: long enough for the JIT to have compiled the
# request's path (bench/RESULTS.md, round 66). The database write itself (digits_correction_save_seconds,
# commit included) as the share of writes within each bucket up to 5 ms and the p99's bucket, counted
# over the measured run only (the histogram's buckets read before and after it), and the p50 and
# p99 of the whole HTTP request (wrk, recognition of the image included). DB=h2 (default, the jar's H2 file in a
# fresh working folder) or DB=postgres (bench/postgres.sh). With DB=postgres, first the ceiling under
# its write: this disk's own 8 KB write + fdatasync, FSYNCS (1000) at RATE, in PostgreSQL's data
# folder, before the app starts (bench/FsyncProbe.java; into $OUT/fsync.txt).
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests (and apt-get install -y wrk):
#   bench/corrections-write.sh            DB=postgres bench/corrections-write.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "$0 needs wrk: apt-get install -y wrk" >&2; exit 2; }
. bench/corrections.sh
RATE=${RATE:-50}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-5}
WARMUP=${WARMUP:-60}
corrections_setup write
corrections_header "$RATE corrections/s for $DURATION s after $WARMUP s"
if [ "$DB" = postgres ]; then
  "$JAVA" bench/FsyncProbe.java "$PG_DIR/data" "${FSYNCS:-1000}" "$RATE" | tee "$OUT/fsync.txt"
fi
cd "$OUT/work"
start_server "$OUT/server.log" "${APP_ARGS[@]}" \
  --management.metrics.distribution.slo.digits.correction.save=1ms,2ms,3ms,4ms,5ms,7ms,10ms,20ms,50ms,100ms
cd "$ROOT"
# each of the connections waits between its requests so that together they send about RATE a second
DELAY_MS=$((CONNECTIONS * 1000 / RATE)) wrk -t1 -c$CONNECTIONS -d"${WARMUP}s" -s bench/correction.lua \
  "http://127.0.0.1:$PORT/api/v1/corrections" >/dev/null
save_buckets() {
  curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | sed -n 's/^digits_correction_save_seconds_bucket{le="\([^"]*\)"} /\1 /p'
}
save_buckets >"$OUT/before.txt"
DELAY_MS=$((CONNECTIONS * 1000 / RATE)) wrk -t1 -c$CONNECTIONS -d"${DURATION}s" --latency -s bench/correction.lua \
  "http://127.0.0.1:$PORT/api/v1/corrections" | tee "$OUT/wrk.txt" | grep -E 'Requests/sec|^ +(50|99)%|Non-2xx'
save_buckets >"$OUT/after.txt"
# each line of before/after: a bucket's bound in seconds and the count of writes within it
paste -d' ' "$OUT/before.txt" "$OUT/after.txt" | awk '{ n = $4 - $2; bound[NR] = $1; count[NR] = n; total = n }
  END { if (total == 0) { print "no write measured"; exit 1 }
        for (i = 1; i <= NR; i++) {
          if (bound[i] != "+Inf" && bound[i] <= 0.005) printf "writes within %s ms: %.2f %%\n", bound[i] * 1000, 100 * count[i] / total
          if (!p99 && count[i] >= 0.99 * total) p99 = bound[i] }
        printf "write p99 within %s ms (%d writes measured)\n", p99 * 1000, total }' | tee "$OUT/save.txt"
