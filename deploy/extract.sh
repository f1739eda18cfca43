#!/usr/bin/env bash
# Unpacks the production jar into DEST (DEST/<jar name> + DEST/lib/) and records a class-data
# archive of the classes that start-up loads, DEST/app.jsa (AppCDS). Started as
#   java -XX:SharedArchiveFile=DEST/app.jsa -jar DEST/<jar name>
# the app answers its first prediction in ≈ 3.7 s instead of ≈ 8.5 s from the jar (bench/RESULTS.md,
# "Start-up"). The recording run starts the app once (on a free port) and stops it after
# start-up: run this where the app can load its model — from the folder holding saved_model/,
# or pass --recognition.model-path=... The archive belongs to this JDK: record it again after a
# JDK update (a JVM that cannot use it warns and starts without it).
# Usage: deploy/extract.sh JAR DEST [--app.arg=value ...]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 JAR DEST [--app.arg=value ...]" >&2
  exit 2
fi
jar=$1 dest=$2
shift 2
rm -rf "$dest"
java -Djarmode=tools -jar "$jar" extract --destination "$dest"
TF_CPP_MIN_LOG_LEVEL=2 java -XX:ArchiveClassesAtExit="$dest/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Dspring.context.exit=onRefresh -jar "$dest/$(basename "$jar")" --server.port=0 "$@" >"$dest/app.jsa.log" 2>&1 \
  || { echo "the recording run failed, see $dest/app.jsa.log" >&2; exit 1; }
echo "$dest/$(basename "$jar") and $dest/app.jsa ready"
