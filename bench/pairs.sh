#!/usr/bin/env bash
# Same-run pairs: a JMH benchmark run on an earlier commit (BASE) and on this working tree, back to
# back, PAIRS times, alternately; prints each run's medians (sample mode) or scores (throughput)
# with the time, the load and the CPU model. On these shared 2-core machines a run's figures move
# by ±20 % with what the other core is doing: a change is judged by pairs, not by two numbers
# taken an hour apart. The earlier commit is built in a git worktree under target/pairs/.
# Usage, from the repository root:
#   bench/pairs.sh BASE [JMH arguments]        e.g.
#   PAIRS=4 bench/pairs.sh 553c9e4 "ReadingBenchmark.readSixDigits -f 1 -wi 3 -i 5 -w 2s -r 3s -p touching=true"
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?"usage: bench/pairs.sh BASE [JMH arguments]"}
ARGS=${2:-"ReadingBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s"}
PAIRS=${PAIRS:-3}
ROOT=$(pwd)
BASE_TREE="$ROOT/target/pairs/$(git rev-parse --short "$BASE")"
if [ ! -d "$BASE_TREE" ]; then
  git worktree add --detach "$BASE_TREE" "$BASE" >/dev/null
fi
for tree in "$BASE_TREE" "$ROOT"; do
  (cd "$tree" && ./mvnw -q -Pbench test-compile)
done
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; base $(git rev-parse --short "$BASE"), now $(git rev-parse --short HEAD) + working tree"
for pair in $(seq "$PAIRS"); do
  for tree in "$BASE_TREE" "$ROOT"; do
    name=$([ "$tree" = "$ROOT" ] && echo now || echo base)
    echo "== pair $pair, $name, $(date -u +%T) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
    (cd "$tree" && ./mvnw -q -o -Pbench exec:exec@bench -Dbench.args="$ARGS" 2>&1) \
      | grep -E '^[A-Za-z]+Benchmark\.[A-Za-z]+(:p0\.50| ).*(sample|thrpt|avgt)' | grep -v ':p0\.[0-46-9]\|:p1\.00' || true
  done
done
echo "(remove the base's worktree when done: git worktree remove $BASE_TREE)"
