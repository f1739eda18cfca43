#!/usr/bin/env bash
# Start-up time of the production jar: from `java -jar` to the first 200 of POST /api/v1/predict
# (polled every 50 ms). Usage, from the repository root, after the production build:
#   bench/startup.sh [--app.arg=value ...]      env RUNS (5), JAVA_OPTS (-Xmx128m -XX:+UseSerialGC), JAR
# The unpacked jar with its class-data archive, as deploy/ runs it:
#   deploy/extract.sh target/digit-recognizer-1.0.0-SNAPSHOT.jar target/app
#   JAR=target/app/digit-recognizer-1.0.0-SNAPSHOT.jar \
#     JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:SharedArchiveFile=target/app/app.jsa" bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
RUNS=${RUNS:-5}
mkdir -p target/load
trap stop_server EXIT
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(uptime | sed 's/.*load/load/'), $JAR, JAVA_OPTS=${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC}"
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  start_server target/load/startup.log "$@"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $run: first prediction after $ms ms ($(grep -o 'Started Application in [0-9.]* seconds' target/load/startup.log))"
  echo "$ms" >>target/load/startup-ms.txt
  stop_server
done
echo "# median $(tail -n "$RUNS" target/load/startup-ms.txt | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') ms"
