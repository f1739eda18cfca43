# Sourced by load.sh, soak.sh and startup.sh: starts and stops the production jar (JAR, default
# target/digit-recognizer-1.0.0-SNAPSHOT.jar) on 127.0.0.1.
# JAVA_OPTS (default -Xmx128m -XX:+UseSerialGC, see RESULTS.md), MALLOC_ARENA_MAX (default 2, as
# deploy/ sets it), TF_ENABLE_ONEDNN_OPTS (default as deploy/run.sh chooses it: 1 where oneDNN in bfloat16 is faster) and the arguments of
# start_server go to the JVM and the app.
JAR=${JAR:-target/digit-recognizer-1.0.0-SNAPSHOT.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# TensorFlow Java's native code and its use of sun.misc.Unsafe, declared so that Java 23+ prints no warning
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p')
NATIVE_ACCESS="--enable-native-access=ALL-UNNAMED"
[ "$JAVA_MAJOR" -ge 23 ] && NATIVE_ACCESS="$NATIVE_ACCESS --sun-misc-unsafe-memory-access=allow"
ONEDNN=$(deploy/run.sh --onednn)
PORT=${PORT:-18095}
URL=http://127.0.0.1:$PORT/api/v1/predict
PNG=${PNG:-src/test/resources/api/digit-7.png}
export PNG

# start_server LOG [--app.arg=value ...]: starts the jar, returns when the first prediction answers 200
start_server() {
  local log=$1; shift
  [ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -B -Pproduction package -DskipTests" >&2; exit 1; }
  TF_CPP_MIN_LOG_LEVEL=2 MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} TF_ENABLE_ONEDNN_OPTS=${TF_ENABLE_ONEDNN_OPTS:-$ONEDNN} "$JAVA" $NATIVE_ACCESS ${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" "$@" \
    >"$log" 2>&1 &
  SERVER_PID=$!
  await_server "$log"
}

# await_server LOG: returns when the server started as SERVER_PID answers its first prediction with 200
await_server() {
  local log=$1
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: image/png' --data-binary @"$PNG" "$URL")" = 200 ]; then
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server died, see $log" >&2; exit 1; }
    sleep 0.05
  done
  echo "the server did not answer within 60 s, see $log" >&2
  stop_server; exit 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

rss_mb() {
  echo $(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
}
