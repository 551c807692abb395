# Sourced by the bench scripts (ceremony.sh, campaign.sh, reads.sh, all.sh): the set-up they share, written once.
# Before sourcing: nothing (ROOT is found from this file). After: ROOT, PG_PORT, WORK (.data/bench), JAR, RESULTS (the
# table's rows, one TSV line each) and the functions below. A scenario script runs alone too (bash bench/ceremony.sh):
# its rows are appended to RESULTS, and bench/all.sh prints the table from them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
WORK="$ROOT/.data/bench"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
RESULTS="$WORK/results.tsv"
mkdir -p "$WORK"
for tool in wrk hey; do
  command -v $tool >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq $tool >/dev/null; } || { echo "install $tool" >&2; exit 1; }
done
[ -f "$JAR" ] || (cd "$ROOT" && make build >/dev/null)
source "$ROOT/scripts/wait-ready.sh"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

# psql_db DB ARGS…: psql as the superuser on the bench cluster, stopping at the first error
psql_db() { local db=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" "$@"; }

# start_backend NAME DB PORT [VAR=value…]: a fresh database DB, and the packaged backend on it as `make run` starts it
# (scripts/backend.sh: its JVM options and class-data archive; the demo profile: migrations and the demo data), the extra environment given; waits for
# ready (exit 1 with the log's end if it dies or takes 120 s). Sets B (its base URL) and BACKEND_PID; the backend is
# stopped when the script exits. BENCH_JAVA_OPTS replaces the JVM options; KEEP_DB=1 starts it on DB as it is (a restart).
BACKEND_PIDS=()
stop_backends() { local p; for p in "${BACKEND_PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; BACKEND_PIDS=(); }
trap stop_backends EXIT
start_backend() {
  local name=$1 db=$2 port=$3; shift 3
  if [ -z "${KEEP_DB:-}" ]; then "$ROOT/scripts/pg.sh" drop-db "$db" >/dev/null; "$ROOT/scripts/pg.sh" ensure-db "$db"; fi
  env "$@" DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" PORT="$port" APP_KEYS_DIR="$ROOT/.data/keys" APP_SPA_DIR=/nonexistent \
    JAVA_OPTS="${BENCH_JAVA_OPTS:-${JAVA_OPTS:-}}" "$ROOT/scripts/backend.sh" -Dquarkus.profile=demo -Dquarkus.log.level=WARN \
    '-Dquarkus.log.category."vn.safeonline".level=INFO' >"$WORK/$name-server.log" 2>&1 &
  BACKEND_PID=$!
  BACKEND_PIDS+=("$BACKEND_PID")
  B="http://127.0.0.1:$port"
  wait_ready "$port" "$BACKEND_PID" "$WORK/$name-server.log"
}

# token USER: a demo account's access token (password demo1234) from the backend at B
token() { curl -sf -X POST "$B/api/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo1234\"}" | json "['accessToken']"; }
# json EXPR: a field of the JSON on stdin, e.g. json "['items'][0]['id']"
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
# api TOKEN CURL-ARGS…: a JSON call with the bearer token; fails on an error status
api() { local t=$1; shift; curl -sf -H "Authorization: Bearer $t" -H 'Content-Type: application/json' "$@"; }

# wrk_run NAME LUA-OR-- URL [WRK-ARGS…]: a warm-up (8 s) and then the measured run (20 s, --latency) at 32 connections,
# one after the other; the measured output in $WORK/NAME.txt. LUA is a script in bench/ or - for plain GETs. Env as given.
wrk_run() {
  local name=$1 lua=$2 url=$3; shift 3
  local script=(); [ "$lua" = - ] || script=(-s "$ROOT/bench/$lua")
  wrk -t2 -c32 -d"${WARM_SECONDS:-8}"s "${script[@]}" "$@" "$url" > /dev/null
  wrk -t2 -c32 -d"${RUN_SECONDS:-20}"s --latency "${script[@]}" "$@" "$url" > "$WORK/$name.txt"
}
# wrk_rps FILE: requests per second; wrk_ms FILE PCT (50, 99…): that latency percentile in ms; wrk_non2xx FILE: count
wrk_rps() { awk '/^Requests\/sec/ {printf "%.0f", $2}' "$1"; }
wrk_ms() { awk -v p="$2%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
  f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.1f", v * f }' "$1"; }
wrk_non2xx() { awk '/Non-2xx/ {print $NF; f=1} END {if (!f) print 0}' "$1"; }
# hey_ms FILE PCT: a latency percentile of a hey report in ms
hey_ms() { awk -v p="$2%" '$1 == p && $2 == "in" {printf "%.1f", $3 * 1000}' "$1"; }

# verdict FIGURE OP LIMIT: ok when FIGURE OP LIMIT holds (OP one of < <= >= >), MISS otherwise, - without a figure
verdict() { [ -n "$1" ] || { echo -; return; }; awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { a += 0; b += 0;
  ok = (op == "<") ? a < b : (op == "<=") ? a <= b : (op == ">=") ? a >= b : a > b; print ok ? "ok" : "MISS" }'; }
# ratio A B [SCALE]: A / B with one decimal (or SCALE decimals), - when either is missing or B is 0
ratio() { awk -v a="$1" -v b="$2" -v s="${3:-1}" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%." s "f", a / b }'; }
# pct A B: A as a percentage of B, no decimals
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.0f", 100 * a / b }'; }

# result NAME GOAL FIGURE BASELINE RATIO OK: one line of the table, appended to RESULTS and said at once
result() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:--}" "${5:--}" "${6:--}" >> "$RESULTS"
  printf '  %s: %s (goal %s; baseline %s; ratio %s) %s\n' "$1" "$3" "$2" "${4:--}" "${5:--}" "${6:--}"
}
# answered FILE VERDICT: the verdict, unless the wrk run in FILE had non-2xx answers (then MISS with their count)
answered() { local n; n=$(wrk_non2xx "$1"); [ "$n" = 0 ] && echo "$2" || echo "MISS ($n non-2xx)"; }
