#!/usr/bin/env bash
# Campaign benchmarks (issue: campaign). Runs the packaged backend on its own database and measures, in one run:
#  1. public pledge submission at 32 connections (goal ≥ 1,500 req/s, p99 < 50 ms);
#  2. public frame-adoption counting at 32 connections, a new device each request (same goal);
#  3. the indicator roll-up for 1,000 units × 20 indicators over 100,000 activity reports (goal p95 < 100 ms).
# The per-client rate limit is raised for this run (one load generator is one client); its cost stays in the path.
# Usage: make bench (or bash bench/campaign.sh). Needs wrk and hey (Debian packages; installed when root).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
PORT="${BENCH_PORT:-18101}"
DB=safeonline_bench_campaign
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
WORK="$ROOT/.data/bench"
mkdir -p "$WORK"
for tool in wrk hey; do
  command -v $tool >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq $tool >/dev/null; } || { echo "install $tool" >&2; exit 1; }
done
[ -f "$JAR" ] || (cd "$ROOT" && make build >/dev/null)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB")

"$ROOT/scripts/pg.sh" drop-db "$DB" >/dev/null
"$ROOT/scripts/pg.sh" ensure-db "$DB"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" PORT="$PORT" APP_KEYS_DIR="$ROOT/.data/keys" APP_SPA_DIR=/nonexistent \
  APP_PUBLIC_RATE_WRITES_PER_MINUTE=100000000 APP_PUBLIC_RATE_READS_PER_MINUTE=100000000 \
  java ${BENCH_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC} -Dquarkus.profile=demo -Dquarkus.log.level=WARN -jar "$JAR" >"$WORK/campaign-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
B="http://127.0.0.1:$PORT"
token() { curl -sf -X POST "$B/api/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo1234\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'; }
CONGAN=$(token congan)
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
api() { local t=$1; shift; curl -sf -H "Authorization: Bearer $t" -H 'Content-Type: application/json' "$@"; }
CAMPAIGN=$(api "$CONGAN" "$B/api/campaigns" | json "['items'][0]['id']")
PUBLIC_ID=$(api "$CONGAN" "$B/api/campaigns" | json "['items'][0]['publicId']") # public pages name a campaign by its public id

run() { # name, lua script, url
  wrk -t2 -c32 -d8s -s "$ROOT/bench/$2" "$3" > /dev/null # warm-up
  wrk -t2 -c32 -d20s --latency -s "$ROOT/bench/$2" "$3" > "$WORK/$1.txt"
  echo "$1: $(grep 'Requests/sec' "$WORK/$1.txt" | awk '{print $2}') req/s, p50 $(grep ' 50%' "$WORK/$1.txt" | awk '{print $2}'), p99 $(grep ' 99%' "$WORK/$1.txt" | awk '{print $2}') at 32 connections (goal ≥ 1500 req/s, p99 < 50ms); non-2xx: $(grep 'Non-2xx' "$WORK/$1.txt" | awk '{print $4}' || true)"
}
run pledges pledge.lua "$B/api/public/campaigns/$PUBLIC_ID/pledges"
"${PSQL[@]}" -tA -c "select 'pledges stored: ' || count(*) from pledge where campaign_id = $CAMPAIGN"
run adoptions adoption.lua "$B/api/public/campaigns/$PUBLIC_ID/adoptions"
"${PSQL[@]}" -tA -c "select 'adoptions stored: ' || count(*) from frame_adoption where campaign_id = $CAMPAIGN"

# 3. roll-up: a campaign of its own with 1,000 units, 20 targets and 100,000 reports
PLAN=$(api "$CONGAN" "$B/api/campaigns/$CAMPAIGN" | json "['planId']")
BIG=$(api "$CONGAN" -X POST "$B/api/plans/$PLAN/campaigns" -d '{"name":"Benchmark","startsOn":"2025-10-06","endsOn":"2025-11-30"}' | json "['id']")
"${PSQL[@]}" <<SQL
insert into organization (id, tenant_id, parent_id, path, code, name, name_search, type, version)
  select nextval('organization_seq'), t.id, t.gd, t.path || t.gd || '/', 'BENCH-' || g, 'Trường thử ' || g, 'truong thu ' || g,
         'SCHOOL_UPPER_SECONDARY', 0
  from generate_series(1, 1000) g,
       (select o.id, (select id from organization where code = 'SO-GDDT') gd, (select path from organization where code = 'SO-GDDT') path
        from organization o where o.code = 'UBND-CT') t;
insert into campaign_unit (campaign_id, organization_id, officers, pupils, students, teachers)
  select $BIG, id, 10, 800 + id % 400, 0, 50 from organization where code like 'BENCH-%';
insert into campaign_target (id, campaign_id, name, kind, activity_type, audience, organization_type, from_date, to_date, min_reports, goal_percent)
  select nextval('campaign_target_seq'), $BIG, 'Chỉ tiêu ' || g,
         (array['UNITS_WITH_ACTIVITY','PARTICIPATION','FRAME_ADOPTION','UNITS_WITH_ACTIVITY'])[1 + g % 4],
         case when g % 4 = 2 then null else (array['ANNOUNCEMENT_POST','POSTER_BANNER','WORKSHOP','CYBER_DAY','MINIGAME'])[1 + g % 5] end,
         case when g % 4 in (1, 2) then 'PUPILS' else null end, null,
         case when g % 3 = 0 then date '2025-10-07' else null end, case when g % 3 = 0 then date '2025-10-31' else null end, 1 + g % 2, 100
  from generate_series(1, 20) g;
insert into activity_report (id, campaign_id, organization_id, type, activity_date, officers, pupils, students, teachers, others, views, shares, links)
  select nextval('activity_report_seq'), $BIG, u.ids[1 + g % 1000],
         (array['ANNOUNCEMENT_POST','POSTER_BANNER','WORKSHOP','CYBER_DAY','MINIGAME','FRAME_SWITCH','OTHER'])[1 + g % 7],
         date '2025-10-06' + (g % 56), 0, g % 300, 0, g % 20, 0, g % 5000, g % 500, '[]'
  from generate_series(1, 100000) g, (select array_agg(organization_id order by organization_id) ids from campaign_unit where campaign_id = $BIG) u;
analyze;
SQL
hey -n 60 -c 4 -H "Authorization: Bearer $CONGAN" "$B/api/campaigns/$BIG/indicators" > /dev/null # warm-up
hey -n 300 -c 4 -H "Authorization: Bearer $CONGAN" "$B/api/campaigns/$BIG/indicators" > "$WORK/rollup.txt"
echo "indicator roll-up ($("${PSQL[@]}" -tA -c "select count(*) from campaign_unit where campaign_id = $BIG") units × $("${PSQL[@]}" -tA -c "select count(*) from campaign_target where campaign_id = $BIG") indicators, $("${PSQL[@]}" -tA -c "select count(*) from activity_report where campaign_id = $BIG") reports): p50 $(grep '50% in' "$WORK/rollup.txt" | awk '{print $3*1000 " ms"}'), p95 $(grep '95% in' "$WORK/rollup.txt" | awk '{print $3*1000 " ms"}'), p99 $(grep '99% in' "$WORK/rollup.txt" | awk '{print $3*1000 " ms"}') (goal p95 < 100 ms); status codes: $(grep -A3 'Status code distribution' "$WORK/rollup.txt" | tail -n +2 | tr -s ' ' | tr '\n' ' ')"
