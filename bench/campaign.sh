#!/usr/bin/env bash
# Campaign benchmarks (issue 17, item 5). Runs the packaged backend on its own database and measures, in one run:
#  1. public pledge submission at 32 connections (goal ≥ 1,500 req/s, p99 < 50 ms);
#  2. public frame-adoption counting at 32 connections, a new device each request (same goal);
#  3. the indicator roll-up for 1,000 units × 20 indicators over 100,000 activity reports at 4 clients (goal p95 < 100 ms).
# The per-client rate limit is raised for this run (one load generator is one client); its cost stays in the path.
# Usage: bash bench/campaign.sh (bench/all.sh runs it; its rows go to .data/bench/results.tsv). Port 18101.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=safeonline_bench_campaign
start_backend campaign "$DB" "${BENCH_PORT:-18101}" APP_PUBLIC_RATE_WRITES_PER_MINUTE=100000000 APP_PUBLIC_RATE_READS_PER_MINUTE=100000000
PSQL=(psql_db "$DB")
CONGAN=$(token congan)
CAMPAIGN=$(api "$CONGAN" "$B/api/campaigns" | json "['items'][0]['id']")
PUBLIC_ID=$(api "$CONGAN" "$B/api/campaigns" | json "['items'][0]['publicId']") # public pages name a campaign by its public id

run() { # name, lua script, url
  wrk_run "$1" "$2" "$3"
  local rps p99; rps=$(wrk_rps "$WORK/$1.txt"); p99=$(wrk_ms "$WORK/$1.txt" 99)
  echo "$1: $rps req/s, p50 $(wrk_ms "$WORK/$1.txt" 50) ms, p99 $p99 ms at 32 connections; non-2xx: $(wrk_non2xx "$WORK/$1.txt")"
  result "public $1, 32 connections" "≥ 1500 req/s" "$rps req/s" "" "" "$(answered "$WORK/$1.txt" "$(verdict "$rps" '>=' 1500)")"
  result "public $1 p99, 32 connections" "< 50 ms" "$p99 ms" "" "" "$(verdict "$p99" '<' 50)"
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
insert into campaign_target (id, campaign_id, name, kind, activity_type, audience, unit_types, from_date, to_date, min_reports, goal_percent)
  select nextval('campaign_target_seq'), $BIG, 'Chỉ tiêu ' || g,
         (array['UNITS_WITH_ACTIVITY','PARTICIPATION','FRAME_ADOPTION','UNITS_WITH_ACTIVITY'])[1 + g % 4],
         case when g % 4 = 2 then null else (array['ANNOUNCEMENT_POST','POSTER_BANNER','WORKSHOP','CYBER_DAY','MINIGAME'])[1 + g % 5] end,
         case when g % 4 in (1, 2) then 'PUPILS' else null end, '[]',
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
rollup_p95=$(hey_ms "$WORK/rollup.txt" 95)
echo "indicator roll-up ($("${PSQL[@]}" -tA -c "select count(*) from campaign_unit where campaign_id = $BIG") units × $("${PSQL[@]}" -tA -c "select count(*) from campaign_target where campaign_id = $BIG") indicators, $("${PSQL[@]}" -tA -c "select count(*) from activity_report where campaign_id = $BIG") reports): p50 $(hey_ms "$WORK/rollup.txt" 50) ms, p95 $rollup_p95 ms, p99 $(hey_ms "$WORK/rollup.txt" 99) ms; status codes: $(grep -A3 'Status code distribution' "$WORK/rollup.txt" | tail -n +2 | tr -s ' ' | tr '\n' ' ')"
result "indicator roll-up p95, 1,000 units × 20 targets, 4 clients" "< 100 ms" "$rollup_p95 ms" "" "" "$(verdict "$rollup_p95" '<' 100)"
