#!/usr/bin/env bash
# Ceremony benchmarks (issue: ceremony). Runs a packaged backend on its own database and measures, in one run:
#  1. importing 100,000 attendee rows through the API (upload, parse, validate, dedupe, commit)
#     against a PostgreSQL COPY of the same rows — the ratio is the figure (goal ≤ 4×);
#  2. check-in throughput and latency at 32 connections (goal ≥ 1,000 req/s, p99 < 50 ms);
#  3. the quota matrix for 50 organisations × 10 categories over 100,000 attendees (goal p95 < 100 ms).
# Usage: make bench (or bash bench/ceremony.sh). Needs wrk and hey (Debian packages; installed when root).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
PORT="${BENCH_PORT:-18100}"
ROWS="${BENCH_ROWS:-100000}"
DB=safeonline_bench
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
  java ${BENCH_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC} -Dquarkus.profile=demo -Dquarkus.log.level=WARN '-Dquarkus.log.category."vn.safeonline".level=INFO' -jar "$JAR" >"$WORK/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
B="http://127.0.0.1:$PORT"
token() { curl -sf -X POST "$B/api/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo1234\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'; }
UBND=$(token ubnd); CONGAN=$(token congan); GDDT=$(token sogddt)
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
api() { local t=$1; shift; curl -sf -H "Authorization: Bearer $t" -H 'Content-Type: application/json' "$@"; }

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
CREATED=$(api "$GDDT" -X POST "$B/api/imports/$JOB/commit" | json "['createdCount']")
api_s=$(echo "$(date +%s.%N) - $start" | bc)
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
echo "import: $CREATED rows through the API in ${api_s}s; COPY of the same rows into the attendee table ${copy_attendee_s}s: ratio $(echo "scale=1; $api_s / $copy_attendee_s" | bc)× (goal ≤ 4×); COPY of the file into a bare table ${copy_s}s: ratio $(echo "scale=1; $api_s / $copy_s" | bc)×"

# 2. check-in: first scans of distinct invitations at 32 connections
"${PSQL[@]}" -tA -c "select invitation_token from attendee where event_id = $EVENT order by id" > "$WORK/all-tokens.txt"
half=$(( $(wc -l < "$WORK/all-tokens.txt") / 2 ))
head -n "$half" "$WORK/all-tokens.txt" > "$WORK/warm-tokens.txt"; tail -n +"$((half + 1))" "$WORK/all-tokens.txt" > "$WORK/tokens.txt"
# warm-up (JIT, pools) on the first half of the invitations; the measured run scans the other half
TOKEN="$CONGAN" TOKENS="$WORK/warm-tokens.txt" wrk -t2 -c32 -d10s -s "$ROOT/bench/checkin.lua" "$B/api/events/$EVENT/check-ins" > /dev/null
TOKEN="$CONGAN" TOKENS="$WORK/tokens.txt" wrk -t2 -c32 -d20s --latency -s "$ROOT/bench/checkin.lua" "$B/api/events/$EVENT/check-ins" > "$WORK/checkin.txt"
echo "check-in: $(grep 'Requests/sec' "$WORK/checkin.txt" | awk '{print $2}') req/s, p50 $(grep ' 50%' "$WORK/checkin.txt" | awk '{print $2}'), p99 $(grep ' 99%' "$WORK/checkin.txt" | awk '{print $2}') at 32 connections (goal ≥ 1000 req/s, p99 < 50ms); non-2xx: $(grep -c 'Non-2xx' "$WORK/checkin.txt" || true)"
"${PSQL[@]}" -tA -c "select 'check-ins recorded (warm-up and measured): ' || count(*) || ' for ' || count(distinct attendee_id) || ' attendees' from check_in where event_id = $EVENT"

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
echo "quota matrix (50 organisations × 10 categories, $(("${PSQL[@]}" -tA -c "select count(*) from attendee where event_id = $EVENT") ) attendees): p50 $(grep '50% in' "$WORK/matrix.txt" | awk '{print $3*1000 " ms"}'), p95 $(grep '95% in' "$WORK/matrix.txt" | awk '{print $3*1000 " ms"}'), p99 $(grep '99% in' "$WORK/matrix.txt" | awk '{print $3*1000 " ms"}') (goal p95 < 100 ms)"
