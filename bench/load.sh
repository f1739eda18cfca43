#!/usr/bin/env bash
# HTTP load of POST /api/v1/predict with wrk (apt-get install -y wrk), on 127.0.0.1 only.
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/load.sh [--app.arg=value ...]      e.g. bench/load.sh --recognition.batching.enabled=false
# Env: RUNS (3) runs of DURATION (15 s) at each of CONNECTIONS ("1 8 32 128"); CEILING=0 skips
# the bare model's multi-threaded ceiling (JMH, 4 threads) measured after the load in the same run.
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

echo "# $(nproc) cores, $(uptime | sed 's/.*load/load/'), app args: ${*:-none}"
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
  echo "# the bare model's ceiling, same run: images/s from 4 threads, one image per inference"
  ./mvnw -q -B -Pbench -Dbench.args="ClassifierBenchmark.classify -p batch=1 -p intraOp=1 -t 4 -bm thrpt -tu s -f 1 -wi 2 -i 3 -w 2s -r 3s" \
    | grep -E '^ClassifierBenchmark'
fi
