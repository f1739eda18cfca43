#!/usr/bin/env bash
# What deploy/run.sh is worth: the production jar started as a plain `java -jar` (the JVM's and
# glibc's defaults) and through deploy/run.sh, each warmed up with wrk for WARMUP (30 s), then
# loaded at CONNECTIONS (32) for DURATION (20 s) on POST /api/v1/predict; prints req/s, p99 and
# the largest RSS seen under the load (sampled every second). 127.0.0.1 only.
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/plain-jar.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
OUT=${OUT:-target/load}
mkdir -p "$OUT"
trap stop_server EXIT
[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -B -Pproduction package -DskipTests" >&2; exit 1; }

# measure NAME COMMAND...: starts the app with COMMAND, loads it, prints one line, stops it
measure() {
  local name=$1; shift
  "$@" --server.address=127.0.0.1 --server.port="$PORT" >"$OUT/$name.log" 2>&1 &
  SERVER_PID=$!
  await_server "$OUT/$name.log"
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/predict.lua "$URL" >/dev/null
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/predict.lua "$URL" >"$OUT/$name-wrk.txt" &
  local wrk_pid=$! max=0 rss
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss=$(rss_mb); [ "$rss" -gt "$max" ] && max=$rss
    sleep 1
  done
  wait "$wrk_pid"
  printf '%-12s %10s req/s  p99 %8s  max RSS %5s MB\n' "$name" \
    "$(awk '/Requests\/sec/ { print $2 }' "$OUT/$name-wrk.txt")" "$(awk '$1 == "99%" { print $2 }' "$OUT/$name-wrk.txt")" "$max"
  stop_server
}

echo "# $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(uptime | sed 's/.*load/load/'), $CONNECTIONS connections"
measure java-jar env -u MALLOC_ARENA_MAX -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$JAVA" -jar "$JAR"
measure deploy-run env -u JAVA_OPTS deploy/run.sh "$JAR"
