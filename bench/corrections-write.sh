#!/usr/bin/env bash
# Writing corrections at a steady RATE (50/s) for DURATION (60 s) through the API: the p50 and p99
# of the database write itself (digits_correction_save_seconds, commit included) and of the whole
# HTTP request (wrk, recognition of the image included). DB=h2 (default, the jar's H2 file in a
# fresh working folder) or DB=postgres (bench/postgres.sh).
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/corrections-write.sh            DB=postgres bench/corrections-write.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/corrections.sh
RATE=${RATE:-50}
DURATION=${DURATION:-60}
CONNECTIONS=5
corrections_setup write
corrections_header "$RATE corrections/s for $DURATION s"
cd "$OUT/work"
start_server "$OUT/server.log" "${APP_ARGS[@]}"
cd "$ROOT"
# each of the connections waits between its requests so that together they send about RATE a second
DELAY_MS=$((CONNECTIONS * 1000 / RATE)) wrk -t1 -c$CONNECTIONS -d10s -s bench/correction.lua \
  "http://127.0.0.1:$PORT/api/v1/corrections" >/dev/null # warm-up
DELAY_MS=$((CONNECTIONS * 1000 / RATE)) wrk -t1 -c$CONNECTIONS -d"${DURATION}s" --latency -s bench/correction.lua \
  "http://127.0.0.1:$PORT/api/v1/corrections" | tee "$OUT/wrk.txt" | grep -E 'Requests/sec|^ +(50|99)%|Non-2xx'
curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | grep '^digits_correction_save_seconds' | tee "$OUT/save.txt"
