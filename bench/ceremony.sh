#!/usr/bin/env bash
# Ceremony benchmarks (issue 17, item 5). Runs the packaged backend on its own database and measures, in one run, each
# figure and then its baseline (never at the same time):
#  1. importing 100,000 attendee rows through the API (upload, parse, validate, dedupe, commit) against a PostgreSQL
#     COPY of the same rows into the attendee table (goal ≤ 3×);
#  2. check-in at 32 connections, first scans (goal p99 < 50 ms), against pgbench running the same SQL transaction at 32
#     clients, first scans too (bench/checkin.pgbench.sql; goal ≥ 50 % of its transactions per second);
#  3. the quota matrix for 50 organisations × 10 categories over 100,000 attendees (goal p95 < 100 ms).
# Usage: bash bench/ceremony.sh (bench/all.sh runs it; its rows go to .data/bench/results.tsv). Port 18100.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ROWS="${BENCH_ROWS:-100000}"
DB=safeonline_bench
start_backend ceremony "$DB" "${BENCH_PORT:-18100}"
PSQL=(psql_db "$DB")
UBND=$(token ubnd); CONGAN=$(token congan); GDDT=$(token sogddt)

# a fresh issued plan, an event, and an unlimited student quota for Sở GD&ĐT
ORG() { api "$UBND" "$B/api/organizations?q=$1" | json "['items'][0]['id']"; }
GDDT_ID=$(ORG SO-GDDT); CA_ID=$(ORG CA-TP)
PLAN=$(api "$UBND" -X POST "$B/api/plans" -d "{\"symbol\":\"KH-UBND\",\"title\":\"Benchmark $(date +%s)\",\"standingOrganizationId\":$CA_ID,\"signerName\":\"Trương Cảnh Tuyên\",\"legalBases\":[],\"contentSections\":[],\"recipients\":[]}" | json "['id']")
api "$UBND" -X POST "$B/api/plans/$PLAN/tasks" -d "{\"leadOrganizationId\":$GDDT_ID,\"text\":\"Mời học sinh\"}" >/dev/null
api "$UBND" -X POST "$B/api/plans/$PLAN/issue" -d "{\"number\":\"$(date +%s)\",\"issueDate\":\"$(date +%F)\"}" >/dev/null
EVENT=$(api "$CONGAN" -X POST "$B/api/plans/$PLAN/events" -d '{"title":"Benchmark","startsAt":"2030-05-29T08:00:00+07:00","endsAt":"2030-05-29T11:30:00+07:00","format":"IN_PERSON","venues":[{"name":"Hội trường","main":true}]}' | json "['id']")
CAT=$(api "$CONGAN" "$B/api/plans/$PLAN/invitee-categories" | python3 -c "import sys,json; print([c['id'] for c in json.load(sys.stdin)['items'] if c['code']=='STUDENT'][0])")
QUOTA=$(api "$CONGAN" -X POST "$B/api/events/$EVENT/quotas" -d "{\"ownerOrganizationId\":$GDDT_ID,\"categoryId\":$CAT,\"deadline\":\"2030-05-28T23:59:59+07:00\"}" | json "['id']")

# 1. import: the same rows through the API and through COPY
python3 - "$WORK/rows.csv" "$ROWS" <<'PY'
import sys, random
random.seed(7)
fam = ["Nguyễn","Trần","Lê","Phạm","Huỳnh","Võ","Đặng","Bùi","Đỗ","Hồ","Ngô","Dương","Lý"]
mid = ["Văn","Thị","Minh","Ngọc","Thanh","Hoàng","Quốc","Gia","Bảo","Thùy"]
giv = ["An","Bình","Châu","Dũng","Giang","Hà","Khánh","Linh","Mai","Nam","Phúc","Quân","Tâm","Thảo","Uyên","Vy"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("Họ và tên,Chức vụ,Đơn vị,Số điện thoại,Email,Trường,Lớp,Họ tên phụ huynh,SĐT phụ huynh,Hoàn cảnh khó khăn\n")
    for i in range(int(sys.argv[2])):
        name = f"{random.choice(fam)} {random.choice(mid)} {random.choice(giv)} {i}"
        f.write(f"{name},Học sinh,,09{i:08d},,Trường THPT số {i % 500},1{i % 3}A{i % 9 + 1},Phụ huynh {i},08{i:08d},\n")
PY
start=$(date +%s.%N)
JOB=$(curl -sf -H "Authorization: Bearer $GDDT" -F "file=@$WORK/rows.csv;filename=rows.csv" "$B/api/quotas/$QUOTA/imports" | json "['id']")
while :; do
  S=$(api "$GDDT" "$B/api/imports/$JOB" | json "['status']"); [ "$S" != PARSING ] && break; sleep 0.2
done
code=$(curl -s -o "$WORK/import-commit.json" -w '%{http_code}' -H "Authorization: Bearer $GDDT" -X POST "$B/api/imports/$JOB/commit")
api_s=$(echo "$(date +%s.%N) - $start" | bc)
CREATED=; [[ $code == 2* ]] && CREATED=$(json "['createdCount']" < "$WORK/import-commit.json")
# the baselines, in the same run: COPY of the same file into a bare table, and COPY of the same rows into the
# attendee table itself (same indexes, keys and triggers), on an event of their own so the check-in below is unaffected
"${PSQL[@]}" -c "create table bench_copy (full_name text, position text, unit text, phone text, email text, school text, grade text, guardian_name text, guardian_phone text, difficult text)"
start=$(date +%s.%N)
"${PSQL[@]}" -c "\\copy bench_copy from '$WORK/rows.csv' with (format csv, header true)"
copy_s=$(echo "$(date +%s.%N) - $start" | bc)
EVENT0=$(api "$CONGAN" -X POST "$B/api/plans/$PLAN/events" -d '{"title":"COPY baseline","startsAt":"2030-05-30T08:00:00+07:00","endsAt":"2030-05-30T11:30:00+07:00","format":"IN_PERSON","venues":[{"name":"Hội trường","main":true}]}' | json "['id']")
QUOTA0=$(api "$CONGAN" -X POST "$B/api/events/$EVENT0/quotas" -d "{\"ownerOrganizationId\":$GDDT_ID,\"categoryId\":$CAT,\"deadline\":\"2030-05-28T23:59:59+07:00\"}" | json "['id']")
python3 - "$WORK/rows.csv" "$WORK/attendees.csv" "$QUOTA0" "$EVENT0" <<'PY'
import sys, csv, unicodedata, secrets
def fold(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    r = csv.reader(src); next(r); w = csv.writer(out)
    for i, (name, pos, unit, phone, email, school, grade, gname, gphone, diff) in enumerate(r):
        w.writerow([10**9 + i, sys.argv[3], sys.argv[4], name, fold(name), pos, phone, phone, school, grade, gname, gphone, "SUBMITTED", secrets.token_urlsafe(24)])
PY
start=$(date +%s.%N)
"${PSQL[@]}" -c "\\copy attendee (id, quota_id, event_id, full_name, name_search, position, phone, phone_norm, school, grade, guardian_name, guardian_phone, status, invitation_token) from '$WORK/attendees.csv' with (format csv)"
copy_attendee_s=$(echo "$(date +%s.%N) - $start" | bc)
if [ -n "$CREATED" ]; then
  ratio_import=$(ratio "$api_s" "$copy_attendee_s")
  echo "import: $CREATED rows through the API in ${api_s}s; COPY of the same rows into the attendee table ${copy_attendee_s}s; COPY of the file into a bare table ${copy_s}s ($(ratio "$api_s" "$copy_s")×)"
  result "import of $ROWS rows: API vs COPY into attendee" "≤ 3× COPY" "$(printf '%.1f s' "$api_s")" "$(printf '%.1f s' "$copy_attendee_s")" \
    "${ratio_import}×" "$(verdict "$ratio_import" '<=' 3)"
  CHECKIN_EVENT=$EVENT
else # the check-in below scans the COPY's attendees instead
  why=$(grep -q 'TransactionReaper' "$WORK/ceremony-server.log" && echo ', the transaction timed out' || true)
  echo "import: the commit answered $code after ${api_s}s$why (server log: $WORK/ceremony-server.log); COPY of the same rows into the attendee table ${copy_attendee_s}s"
  "${PSQL[@]}" -tA -c "select 'attendee table since the start: ' || seq_scan || ' sequential scans read ' || seq_tup_read || ' rows; ' || coalesce(idx_scan, 0) || ' index scans' from pg_stat_user_tables where relname = 'attendee'"
  result "import of $ROWS rows: API vs COPY into attendee" "≤ 3× COPY" "failed: $code after $(printf '%.0f' "$api_s") s$why" "$(printf '%.1f s' "$copy_attendee_s")" "" "MISS"
  CHECKIN_EVENT=$EVENT0
fi

# 2. check-in: first scans of distinct invitations at 32 connections
"${PSQL[@]}" -tA -c "select invitation_token from attendee where event_id = $CHECKIN_EVENT order by id" > "$WORK/all-tokens.txt"
quarter=$(( $(wc -l < "$WORK/all-tokens.txt") / 4 ))
head -n "$quarter" "$WORK/all-tokens.txt" > "$WORK/warm-tokens.txt"; tail -n +"$((quarter + 1))" "$WORK/all-tokens.txt" > "$WORK/tokens.txt"
# warm-up (JIT, pools) on the first quarter of the invitations (repeats when it runs out: the warm-up only); the measured
# run scans the other three quarters, first scans as long as it does not run out (said below when it does)
TOKEN="$CONGAN" TOKENS="$WORK/warm-tokens.txt" wrk -t2 -c32 -d10s -s "$ROOT/bench/checkin.lua" "$B/api/events/$CHECKIN_EVENT/check-ins" > /dev/null
TOKEN="$CONGAN" TOKENS="$WORK/tokens.txt" wrk -t2 -c32 -d20s --latency -s "$ROOT/bench/checkin.lua" "$B/api/events/$CHECKIN_EVENT/check-ins" > "$WORK/checkin.txt"
checkin_rps=$(wrk_rps "$WORK/checkin.txt"); checkin_p99=$(wrk_ms "$WORK/checkin.txt" 99)
echo "check-in: $checkin_rps req/s, p50 $(wrk_ms "$WORK/checkin.txt" 50) ms, p99 $checkin_p99 ms at 32 connections; non-2xx: $(wrk_non2xx "$WORK/checkin.txt")"
"${PSQL[@]}" -tA -c "select 'check-ins recorded (warm-up and measured): ' || count(*) || ' for ' || count(distinct attendee_id) || ' attendees' from check_in where event_id = $CHECKIN_EVENT"
sent=$(awk '/requests in/ {print $1}' "$WORK/checkin.txt")
[ "$sent" -le "$(wc -l < "$WORK/tokens.txt")" ] || echo "check-in: the measured run sent $sent scans for $(wc -l < "$WORK/tokens.txt") invitations: some were repeats, not first scans"

# the baseline: pgbench running the same statement (bench/checkin.pgbench.sql) at 32 clients, -M prepared, first scans
# too: an event of its own whose attendees' invitation tokens are the numbers base + client * K + 1…K, each client
# walking its own run (the warm-up from 1, the measured run from WARM_K + 1); nothing deleted, nothing scanned twice
K=8000 WARM_K=2000 BASE=900000000
EVENT_PG=$(api "$CONGAN" -X POST "$B/api/plans/$PLAN/events" -d '{"title":"pgbench baseline","startsAt":"2030-05-31T08:00:00+07:00","endsAt":"2030-05-31T11:30:00+07:00","format":"IN_PERSON","venues":[{"name":"Hội trường","main":true}]}' | json "['id']")
QUOTA_PG=$(api "$CONGAN" -X POST "$B/api/events/$EVENT_PG/quotas" -d "{\"ownerOrganizationId\":$GDDT_ID,\"categoryId\":$CAT,\"deadline\":\"2030-05-28T23:59:59+07:00\"}" | json "['id']")
"${PSQL[@]}" <<SQL
insert into attendee (id, quota_id, event_id, full_name, name_search, position, status, invitation_token, created_at, updated_at, version)
  select nextval('attendee_seq'), $QUOTA_PG, $EVENT_PG, 'Học sinh ' || g, 'hoc sinh ' || g, 'Học sinh', 'SUBMITTED', ($BASE + g)::text, now(), now(), 0
  from generate_series(1, 32 * $K) g;
analyze attendee;
SQL
# the caller's parameters as the backend binds them for congan (CurrentUser: tenant, organisation, its subtree, the door)
read -r C_USER C_TENANT C_ORG C_PREFIX < <("${PSQL[@]}" -tA -F ' ' -c "select u.id, coalesce(o.tenant_id, o.id), o.id, o.path || o.id || '/%'
  from app_user u join organization o on o.id = u.organization_id where u.username = 'congan'")
pgb() { # SECONDS FIRST-I [pgbench args…]
  local secs=$1 first=$2; shift 2
  PGPASSWORD=safeonline pgbench -h 127.0.0.1 -p "$PG_PORT" -U safeonline -n -c 32 -j 2 -T "$secs" -M prepared -f "$ROOT/bench/checkin.pgbench.sql" \
    -D base="$BASE" -D k="$K" -D i="$first" -D user="$C_USER" -D method=QR -D event="$EVENT_PG" -D tenant="$C_TENANT" -D org="$C_ORG" \
    -D prefix="$C_PREFIX" -D admin=false -D door="$C_USER||" "$@" "$DB"
}
rm -f "$WORK"/pgbench-checkin.log*
pgb 5 0 > /dev/null 2>&1 # warm-up
pgb 20 "$WARM_K" -l --log-prefix="$WORK/pgbench-checkin.log" > "$WORK/pgbench-checkin.txt" 2>&1
pg_tps=$(awk '/^tps/ {printf "%.0f", $3}' "$WORK/pgbench-checkin.txt")
pg_p99=$(cat "$WORK"/pgbench-checkin.log* | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int(NR * 0.99)] / 1000}')
pg_n=$(awk '/actually processed/ {split($NF, a, "/"); print a[1]}' "$WORK/pgbench-checkin.txt")
pg_first=$("${PSQL[@]}" -tA -c "select count(*) from check_in where event_id = $EVENT_PG")
echo "pgbench, the same statement: $pg_tps tps, latency average $(awk '/^latency average/ {print $4}' "$WORK/pgbench-checkin.txt") ms, p99 $pg_p99 ms at 32 clients; check-ins recorded (warm-up and measured): $pg_first"
ratio_checkin=$(pct "$checkin_rps" "$pg_tps")
result "check-in p99, 32 connections" "< 50 ms" "$checkin_p99 ms" "$pg_p99 ms pgbench" "$(ratio "$checkin_p99" "$pg_p99")×" "$(verdict "$checkin_p99" '<' 50)"
result "check-in throughput, 32 connections" "≥ 50 % of pgbench" "$checkin_rps req/s" "$pg_tps tps pgbench" "${ratio_checkin} %" "$(answered "$WORK/checkin.txt" "$(verdict "$ratio_checkin" '>=' 50)")"

# 3. the quota matrix: 50 organisations × 10 categories, 100,000 attendees, on an event of its own
EVENT=$(api "$CONGAN" -X POST "$B/api/plans/$PLAN/events" -d '{"title":"Benchmark 2","startsAt":"2030-06-29T08:00:00+07:00","endsAt":"2030-06-29T11:30:00+07:00","format":"IN_PERSON","venues":[{"name":"Hội trường","main":true}]}' | json "['id']")
"${PSQL[@]}" <<SQL
insert into invitee_category (id, tenant_id, plan_id, code, name, minors, protocol_rank)
  select nextval('invitee_category_seq'), (select tenant_id from plan where id = $PLAN), $PLAN, 'BENCH_' || g, 'Thành phần ' || g, false, 200 + g from generate_series(1, 10) g;
insert into quota (id, event_id, owner_org_id, category_id, quota_count, deadline, receiving_org_id, version)
  select nextval('quota_seq'), $EVENT, o.id, c.id, 2000, '2030-05-28', $CA_ID, 0
  from (select id from organization where type like 'SCHOOL%' or type = 'WARD_POLICE' order by id limit 50) o,
       (select id from invitee_category where plan_id = $PLAN) c;
insert into attendee (id, quota_id, event_id, full_name, name_search, status, invitation_token, created_at, updated_at, version)
  select nextval('attendee_seq'), qs.a[1 + g % array_length(qs.a, 1)], $EVENT, 'Đại biểu ' || g, 'dai bieu ' || g,
         (array['SUBMITTED','CONFIRMED','DECLINED'])[1 + g % 3], md5(random()::text) || md5(random()::text), now(), now(), 0
  from generate_series(1, 100000) g,
       (select array_agg(id order by id) a from quota where event_id = $EVENT
          and category_id in (select id from invitee_category where plan_id = $PLAN)) qs;
analyze;
SQL
hey -n 100 -c 4 -H "Authorization: Bearer $CONGAN" "$B/api/events/$EVENT/quota-matrix" > /dev/null # warm-up
hey -n 300 -c 4 -H "Authorization: Bearer $CONGAN" "$B/api/events/$EVENT/quota-matrix" > "$WORK/matrix.txt"
matrix_p95=$(hey_ms "$WORK/matrix.txt" 95)
echo "quota matrix (50 organisations × 10 categories, $("${PSQL[@]}" -tA -c "select count(*) from attendee where event_id = $EVENT") attendees): p50 $(hey_ms "$WORK/matrix.txt" 50) ms, p95 $matrix_p95 ms, p99 $(hey_ms "$WORK/matrix.txt" 99) ms"
result "quota matrix p95, 50 orgs × 10 categories, 4 clients" "< 100 ms" "$matrix_p95 ms" "" "" "$(verdict "$matrix_p95" '<' 100)"
