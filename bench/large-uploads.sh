#!/usr/bin/env bash
# Large uploads against the deployed heap: "2026" on 4096x4096 pages (bench/LargeImages.java: grey PNG,
# a note on a desk as RGB PNG and JPEG, RGBA on a transparent page) posted to /api/v1/read, each alone
# (status, seconds, the text), then a flood: CONCURRENCY (24) senders at once, ROUNDS (4) each of every
# image. Counts the answers' statuses, the OutOfMemoryErrors in the server's log and its peak RSS, and
# checks that a small image is still read after the flood.
# Usage, from the repository root, after ./mvnw -B -Pproduction package -DskipTests:
#   bench/large-uploads.sh [--app.arg=value ...]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
CONCURRENCY=${CONCURRENCY:-24}
ROUNDS=${ROUNDS:-4}
OUT=${OUT:-target/load}
mkdir -p "$OUT/large"
trap stop_server EXIT
"$JAVA" bench/LargeImages.java "$OUT/large"
READ=http://127.0.0.1:$PORT/api/v1/read
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(uptime | sed 's/.*load/load/'), JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}, app args: ${*:-none}"
start_server "$OUT/large-server.log" "$@"
post() { # post FILE: status, seconds and the start of the answer
  local type=image/png
  case $1 in *.jpg) type=image/jpeg ;; esac
  curl -s -o "$OUT/large-answer.json" -w '%{http_code} %{time_total}' -H "Content-Type: $type" --data-binary @"$1" "$READ"
  echo " $(head -c 60 "$OUT/large-answer.json")"
}
export READ OUT # for the senders' shells
for image in "$OUT"/large/*; do
  echo "alone: $(basename "$image") ($(stat -c %s "$image") bytes): $(post "$image")"
done
peak=$(rss_mb)
for _ in $(seq "$ROUNDS"); do ls "$OUT"/large/*; done | sort -R > "$OUT/large-list.txt"
seq "$CONCURRENCY" | xargs -P "$CONCURRENCY" -I{} sh -c \
  'while read -r f; do curl -s -o /dev/null -w "%{http_code}\n" -H "Content-Type: image/$(case $f in *.jpg) echo jpeg;; *) echo png;; esac)" --data-binary @"$f" "$READ"; done < "$OUT/large-list.txt"' \
  > "$OUT/large-statuses.txt" &
FLOOD=$!
while kill -0 "$FLOOD" 2>/dev/null; do
  rss=$(rss_mb); [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.2
done
echo "flood: $CONCURRENCY senders x $ROUNDS rounds of $(ls "$OUT"/large | wc -l) images: $(sort "$OUT/large-statuses.txt" | uniq -c | awk '{printf "%s x %s, ", $1, $2}')OutOfMemoryErrors in the log: $(grep -c OutOfMemoryError "$OUT/large-server.log" || true), peak RSS $peak MB, $(uptime | sed 's/.*load/load/')"
echo "after: $(post "$PNG")"
