#!/usr/bin/env bash
# Unpacks the production jar into DEST (DEST/<jar name> + DEST/lib/), records what start-up loads
# and writes DEST/jvm.args, the JVM options that use it. Start the app as
#   java -Xmx128m -XX:+UseSerialGC @DEST/jvm.args -jar DEST/<jar name>
# On Java 25+ the record is an AOT cache (DEST/app.aot: classes loaded and linked, method profiles);
# on Java 21-24 a class-data archive (DEST/app.jsa, AppCDS). Either way the first prediction comes
# much sooner than from the jar (bench/RESULTS.md, "Start-up"). The recording run starts the app
# once (on a free port) and stops it after start-up: run this where the app can load its model —
# from the folder holding saved_model/, or pass --recognition.model-path=... The record belongs to
# this JDK: record it again after a JDK update (a JVM that cannot use it warns and starts without).
# Usage: deploy/extract.sh JAR DEST [--app.arg=value ...]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 JAR DEST [--app.arg=value ...]" >&2
  exit 2
fi
jar=$1 dest=$2
shift 2
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p')
rm -rf "$dest"
java -Djarmode=tools -jar "$jar" extract --destination "$dest"
dest=$(cd "$dest" && pwd)
app="$dest/$(basename "$jar")"

# TensorFlow Java loads native code (JavaCPP, which also uses sun.misc.Unsafe): say so, so that no warning is printed
options="--enable-native-access=ALL-UNNAMED"
[ "$java_major" -ge 23 ] && options="$options --sun-misc-unsafe-memory-access=allow"
if [ "$java_major" -ge 25 ]; then
  record="-XX:AOTCacheOutput=$dest/app.aot" use="-XX:AOTCache=$dest/app.aot"
else
  record="-XX:ArchiveClassesAtExit=$dest/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" use="-XX:SharedArchiveFile=$dest/app.jsa"
fi
# shellcheck disable=SC2086 # the options are words
TF_CPP_MIN_LOG_LEVEL=2 java $options $record -Dspring.context.exit=onRefresh -jar "$app" --server.port=0 "$@" \
  >"$dest/record.log" 2>&1 || { echo "the recording run failed, see $dest/record.log" >&2; exit 1; }
echo "$options $use" >"$dest/jvm.args"
echo "$app ready: java @$dest/jvm.args -jar $app"
