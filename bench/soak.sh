#!/usr/bin/env bash
# Memory soak: TOTAL (1,000,000) predictions through POST /api/v1/predict with wrk, on 127.0.0.1,
# in chunks of CHUNK (60) seconds after a 30 s warm-up; the server's RSS (ps -o rss) is sampled
# every 5 s under load. Stops by itself after TOTAL predictions or MAX_MINUTES (30).
# Usage, from the repository root, after the production build:
#   bench/soak.sh [--app.arg=value ...]      env JAVA_OPTS, CONNECTIONS (32)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
TOTAL=${TOTAL:-1000000}
CHUNK=${CHUNK:-60}
CONNECTIONS=${CONNECTIONS:-32}
MAX_MINUTES=${MAX_MINUTES:-30}
OUT=target/load
mkdir -p "$OUT"
trap stop_server EXIT

echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(uptime | sed 's/.*load/load/'), JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}, app args: ${*:-none}"
start_server "$OUT/soak-server.log" "$@"
echo "RSS after start: $(rss_mb) MB"

# wrk_sampled SECONDS: runs wrk, samples RSS meanwhile; prints "requests non2xx max_rss_mb"
wrk_sampled() {
  wrk -t1 -c"$CONNECTIONS" -d"$1s" -s bench/predict.lua "$URL" >"$OUT/soak-wrk.txt" &
  local wrk_pid=$! max=0 rss
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss=$(rss_mb); [ "$rss" -gt "$max" ] && max=$rss
    sleep 5
  done
  wait "$wrk_pid"
  local requests bad
  requests=$(awk '/requests in/ { print $1 }' "$OUT/soak-wrk.txt")
  bad=$(awk '/Non-2xx/ { print $NF }' "$OUT/soak-wrk.txt")
  echo "$requests ${bad:-0} $max"
}

read -r _ _ warm_max < <(wrk_sampled 30)
warm=$(rss_mb)
echo "RSS after the warm-up: $warm MB (max under load $warm_max MB)"
done_count=0; bad_total=0; peak=$warm_max; start=$(date +%s)
while [ "$done_count" -lt "$TOTAL" ] && [ $(( $(date +%s) - start )) -lt $(( MAX_MINUTES * 60 )) ]; do
  read -r n bad max < <(wrk_sampled "$CHUNK")
  done_count=$((done_count + n)); bad_total=$((bad_total + bad)); [ "$max" -gt "$peak" ] && peak=$max
  echo "$(( $(date +%s) - start )) s: $done_count predictions, non-2xx $bad_total, RSS $(rss_mb) MB (max in chunk $max MB)"
done
end=$(rss_mb)
echo "# $done_count predictions after the warm-up in $(( $(date +%s) - start )) s, non-2xx $bad_total; RSS after warm-up $warm MB, at the end $end MB ($(awk -v a="$warm" -v b="$end" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }') %), peak under load $peak MB; $(uptime | sed 's/.*load/load/')"
