#!/usr/bin/env bash
# Where the backend's CPU goes on a hot path: the packaged backend on the demo (as make run starts it), a warm-up, then
# Java Flight Recorder (the profile settings, stacks sampled every 2 ms) during a 15 s wrk run at 32 connections; prints the share of CPU samples per
# library on the stack (JWT and crypto, PgJDBC, Hibernate, Jackson, Vert.x…), the top frames and the app's methods.
# The recording stays in .data/bench/jfr-NAME.jfr (open it in JDK Mission Control for flame graphs).
# Usage: bash bench/jfr-profile.sh [checkin] [task] [plan]   (all three by default; port 18112, database safeonline_bench_jfr)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=safeonline_bench_jfr
[ $# -gt 0 ] && paths=("$@") || paths=(checkin task plan)
# the profile settings, sampling Java stacks every 2 ms instead of 10 (more samples in a short run)
JFC="$WORK/jfr-profile.jfc"
sed 's|<setting name="period" control="method-sampling-java-interval">10 ms</setting>|<setting name="period" control="method-sampling-java-interval">2 ms</setting>|' \
  "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$JFC"
# as make run starts it, with deeper stacks recorded (64 frames by default: not enough to reach the app below Hibernate)
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC -XX:FlightRecorderOptions:stackdepth=256}" start_backend jfr "$DB" "${BENCH_PORT:-18112}"
UBND=$(token ubnd); CONGAN=$(token congan)
PLAN=$(psql_db "$DB" -tA -c "select min(id) from plan")
TASK=$(psql_db "$DB" -tA -c "select min(id) from task where plan_id = $PLAN")
EVENT=$(psql_db "$DB" -tA -c "select min(event_id) from attendee")

# profile NAME WRK-ARGS…: warm-up, then the recording around the measured run, then the summary
profile() {
  local name=$1; shift
  [ -n "${SKIP_WARM:-}" ] || wrk -t2 -c32 -d8s "$@" > /dev/null
  jcmd "$BACKEND_PID" JFR.start name="$name" settings="$JFC" > /dev/null
  wrk -t2 -c32 -d15s --latency "$@" > "$WORK/jfr-$name-wrk.txt"
  jcmd "$BACKEND_PID" JFR.dump name="$name" filename="$WORK/jfr-$name.jfr" > /dev/null
  jcmd "$BACKEND_PID" JFR.stop name="$name" > /dev/null
  jfr print --stack-depth 256 --events jdk.ExecutionSample "$WORK/jfr-$name.jfr" > "$WORK/jfr-$name.txt"
  echo "== $name: $(wrk_rps "$WORK/jfr-$name-wrk.txt") req/s, p99 $(wrk_ms "$WORK/jfr-$name-wrk.txt" 99) ms while recording"
  python3 "$ROOT/bench/jfr-summary.py" "$WORK/jfr-$name.txt"
}

for p in "${paths[@]}"; do
  case $p in
    checkin) # 60,000 invitations of the demo's event, first scans (short codes given, so that the insert needs no trigger loop)
      psql_db "$DB" -c "insert into attendee (id, quota_id, event_id, full_name, name_search, status, invitation_token, short_code, created_at, updated_at, version)
        select nextval('attendee_seq'), (select min(id) from quota where event_id = $EVENT), $EVENT, 'Đại biểu ' || g, 'dai bieu ' || g, 'SUBMITTED',
               'jfr' || g, short_code_new(), now(), now(), 0 from generate_series(1, 60000) g"
      seq 1 15000 | sed 's/^/jfr/' > "$WORK/jfr-warm-tokens.txt"; seq 15001 60000 | sed 's/^/jfr/' > "$WORK/jfr-tokens.txt"
      TOKEN="$CONGAN" TOKENS="$WORK/jfr-warm-tokens.txt" wrk -t2 -c32 -d8s -s "$ROOT/bench/checkin.lua" "$B/api/events/$EVENT/check-ins" > /dev/null
      SKIP_WARM=1 TOKEN="$CONGAN" TOKENS="$WORK/jfr-tokens.txt" profile checkin -s "$ROOT/bench/checkin.lua" "$B/api/events/$EVENT/check-ins" ;;
    task) profile task -H "Authorization: Bearer $UBND" "$B/api/tasks/$TASK" ;;
    plan) profile plan -H "Authorization: Bearer $UBND" "$B/api/plans/$PLAN" ;;
    *) echo "no path $p (checkin, task, plan)" >&2; exit 2 ;;
  esac
done
