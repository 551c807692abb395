#!/usr/bin/env bash
# Start-up as an operator restarts it: the schema current and the demo already loaded (a first start migrates and loads
# them, and is not measured). Five starts of the packaged backend; for each, the time from launching `java` to the first
# 200 of /q/health/ready, then the resident memory after one API read (ps -o rss). Prints each run and the medians.
# Usage: bench/start.sh [runs]   (needs backend/target/quarkus-app: make build; the project-local PostgreSQL)
# Started by scripts/backend.sh, as make run starts it (its JAVA_OPTS and the class-data archive it trains first).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
PORT="${BENCH_START_PORT:-18430}"
APP="$ROOT/backend/target/quarkus-app"
"$ROOT/scripts/pg.sh" start >/dev/null
"$ROOT/scripts/pg.sh" ensure-db safeonline_bench_start
export DB_URL="jdbc:postgresql://127.0.0.1:${PG_PORT:-54329}/safeonline_bench_start" PORT APP_KEYS_DIR="$ROOT/.data/keys"
start() { "$ROOT/scripts/backend.sh" -Dquarkus.profile=demo >"/tmp/bench-start-$PORT.log" 2>&1 & pid=$!; }
ready() { curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; }
# the first start migrates and loads the demo, and is the class-data archive's training run (once per build)
rm -f "$APP/app-cds.jsa"; QUARKUS_PROFILE=demo "$ROOT/scripts/backend.sh" --train
times=(); rss=()
for i in $(seq 1 "$RUNS"); do
  t0=$(date +%s%N); start
  until ready; do kill -0 $pid 2>/dev/null || { tail -20 "/tmp/bench-start-$PORT.log" >&2; exit 1; }; sleep 0.02; done
  t1=$(date +%s%N)
  token=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/auth/token" -H 'Content-Type: application/json' -d '{"username":"ubnd","password":"demo1234"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/api/plans"
  r=$(ps -o rss= -p $pid | tr -d ' ')
  kill $pid; wait $pid 2>/dev/null || true
  ms=$(( (t1 - t0) / 1000000 )); times+=("$ms"); rss+=("$r")
  printf 'start %d: ready in %d ms, RSS after the first read %d MB\n' "$i" "$ms" $((r / 1024))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'median of %d: ready in %d ms (goal ≤ 3000), RSS %d MB (goal ≤ 300)%s\n' "$RUNS" "$(median "${times[@]}")" $(( $(median "${rss[@]}") / 1024 )) \
  "$([ -f "$APP/app-cds.jsa" ] && echo ', with the class-data archive' || echo ', without a class-data archive')"
