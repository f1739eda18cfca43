#!/usr/bin/env bash
# Model versions (#16): live swaps under API load, and native memory across many swaps.
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/swap.sh
# Starts the jar on a fresh models folder and H2 file under target/swap, drops in version 2 (the
# shipped weights under another card version, made here, not kept in git) and waits for the app to
# list it. Then (1) SwapLoad: CONNECTIONS (32) clients POST /api/v1/predict without pause while the
# admin API promotes 2, 1, 2, ... SWAPS (20) times, GAP_MS (3000) apart: failed and wrong-model
# answers, the swap pause; (2) RSS_SWAPS (50) more promotions under light load (wrk, 4 connections),
# the process's RSS after every 10th (let 2 s settle first).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
OUT=${OUT:-target/swap}
CONNECTIONS=${CONNECTIONS:-32}
SWAPS=${SWAPS:-20}
GAP_MS=${GAP_MS:-3000}
RSS_SWAPS=${RSS_SWAPS:-50}
PASSWORD=swap-bench
MODELS=$(pwd)/$OUT/models
rm -rf "$OUT" && mkdir -p "$OUT"
trap stop_server EXIT

echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
start_server "$OUT/server.log" --models.dir="$MODELS" --security.admin.password=$PASSWORD \
  "--spring.datasource.url=jdbc:h2:file:$(pwd)/$OUT/db/corrections;WRITE_DELAY=0"
BASE=http://127.0.0.1:$PORT

# version 2, copied in as an operator would: into a hidden folder, then renamed at once
cp -r saved_model "$MODELS/digits/.copy-2"
sed -i 's/"version" : "\([^"]*\)"/"version" : "\1-copy2"/' "$MODELS/digits/.copy-2/model.json"
mv "$MODELS/digits/.copy-2" "$MODELS/digits/2"
for _ in $(seq 1 200); do
  curl -s -u admin:$PASSWORD "$BASE/api/v1/models" | grep -q '"number":2,[^}]*"status":"OK"' && break
  sleep 0.1
done
echo "# version 2 listed after the drop: $(curl -s -u admin:$PASSWORD "$BASE/api/v1/models" | grep -o '"number":2,"name":"[^"]*","status":"[A-Z]*"')"

echo "# (1) $SWAPS swaps under $CONNECTIONS connections"
# SwapLoad needs only the JDK: run as a single source file, not through the bench profile
"$JAVA" src/bench/java/com/digitrecognizer/models/SwapLoad.java "$BASE" admin:$PASSWORD "$PNG" \
  "$CONNECTIONS" "$SWAPS" "$GAP_MS" 1 2 | tee "$OUT/swap-load.txt"
echo "# $(uptime | sed 's/.*load/load/')"

echo "# (2) RSS across $RSS_SWAPS swaps under light load"
wrk -t1 -c4 -d3600s -s bench/predict.lua "$URL" >/dev/null &
WRK_PID=$!
for s in $(seq 1 "$RSS_SWAPS"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u admin:$PASSWORD -X POST "$BASE/api/v1/models/$(( s % 2 + 1 ))/promote")
  [ "$code" = 200 ] || { echo "promotion $s answered $code" >&2; exit 1; }
  if [ $(( s % 10 )) = 0 ]; then
    sleep 2
    echo "after swap $s: RSS $(rss_mb) MB" | tee -a "$OUT/rss.txt"
  fi
done
kill "$WRK_PID"; wait "$WRK_PID" 2>/dev/null || true
awk '/after swap 10:/ { a = $5 } /after swap 50:/ { b = $5 } END { if (a) printf "# RSS after swap 50 vs 10: %+.1f %%\n", 100 * (b - a) / a }' "$OUT/rss.txt"
echo "# $(uptime | sed 's/.*load/load/')"
