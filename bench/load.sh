#!/usr/bin/env bash
# HTTP load of POST /api/v1/predict with wrk (apt-get install -y wrk), on 127.0.0.1 only.
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/load.sh [--app.arg=value ...]      e.g. bench/load.sh --recognition.batching.enabled=false
# Env: RUNS (3) runs of DURATION (15 s) at each of CONNECTIONS ("1 8 32 128"); CEILING=0 skips
# the in-process ceilings (JMH, 4 threads: the bare model, and the request's whole path) measured
# after the load in the same run, and the HTTP throughput as a share of the whole path's ceiling.
# Prints one line per run and the medians per connection count. wrk shares the machine's cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
RUNS=${RUNS:-3}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-1 8 32 128}
OUT=${OUT:-target/load}
mkdir -p "$OUT"
: >"$OUT/runs.txt"
trap stop_server EXIT

echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(uptime | sed 's/.*load/load/'), app args: ${*:-none}"
start_server "$OUT/server.log" "$@"
wrk -t1 -c32 -d30s -s bench/predict.lua "$URL" >/dev/null # warm-up: the JIT settles after ~30 s of load

# wrk's latency to ms: 950.00us, 3.21ms, 1.02s
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[^m]s$/) v *= 1000; printf "%.2f", v }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-5s %-4s %10s %9s %9s %8s\n' conns run 'req/s' 'p50 ms' 'p99 ms' 'non-2xx'
for c in $CONNECTIONS; do
  for run in $(seq 1 "$RUNS"); do
    wrk -t1 -c"$c" -d"${DURATION}s" --latency -s bench/predict.lua "$URL" >"$OUT/wrk-c$c-$run.txt"
    f=$OUT/wrk-c$c-$run.txt
    rps=$(awk '/Requests\/sec/ { print $2 }' "$f")
    p50=$(awk '$1 == "50%" { print $2 }' "$f" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$f" | to_ms)
    bad=$(awk '/Non-2xx/ { print $NF }' "$f"); bad=${bad:-0}
    printf '%-5s %-4s %10s %9s %9s %8s\n' "$c" "$run" "$rps" "$p50" "$p99" "$bad" | tee -a "$OUT/runs.txt"
  done
done
echo "# RSS $(rss_mb) MB; $(uptime | sed 's/.*load/load/')"
stop_server

echo "# medians"
for c in $CONNECTIONS; do
  printf '%-5s %-4s %10s %9s %9s\n' "$c" med \
    "$(awk -v c="$c" '$1 == c { print $3 }' "$OUT/runs.txt" | tail -n "$RUNS" | median)" \
    "$(awk -v c="$c" '$1 == c { print $4 }' "$OUT/runs.txt" | tail -n "$RUNS" | median)" \
    "$(awk -v c="$c" '$1 == c { print $5 }' "$OUT/runs.txt" | tail -n "$RUNS" | median)"
done

if [ "${CEILING:-1}" = 1 ]; then
  echo "# in-process ceilings, same run, 4 threads: the bare model (one image per inference) and the whole path"
  echo "# of a request (the same PNG decoded, normalised, recognised through the Recognizer, batching on)"
  ./mvnw -q -B -Pbench -Dbench.args="ClassifierBenchmark.classify -p batch=1 -p intraOp=1 -t 4 -bm thrpt -tu s -f 1 -wi 2 -i 3 -w 2s -r 3s" \
    | grep -E '^ClassifierBenchmark' | tee "$OUT/ceiling-model.txt"
  ./mvnw -q -B -Pbench -Dbench.args="RecognitionBenchmark.recognizePng -p image=api -p batching=true -t 4 -bm thrpt -tu s -f 1 -wi 2 -i 3 -w 3s -r 3s" \
    | grep -E '^RecognitionBenchmark' | tee "$OUT/ceiling-path.txt"
  path=$(awk '{ print $(NF-3) }' "$OUT/ceiling-path.txt")
  for c in $CONNECTIONS; do
    rps=$(awk -v c="$c" '$1 == c { print $3 }' "$OUT/runs.txt" | tail -n "$RUNS" | median)
    awk -v c="$c" -v r="$rps" -v p="$path" 'BEGIN { printf "# %s connections: %.0f %% of the whole path'"'"'s in-process ceiling\n", c, 100 * r / p }'
  done
fi
