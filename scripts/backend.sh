#!/usr/bin/env bash
# Starts the packaged backend the way `make run` does, with its class-data archive (AppCDS) when there is a current one.
#   scripts/backend.sh [java -D options…]   exec java in backend/target/quarkus-app (the archive names its jars by that
#                                           relative path, so the JVM refuses it from any other folder)
#   scripts/backend.sh --train              (re)writes the archive when it is missing or older than the build: starts the
#                                           backend once with -XX:ArchiveClassesAtExit, waits for ready, reads a few pages
#                                           (as the demo coordinator when the demo is loaded), stops it. The JVM writes
#                                           the classes it loaded; later starts map them instead of loading and verifying
#                                           each class again (issue 17: 4.4 s → under 3 s to ready on 2 cores).
# The environment is the app's (DB_URL, DB_USER, DB_PASSWORD, PORT, APP_KEYS_DIR, APP_SPA_DIR, QUARKUS_PROFILE…).
# JAVA_OPTS defaults to a small heap with the serial collector (RSS after the first request ≤ 300 MB, bench/start.sh), with
# roomier survivor spaces and a heap that grows ahead of its use: under the indicator roll-up's load (4 clients, 20,000
# figures each) the defaults promoted short-lived rows and ran nine 100 ms full collections (p95 135 ms); these, two (p95 91 ms).
# An archive trained with other JAVA_OPTS or another JVM is refused by the JVM at start (-Xshare:auto) and costs nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="$ROOT/backend/target/quarkus-app"
ARCHIVE="$APP/app-cds.jsa"
JAVA_OPTS="${JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=60 -XX:MaxHeapFreeRatio=90}"
[ -f "$APP/quarkus-run.jar" ] || { echo "no backend build at $APP (make build)" >&2; exit 1; }
cd "$APP"

current() { # the archive exists and is newer than every file of the build
  [ -f "$ARCHIVE" ] && [ -z "$(find quarkus-run.jar app lib quarkus -newer "$ARCHIVE" -type f -print -quit)" ]
}

if [ "${1:-}" = --train ]; then
  current && exit 0
  port="${CDS_TRAIN_PORT:-18499}"
  log="$(mktemp /tmp/app-cds-train.XXXXXX.log)"
  rm -f "$ARCHIVE"
  echo "Training the class-data archive (once per build): one start of the backend on :$port…"
  # shellcheck disable=SC2086
  PORT="$port" java $JAVA_OPTS -XX:ArchiveClassesAtExit="$ARCHIVE" -Dquarkus.profile="${QUARKUS_PROFILE:-demo}" \
    -jar quarkus-run.jar >"$log" 2>&1 &
  pid=$!
  b="http://127.0.0.1:$port"
  source "$ROOT/scripts/wait-ready.sh"
  (wait_ready "$port" $pid "$log") || { echo "the training start failed: the app starts without an archive" >&2; kill $pid 2>/dev/null; exit 0; }
  token=$(curl -sf -X POST "$b/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"ubnd","password":"demo1234"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' || true)
  for path in plans tasks events campaigns organizations me/home notifications; do
    curl -s -o /dev/null -H "Authorization: Bearer ${token:-none}" "$b/api/$path" || true
  done
  kill $pid; wait $pid 2>/dev/null || true
  if [ -f "$ARCHIVE" ]; then echo "Archive written: $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB)"; else echo "no archive written (see $log)" >&2; fi
  rm -f "$log"
  exit 0
fi

share=()
current && share=(-XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto)
# shellcheck disable=SC2086
exec java $JAVA_OPTS "${share[@]}" "$@" -jar quarkus-run.jar
