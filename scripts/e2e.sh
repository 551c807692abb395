#!/usr/bin/env bash
# Browser tests against the real stack: a fresh database with the demo data, the packaged
# backend serving the built SPA on one port, Playwright driving Debian's Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
E2E_PORT="${E2E_PORT:-18080}"
E2E_DB="${E2E_DB:-safeonline_e2e}" # a database of one's own, so that two worktrees can run at once
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
LOG="$ROOT/.data/e2e-server-$E2E_PORT.log"
[ -f "$JAR" ] || { echo "no backend build at $JAR (run make build)" >&2; exit 1; }

"$ROOT/scripts/pg.sh" drop-db "$E2E_DB" >/dev/null
"$ROOT/scripts/pg.sh" ensure-db "$E2E_DB"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$E2E_DB" PORT="$E2E_PORT" APP_WEBHOOKS_ALLOW_PRIVATE=true APP_ACCESS_LOG=true \
  APP_SPA_DIR="$ROOT/frontend/dist" APP_KEYS_DIR="$ROOT/.data/keys" \
  java -Xmx256m -Dquarkus.profile=demo -jar "$JAR" >"$LOG" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$E2E_PORT/q/health/ready" >/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "the backend did not start:" >&2; tail -40 "$LOG" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$E2E_PORT/q/health/ready" >/dev/null || { echo "backend not ready" >&2; tail -40 "$LOG" >&2; exit 1; }
cd "$ROOT/frontend"
E2E_BASE_URL="http://127.0.0.1:$E2E_PORT" npm run --silent e2e -- "$@" # specs to run (all when none)
# the example clients, as an integrator writes them, against the same live server (webhooks to this machine allowed)
[ $# -gt 0 ] || "$ROOT/scripts/examples.sh" "http://127.0.0.1:$E2E_PORT"
# what the browsers and clients did left no child's name or phone in the server's log (access log on: paths, no queries)
"$ROOT/scripts/check-log-privacy.sh" "$E2E_DB" "$LOG"
