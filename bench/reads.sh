#!/usr/bin/env bash
# Reads by id (issue 17, item 5): GET /api/plans/{id} and GET /api/tasks/{id} of the demo (the first plan and its first
# task) with a coordinator's token (ubnd), 32 connections, wrk — the backend (token, authorisation, ORM, views) against
# a bare baseline: bench/BareRead.java, a JDK HttpServer and PgJDBC, nothing else, compiled here with javac, sending the
# same statements with the same parameters and answering the rows as JSON. Each measured alone: the backend's two
# runs, the backend stopped, then the baseline's two runs; each after its own warm-up. Goal: ≥ 50 % of the baseline's
# requests per second; p99 reported beside it.
# Usage: bash bench/reads.sh (bench/all.sh runs it; its rows go to .data/bench/results.tsv). Ports 18102 and 18103.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=safeonline_bench_reads
BARE_PORT="${BENCH_BARE_PORT:-18103}"
PGJDBC="${PGJDBC:-$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)}"
start_backend reads "$DB" "${BENCH_PORT:-18102}"
UBND=$(token ubnd)
PLAN=$(psql_db "$DB" -tA -c "select min(id) from plan")
TASK=$(psql_db "$DB" -tA -c "select min(id) from task where plan_id = $PLAN")
# the caller as the backend binds it in the SQL (CurrentUser): tenant, organisation and its subtree's prefix
read -r C_TENANT C_ORG C_PREFIX < <(psql_db "$DB" -tA -F ' ' -c "select coalesce(o.tenant_id, o.id), o.id, o.path || o.id || '/%'
  from app_user u join organization o on o.id = u.organization_id where u.username = 'ubnd'")
curl -sf -o /dev/null -H "Authorization: Bearer $UBND" "$B/api/plans/$PLAN" && curl -sf -o /dev/null -H "Authorization: Bearer $UBND" "$B/api/tasks/$TASK"

for what in plan task; do
  id=$([ $what = plan ] && echo "$PLAN" || echo "$TASK")
  wrk_run "read-$what-app" - "$B/api/${what}s/$id" -H "Authorization: Bearer $UBND"
done
stop_backends

mkdir -p "$WORK/bare"
javac -d "$WORK/bare" -cp "$PGJDBC" "$ROOT/bench/BareRead.java"
java -Xmx256m -XX:+UseParallelGC -cp "$WORK/bare:$PGJDBC" BareRead "$BARE_PORT" "jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" safeonline safeonline 32 \
  "$C_TENANT" "$C_ORG" "$C_PREFIX" > "$WORK/bare-server.log" 2>&1 &
BACKEND_PIDS+=($!)
BARE="http://127.0.0.1:$BARE_PORT"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$BARE/ready" && break; sleep 0.2; done
for what in plan task; do
  id=$([ $what = plan ] && echo "$PLAN" || echo "$TASK")
  curl -sf -o /dev/null "$BARE/api/${what}s/$id" || { echo "the baseline does not answer $what $id" >&2; exit 1; }
  wrk_run "read-$what-bare" - "$BARE/api/${what}s/$id"
done
stop_backends

for what in plan task; do
  id=$([ $what = plan ] && echo "$PLAN" || echo "$TASK")
  app="$WORK/read-$what-app.txt" bare="$WORK/read-$what-bare.txt"
  echo "GET /api/${what}s/$id: backend $(wrk_rps "$app") req/s (p50 $(wrk_ms "$app" 50) ms, p99 $(wrk_ms "$app" 99) ms, non-2xx $(wrk_non2xx "$app")); bare $(wrk_rps "$bare") req/s (p50 $(wrk_ms "$bare" 50) ms, p99 $(wrk_ms "$bare" 99) ms, non-2xx $(wrk_non2xx "$bare"))"
  share=$(pct "$(wrk_rps "$app")" "$(wrk_rps "$bare")")
  result "$what read by id, 32 connections" "≥ 50 % of bare JDBC" "$(wrk_rps "$app") req/s" "$(wrk_rps "$bare") req/s bare" "$share %" "$(answered "$app" "$(verdict "$share" '>=' 50)")"
  result "$what read by id p99, 32 connections" "(reported)" "$(wrk_ms "$app" 99) ms" "$(wrk_ms "$bare" 99) ms bare" "$(ratio "$(wrk_ms "$app" 99)" "$(wrk_ms "$bare" 99)")×" ""
done
