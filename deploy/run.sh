#!/usr/bin/env bash
# Starts the app with the process settings it was measured with (bench/RESULTS.md), which a plain
# `java -jar` does not have and the jar cannot set for itself: a 128 MB heap and the serial
# collector (with the JVM's defaults, a quarter of the machine's memory and G1, the app was
# 1.2-1.3 GB resident under load instead of 0.55 GB: bench/plain-jar.sh), at most two malloc arenas
# for TensorFlow's and zlib's native memory, TensorFlow's start-up lines off, TensorFlow's own
# kernels rather than its oneDNN ones (a third faster for this model's inferences) — except on a CPU
# that multiplies bfloat16 (Intel AMX, AVX-512 BF16), where oneDNN runs the network in bfloat16,
# faster still (rounds 22 and 23), but for AMD's Zen 5 (CPU family 26), where oneDNN is slower in
# either precision (round 44) — and TensorFlow's
# native code declared (no warnings from Java 23+). The app's own defaults are in
# application.properties.
# Usage, from the folder holding saved_model/ (or pass --recognition.model-path=...):
#   deploy/run.sh JAR [--app.arg=value ...]
#   deploy/run.sh --onednn        prints the TF_ENABLE_ONEDNN_OPTS it would choose on this CPU
# With a jvm.args beside the jar (deploy/extract.sh writes one), its options are used as well.
# Env: JAVA_HOME (else the java on the PATH); JAVA_OPTS replaces "-Xmx128m -XX:+UseSerialGC"
# (give the heap about 0.3 MB more per person drawing at the same time); MALLOC_ARENA_MAX,
# TF_CPP_MIN_LOG_LEVEL and TF_ENABLE_ONEDNN_OPTS when set are kept.
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 JAR [--app.arg=value ...]" >&2
  exit 2
fi
# 1 where oneDNN in bfloat16 answers faster than TensorFlow's own kernels, else 0 (as Kernels.bfloat16Faster)
onednn() {
  [ -r /proc/cpuinfo ] || { echo 0; return; }
  awk -F': *' '/^vendor_id/ { amd = ($2 == "AuthenticAMD") } /^cpu family/ { family = $2 + 0 }
    /^flags/ { amx = / amx_bf16( |$)/; avx512 = / avx512_bf16( |$)/; exit }
    END { print (amx || (avx512 && !(amd && family >= 26))) ? 1 : 0 }' /proc/cpuinfo
}
if [ "$1" = --onednn ]; then
  onednn
  exit 0
fi
jar=$1
shift
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
java_major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p')
if [ -f "$(dirname "$jar")/jvm.args" ]; then
  options="@$(dirname "$jar")/jvm.args" # extract.sh's options declare the native access too
else
  options="--enable-native-access=ALL-UNNAMED"
  [ "$java_major" -ge 23 ] && options="$options --sun-misc-unsafe-memory-access=allow"
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-2}
export TF_ENABLE_ONEDNN_OPTS=${TF_ENABLE_ONEDNN_OPTS:-$(onednn)}
# exec: the JVM gets SIGTERM itself and shuts down gracefully
# shellcheck disable=SC2086 # the options are words
exec "$java" ${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC} $options -jar "$jar" "$@"
