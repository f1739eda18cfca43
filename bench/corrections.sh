# Sourced by the corrections benches (corrections-kill9.sh, corrections-write.sh), from the
# repository root: the jar (bench/server.sh) on PORT 18096, beside bench/load.sh's 18095, with
# OUT=target/NAME-$DB fresh, a working folder OUT/work (where the default H2 file goes: data/),
# and APP_ARGS for the app: the model, no flood limit, EXTRA_ARGS (e.g. another
# --spring.datasource.url to compare settings), and with DB=postgres a PostgreSQL 17
# started for the bench (bench/postgres.sh), stopped at exit.
ROOT=$(pwd)
PORT=${PORT:-18096}
. bench/server.sh
. bench/postgres.sh
DB=${DB:-h2}
JAR=$ROOT/$JAR
PNG=$ROOT/$PNG
export PNG

# corrections_setup NAME
corrections_setup() {
  OUT=$ROOT/target/$1-$DB
  rm -rf "$OUT" && mkdir -p "$OUT/work"
  APP_ARGS=(--recognition.model-path="$ROOT/saved_model" --corrections.max-per-client-per-minute=1000000 ${EXTRA_ARGS:-})
  if [ "$DB" = postgres ]; then
    start_postgres
    APP_ARGS+=(--spring.datasource.url="$PG_URL" --spring.datasource.username=postgres --spring.datasource.password=)
  fi
  trap 'stop_server; [ "$DB" = postgres ] && stop_postgres' EXIT
}

# the first line of every report
corrections_header() {
  echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(uptime | sed 's/.*load/load/'), DB=$DB, $*"
}
