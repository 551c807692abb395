#!/usr/bin/env bash
# Two replicas, one behaviour: two backend processes (ports 18414 and 18415) on one database and one key folder, no
# proxy and no Docker, each request sent to one or the other. Across them: an Idempotency-Key replayed on the other
# replica gets the first answer; a quota of 10 raced from both takes exactly 10; one invitation scanned on both admits
# once; the public rate limit and the sign-in throttle count both replicas' requests together; a scheduled job runs
# once per period (both fire it every 2 s); webhooks and e-mails in the outboxes go out once (to a webhook receiver and
# an SMTP server started here). A throwaway cluster (never the shared one): PG_PORT=54414, data in /tmp/secc-replicas-pg.
# Usage: scripts/two-replicas-test.sh   (needs backend/target/quarkus-app/quarkus-run.jar: make build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PG_PORT="${REPLICAS_PG_PORT:-54414}"
export PG_DATA="${REPLICAS_PG_DATA:-/tmp/secc-replicas-pg}"
PORT_A="${REPLICA_A_PORT:-18414}" PORT_B="${REPLICA_B_PORT:-18415}" SMTP_PORT="${REPLICAS_SMTP_PORT:-18425}"
NAME=replicas source "$ROOT/scripts/throwaway.sh"
fresh_db safeonline_replicas

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  "$PG" stop >/dev/null || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

# the SMTP server the replicas send to: every message it receives, one line each (the outbox's dedupe header)
python3 -W ignore - "$SMTP_PORT" "$WORK/mail.log" <<'PY' &
import asyncore, smtpd, sys
port, out = int(sys.argv[1]), sys.argv[2]
class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        mid = next((l.split(":", 1)[1].strip() for l in text.splitlines() if l.lower().startswith("message-id:")), "?")
        with open(out, "a") as f: f.write("%s %s\n" % (mid, ",".join(rcpttos)))
Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
PY
pids+=($!)

start_replica() { # name port profile
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline_replicas" PORT="$2" APP_KEYS_DIR="$WORK/keys" \
    APP_WEBHOOKS_ALLOW_PRIVATE=true APP_WEBHOOKS_EVERY=1s APP_EMAIL_SEND_EVERY=1s APP_PRUNE_CRON='*/2 * * * * ?' \
    APP_PUBLIC_RATE_WRITES_PER_MINUTE=20 QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" \
    java -Xmx256m -Dquarkus.profile="$3" -jar "$JAR" >"$WORK/$1.log" 2>&1 &
  pids+=($!)
  wait_ready "$2" "${pids[-1]}" "$WORK/$1.log"
}
start_replica a "$PORT_A" demo # migrates and loads the demo
start_replica b "$PORT_B" prod # finds the schema current; as a server runs it: JSON logs, access log, metrics

A="http://127.0.0.1:$PORT_A" B="http://127.0.0.1:$PORT_B" PSQL="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" \
  python3 - "$WORK" <<'PY'
import concurrent.futures as cf, http.server, json, os, subprocess, sys, threading, time, urllib.parse, urllib.request, urllib.error, uuid
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))
A, B, work = os.environ["A"], os.environ["B"], sys.argv[1]
failures = []
def check(ok, what):
    print(("ok - " if ok else "FAIL - ") + what)
    if not ok: failures.append(what)

def call(base, method, path, body=None, token=None, headers=None, form=None):
    data = urllib.parse.urlencode(form).encode() if form else None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, method=method, data=data)
    req.add_header("Content-Type", "application/x-www-form-urlencoded" if form else "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items(): req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            raw = r.read()
            try: return r.status, json.loads(raw or b"null"), dict(r.headers)
            except ValueError: return r.status, raw.decode("utf-8", "replace"), dict(r.headers)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try: return e.code, json.loads(raw or b"null"), dict(e.headers)
        except ValueError: return e.code, raw.decode("utf-8", "replace"), dict(e.headers)

def ok(base, method, path, body=None, token=None, **kw):
    status, answer, _ = call(base, method, path, body, token, **kw)
    if status >= 300: sys.exit("setup failed: %s %s → %s %s" % (method, path, status, answer))
    return answer

def sql(q):
    return subprocess.run([os.environ["PSQL"], "-X", "-qtA", "-h", "127.0.0.1", "-p", os.environ["PG_PORT"], "-U", "postgres",
                           "-d", "safeonline_replicas", "-c", q], check=True, capture_output=True, text=True).stdout.strip()

def tok(base, u): return ok(base, "POST", "/api/auth/token", {"username": u, "password": "demo1234"})["accessToken"]
ubnd, sogddt, admin = tok(A, "ubnd"), tok(B, "sogddt"), tok(A, "admin")
check(call(B, "GET", "/api/me", token=ubnd)[0] == 200, "a token signed by one replica is accepted by the other (one key folder)")
org = {c: next(o["id"] for o in ok(A, "GET", "/api/organizations?q=" + c, token=admin)["items"] if o["code"] == c) for c in ("CA-TP", "SO-GDDT")}
today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 7 * 3600))

# webhooks: a receiver here, a system client of the department subscribed to attendee.submitted
received, lock = [], threading.Lock()
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with lock: received.append((self.headers.get("webhook-id"), json.loads(body)["data"]["id"]))
        self.send_response(204); self.end_headers()
    def log_message(self, *a): pass
hook = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
threading.Thread(target=hook.serve_forever, daemon=True).start()
reg = ok(A, "POST", "/api/system-clients", {"name": "Hệ thống thử hai bản", "organizationId": org["SO-GDDT"], "scopes": ["plans:read", "attendees:write"]}, admin)
client = ok(B, "POST", "/api/auth/token", form={"grant_type": "client_credentials", "client_id": reg["client"]["clientId"], "client_secret": reg["secret"]})["access_token"]
ok(B, "POST", "/api/webhooks", {"url": "http://127.0.0.1:%d/hook" % hook.server_port, "eventTypes": ["attendee.submitted"]}, client)

# 1. a plan issued with a ceremony, and a quota of 10 for the department
plan = ok(A, "POST", "/api/plans", {"symbol": "KH-UBND", "title": "Kế hoạch thử hai bản chạy song song", "standingOrganizationId": org["CA-TP"],
          "legalBases": [{"kind": "Kế hoạch", "number": "578/KH-BCA-A05"}], "purpose": "Thử hai bản", "signerName": "Trương Cảnh Tuyên"}, ubnd)
ok(B, "POST", "/api/plans/%d/tasks" % plan["id"], {"leadOrganizationId": org["SO-GDDT"], "text": "Nhiệm vụ thử hai bản"}, ubnd)
ok(A, "POST", "/api/plans/%d/issue" % plan["id"], {"number": str(int(time.time()) % 900000 + 100000), "issueDate": today}, ubnd)
event = ok(B, "POST", "/api/plans/%d/events" % plan["id"], {"title": "Lễ phát động thử hai bản", "format": "IN_PERSON",
           "startsAt": today + "T08:00:00+07:00", "endsAt": today + "T23:00:00+07:00", "venues": [{"name": "Hội trường A", "main": True}]}, ubnd)
cats = ok(A, "GET", "/api/plans/%d/invitee-categories" % plan["id"], token=ubnd)
cat = next(c for c in (cats["items"] if isinstance(cats, dict) else cats) if not c.get("minors"))
quota = ok(A, "POST", "/api/events/%d/quotas" % event["id"], {"ownerOrganizationId": org["SO-GDDT"], "categoryId": cat["id"], "count": 10,
           "deadline": "2099-12-31T17:00:00+07:00"}, ubnd)
def person(i): return {"fullName": "Đại biểu thử %02d" % i, "position": "Chuyên viên", "phone": "09%08d" % (31000000 + i)}

# 2. an Idempotency-Key replayed on the other replica gets the first answer
key = {"Idempotency-Key": str(uuid.uuid4())}
s1, first, _ = call(A, "POST", "/api/quotas/%d/attendees" % quota["id"], person(99), sogddt, headers=key)
s2, again, h2 = call(B, "POST", "/api/quotas/%d/attendees" % quota["id"], person(99), sogddt, headers=key)
replayed = {k.lower(): v for k, v in h2.items()}.get("idempotent-replayed")
check(s1 == 201 and s2 == s1 and again == first and replayed == "true",
      "Idempotency-Key replayed on the other replica: the first answer (%s then %s, replayed: %s, attendee %s)" % (s1, s2, replayed, first.get("id")) + ("" if s2 == s1 else " %s" % again))
check(sql("select count(*) from attendee where quota_id = %d" % quota["id"]) == "1", "one attendee stored for the key")

# 3. the quota's other 9 places raced from both replicas: exactly 9 more
with cf.ThreadPoolExecutor(16) as pool:
    answers = list(pool.map(lambda i: call(A if i % 2 else B, "POST", "/api/quotas/%d/attendees" % quota["id"], person(i), sogddt), range(30)))
taken = [first] + [a for s, a, _ in answers if s == 201]
refused = {s for s, _, _ in answers if s != 201}
check(len(taken) == 10 and sql("select count(*) from attendee where quota_id = %d" % quota["id"]) == "10",
      "a quota of 10 (1 taken) raced by 30 submissions on both replicas: %d more taken, the rest refused with %s" % (len(taken) - 1, sorted(refused)))

# 4. one invitation scanned on both replicas admits once
code = taken[0]["shortCode"]
def scan(i): return call(A if i % 2 else B, "POST", "/api/events/%d/check-ins" % event["id"], {"code": code}, ubnd)
with cf.ThreadPoolExecutor(8) as pool: scans = list(pool.map(scan, range(8)))
outcomes = sorted(a.get("outcome") if isinstance(a, dict) else str(s) for s, a, _ in scans)
check(outcomes.count("CHECKED_IN") == 1 and outcomes.count("ALREADY_CHECKED_IN") == 7
      and sql("select count(*) from check_in where attendee_id = %d" % taken[0]["id"]) == "1",
      "one invitation scanned 8 times on both replicas: admitted once (%s)" % outcomes)

# 5. the public rate limit counts both replicas' requests together (20 writes a minute here)
campaign = ok(A, "GET", "/api/campaigns?size=100", token=ubnd)["items"][0]
public_id = ok(A, "GET", "/api/campaigns/%d" % campaign["id"], token=ubnd)["publicId"]
t0, limited = time.time(), {A: 0, B: 0}
passed = 0
for i in range(30):
    base = A if i % 2 else B
    s, _, _ = call(base, "POST", "/api/public/campaigns/%s/adoptions" % public_id, {"deviceId": str(uuid.uuid4())})
    if s == 429: limited[base] += 1
    else: passed += 1
refill = int((time.time() - t0) / 3) + 1
check(20 <= passed <= 20 + refill and limited[A] > 0 and limited[B] > 0,
      "public writes, 15 to each replica, an allowance of 20 between them: %d passed, %d and %d refused" % (passed, limited[A], limited[B]))

# 6. the sign-in throttle counts both replicas' attempts together
# (5 failures are free per account: counted apart, each replica would see 5 of these 10 and never refuse one)
statuses = [call(A if i % 2 else B, "POST", "/api/auth/token", {"username": "khong-co-ai", "password": "sai-mat-khau"})[0] for i in range(10)]
check(429 in statuses, "10 wrong passwords alternating replicas are throttled together: %s" % statuses)

# 7. webhooks and e-mails go out once
ok(A, "POST", "/api/plans/%d/reminders" % plan["id"], {"organizationIds": [org["SO-GDDT"]], "message": "Đề nghị gửi báo cáo đúng hạn"}, ubnd)
deadline = time.time() + 30
while time.time() < deadline:
    if len({e for _, e in received}) >= 10 and sql("select count(*) from email_outbox where sent_at is null and failed_at is null") == "0": break
    time.sleep(0.5)
time.sleep(3)  # anything sent twice would have come by now
events = [e for _, e in received]
check(len(events) == 10 and len(set(events)) == 10 and {t["id"] for t in taken} == set(events),
      "10 attendee.submitted webhooks, each delivered once by two dispatching replicas (%d received)" % len(events))
sent = int(sql("select count(*) from email_outbox where sent_at is not null"))
mails = open(os.path.join(work, "mail.log")).read().splitlines() if os.path.exists(os.path.join(work, "mail.log")) else []
ids = [m.split(" ")[0] for m in mails]
check(sent > 0 and len(mails) == sent and len(set(ids)) == len(ids), "%d e-mails in the outbox sent, %d received, none twice" % (sent, len(mails)))

# 8. a scheduled job (pruning, every 2 s on both) runs once per period
time.sleep(5)
per_period = sql("select coalesce(max(n), 0) from (select count(*) n from scheduled_run where job = 'outbox-pruning' and not skipped group by period) x")
ran = int(sql("select count(*) from scheduled_run where job = 'outbox-pruning' and not skipped") or 0)
skipped = int(sql("select count(*) from scheduled_run where job = 'outbox-pruning' and skipped") or 0)
check(ran >= 3 and skipped >= 3 and per_period == "1",
      "pruning fired by both replicas every 2 s: %d periods ran, each once; %d firings found their period taken or the job running and were skipped" % (ran, skipped))

# 9. the prod profile (replica B) logs JSON, with the request id, and no query string
call(B, "GET", "/api/attendees/search?q=" + urllib.parse.quote("Nguyễn Thị Hồng Nhung"), token=ubnd, headers={"X-Request-Id": "hai-ban-rid-1"})
time.sleep(1)
lines = [l for l in open(os.path.join(work, "b.log"), encoding="utf-8") if l.startswith("{")]
parsed = [json.loads(l) for l in lines]
with_id = [p for p in parsed if p.get("requestId") == "hai-ban-rid-1"]
check(len(parsed) > 0 and with_id and all("Nguy" not in l and "Nhung" not in l for l in lines),
      "the prod profile writes JSON lines (%d), the request's id in its lines (%d), no query string" % (len(parsed), len(with_id)))
check(call(B, "GET", "/q/metrics")[0] == 200, "the prod profile answers /q/metrics")

hook.shutdown()
sys.exit(1 if failures else 0)
PY
echo "two replicas: one behaviour"
