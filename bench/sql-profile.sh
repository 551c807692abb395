#!/usr/bin/env bash
# What SQL one request sends: the packaged backend on the demo data, restarted with log_statement = 'all' on its database,
# then for each hot path a warm-up of 20 requests and one request whose statements are read back from the server's log
# (only the lines of this database's connections). Prints, per request, how many statements and which, parameters
# left out; the whole log excerpt is in .data/bench/sql-<name>.log. Not part of the table: a tool for finding where the
# time goes. Usage: bash bench/sql-profile.sh   (port 18110, database safeonline_bench_sql)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=safeonline_bench_sql
PGLOG="$(dirname "$("$ROOT/scripts/pg.sh" where)")/pg.log"
start_backend sql "$DB" "${BENCH_PORT:-18110}" # loads the demo
stop_backends
psql_db "$DB" -c "alter database $DB set log_statement = 'all'"
KEEP_DB=1 start_backend sql "$DB" "${BENCH_PORT:-18110}"
UBND=$(token ubnd); CONGAN=$(token congan)
PLAN=$(psql_db "$DB" -tA -c "select min(id) from plan")
TASK=$(psql_db "$DB" -tA -c "select min(id) from task")
EVENT=$(psql_db "$DB" -tA -c "select min(event_id) from attendee")
mapfile -t TOKENS < <(psql_db "$DB" -tA -c "select invitation_token from attendee where event_id = $EVENT and status in ('SUBMITTED', 'CONFIRMED') order by id")

# profile NAME LABEL COMMAND…: 20 warm-up requests, then one whose statements are printed (and kept in sql-NAME.log)
profile() {
  local name=$1 label=$2; shift 2
  for _ in $(seq 1 20); do "$@" >/dev/null; done
  sleep 0.3
  local from; from=$(stat -c %s "$PGLOG")
  "$@" >/dev/null
  sleep 0.5
  local pids; pids=$(psql_db postgres -tA -c "select string_agg(pid::text, '|') from pg_stat_activity where datname = '$DB'")
  tail -c +"$((from + 1))" "$PGLOG" | grep -E "^\S+ \S+ \S+ \[($pids)\] " > "$WORK/sql-$name.log" || true
  echo "== $label: $(grep -cE '(LOG|ERROR):  (statement|execute)' "$WORK/sql-$name.log") statements"
  grep -E '(LOG|ERROR):  (statement|execute)' "$WORK/sql-$name.log" | sed -E 's/^.*(LOG|ERROR):  (statement|execute [^:]*): //' | cut -c1-"${WIDTH:-220}" | nl -w2 -s'. '
}
checkin() { local t=${TOKENS[$i]}; i=$((i + 1)); curl -sf -o /dev/null -H "Authorization: Bearer $CONGAN" -H 'Content-Type: application/json' \
  -d "{\"token\":\"$t\"}" "$B/api/events/$EVENT/check-ins"; }
i=0
profile checkin "check-in (a first scan, POST /api/events/$EVENT/check-ins)" checkin
profile plan "GET /api/plans/$PLAN (ubnd)" curl -sf -H "Authorization: Bearer $UBND" "$B/api/plans/$PLAN"
profile task "GET /api/tasks/$TASK (ubnd)" curl -sf -H "Authorization: Bearer $UBND" "$B/api/tasks/$TASK"
