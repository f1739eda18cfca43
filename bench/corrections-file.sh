#!/usr/bin/env bash
# The H2 file's size against the data it holds: ROUNDS (3) of corrections sent at RATE (50/s) for
# DURATION (30 s) each, every round followed by IDLE (60 s) without any (H2's own housekeeping would
# run then, were it on), the file's size printed after each beside the size of the images sent
# (most of what a correction stores). EXTRA_ARGS as in bench/corrections.sh (another datasource URL).
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests (and apt-get install -y wrk):
#   bench/corrections-file.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "$0 needs wrk: apt-get install -y wrk" >&2; exit 2; }
DB=h2
. bench/corrections.sh
RATE=${RATE:-50}
DURATION=${DURATION:-30}
IDLE=${IDLE:-60}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=5
corrections_setup file
corrections_header "$ROUNDS x ($RATE corrections/s for $DURATION s, then $IDLE s idle)"
cd "$OUT/work"
start_server "$OUT/server.log" "${APP_ARGS[@]}"
cd "$ROOT"
FILE=$OUT/work/data/corrections.mv.db
PNG_BYTES=$(stat -c %s "$PNG")
for round in $(seq 1 "$ROUNDS"); do
  DELAY_MS=$((CONNECTIONS * 1000 / RATE)) wrk -t1 -c$CONNECTIONS -d"${DURATION}s" -s bench/correction.lua \
    "http://127.0.0.1:$PORT/api/v1/corrections" >"$OUT/wrk-$round.txt"
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$OUT/wrk-$round.txt")
  total=$(( ${total:-0} + requests ))
  printf "round %d: %d corrections in all (images %d MB), file %d MB after writing" "$round" "$total" \
    $(( total * PNG_BYTES >> 20 )) $(( $(stat -c %s "$FILE") >> 20 ))
  sleep "$IDLE"
  printf ", %d MB after %d s idle\n" $(( $(stat -c %s "$FILE") >> 20 )) "$IDLE"
done
