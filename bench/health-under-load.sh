#!/usr/bin/env bash
# Does /actuator/health stay UP while the API is flooded? Starts the jar with 200 request threads
# (more than recognition.max-in-flight, so requests queue for the admission slots), loads
# POST /api/v1/predict with wrk at CONNECTIONS (128) for DURATION (60 s) and meanwhile polls the
# health endpoint POLLS (40) times, one every half second after a few seconds of load. HTTP 200 is
# UP, 503 DOWN; a poll without an answer within 5 s counts as not UP, as a load balancer would
# count it. On 127.0.0.1 only, bounded by DURATION and the polls' timeouts.
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/health-under-load.sh [--app.arg=value ...]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
CONNECTIONS=${CONNECTIONS:-128}
DURATION=${DURATION:-60}
POLLS=${POLLS:-40}
OUT=${OUT:-target/load}
mkdir -p "$OUT"
WRK_PID=
stop_all() {
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null || true
  stop_server
}
trap stop_all EXIT

echo "# $(nproc) cores, $(uptime | sed 's/.*load/load/'), 200 request threads, $CONNECTIONS connections, app args: ${*:-none}"
start_server "$OUT/health-server.log" --server.tomcat.threads.max=200 "$@"
HEALTH=http://127.0.0.1:$PORT/actuator/health

wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/predict.lua "$URL" >"$OUT/health-wrk.txt" &
WRK_PID=$!
sleep 5 # the load builds up and the queue for the slots fills

up=0 under_load=0
for poll in $(seq 1 "$POLLS"); do
  kill -0 "$WRK_PID" 2>/dev/null && under_load=$((under_load + 1))
  status=$(curl -s -m 5 -o "$OUT/health-poll.json" -w '%{http_code}' "$HEALTH" || true)
  if [ "$status" = 200 ]; then
    up=$((up + 1))
  else
    echo "poll $poll: HTTP ${status:-none} $(head -c 300 "$OUT/health-poll.json" 2>/dev/null)"
  fi
  sleep 0.5
done
wait "$WRK_PID" || true
WRK_PID=

rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/health-wrk.txt")
refused=$(awk '/Non-2xx/ { print $NF }' "$OUT/health-wrk.txt")
echo "UP in $up of $POLLS polls ($under_load of them during the load); API load: $rps req/s, ${refused:-0} non-2xx"
