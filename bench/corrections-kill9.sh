#!/usr/bin/env bash
# Nothing acknowledged is lost: SENDERS (4) clients stream TOTAL (1,000) corrections to the jar;
# once HALF (500) have their 201, the app is killed with kill -9 (no shutdown, no flush); the
# rest fail. Then the app is started again on the same database, and every id that got a 201 is
# looked up through the admin API. DB=h2 (default: the jar's own default, an H2 file under data/
# of a fresh working folder) or DB=postgres (a real PostgreSQL 17, bench/postgres.sh).
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/corrections-kill9.sh            DB=postgres bench/corrections-kill9.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/corrections.sh
TOTAL=${TOTAL:-1000}
SENDERS=${SENDERS:-4}
HALF=${HALF:-$((TOTAL / 2))}
export SECURITY_ADMIN_PASSWORD=kill9-bench
corrections_setup kill9
corrections_header "$TOTAL corrections from $SENDERS senders, kill -9 after $HALF"
cd "$OUT/work" # the H2 default is ./data/corrections under the working folder
start_server "$OUT/server-1.log" "${APP_ARGS[@]}"

send() { # sender N: its share of the corrections, one id a line in acked-N for every 201
  for _ in $(seq 1 $((TOTAL / SENDERS))); do
    curl -s -m 10 -o "$OUT/body-$1" -w '%{http_code}\n' -F image=@"$PNG" -F label=1 \
      "http://127.0.0.1:$PORT/api/v1/corrections" >"$OUT/status-$1" 2>/dev/null || true
    if [ "$(cat "$OUT/status-$1")" = 201 ]; then
      echo "$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' "$OUT/body-$1")" >>"$OUT/acked-$1"
    fi
  done
}
for s in $(seq 1 "$SENDERS"); do : >"$OUT/acked-$s"; send "$s" & done
while [ "$(cat "$OUT"/acked-* | wc -l)" -lt "$HALF" ]; do sleep 0.01; done
kill -9 "$SERVER_PID"
killed_at=$(cat "$OUT"/acked-* | wc -l)
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=
wait # the senders finish, their remaining requests refused
acked=$(cat "$OUT"/acked-* | sort -n | uniq)
echo "acknowledged (201): $(echo "$acked" | wc -l) ($killed_at when killed)"

start_server "$OUT/server-2.log" "${APP_ARGS[@]}"
missing=0
for id in $acked; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u admin:kill9-bench "http://127.0.0.1:$PORT/api/v1/corrections/$id")
  [ "$code" = 200 ] || { missing=$((missing + 1)); echo "missing: $id (HTTP $code)"; }
done
stored=$(curl -s -u admin:kill9-bench "http://127.0.0.1:$PORT/api/v1/corrections?size=1" | sed -n 's/.*"totalElements":\([0-9]*\).*/\1/p')
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
echo "after restart: $stored stored, $missing of the acknowledged missing"
[ "$missing" = 0 ]
