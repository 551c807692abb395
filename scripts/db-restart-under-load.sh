#!/usr/bin/env bash
# Resilience: PostgreSQL restarted while the packaged backend is writing. The app must recover
# by itself (no restart), and every write it acknowledged must be stored exactly once.
# Uses a throwaway cluster (never the shared one): PG_PORT=54411, data in /tmp/secc-pg.
# Usage: scripts/db-restart-under-load.sh   (needs backend/target/quarkus-app/quarkus-run.jar: make build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PG_PORT="${RESTART_PG_PORT:-54411}"
export PG_DATA="${RESTART_PG_DATA:-/tmp/secc-pg}"
APP_PORT="${RESTART_APP_PORT:-18411}"
NAME=restart source "$ROOT/scripts/throwaway.sh"
LOG="$WORK/server.log"
fresh_db safeonline_restart
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline_restart" PORT="$APP_PORT" APP_KEYS_DIR="$WORK/keys" \
  java -Xmx256m -Dquarkus.profile=demo -jar "$JAR" >"$LOG" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  "$PG" stop >/dev/null || true
}
trap cleanup EXIT
wait_ready "$APP_PORT" "$pid" "$LOG"

# writes in the background; the cluster is stopped for a few seconds in the middle of them
BASE="http://127.0.0.1:$APP_PORT" SECONDS_TOTAL="${RESTART_LOAD_SECONDS:-20}" python3 - "$WORK" <<'PY' &
import json, os, sys, time, urllib.request, urllib.error
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))  # 127.0.0.1, never through a proxy
base, work, total = os.environ["BASE"], sys.argv[1], float(os.environ["SECONDS_TOTAL"])
def call(method, path, body=None, token=None, key=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    if key: req.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(req, timeout=15) as r: return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e: return e.code, None
    except Exception as e: return 0, str(e)
def tok(u):
    status, body = call("POST", "/api/auth/token", {"username": u, "password": "demo1234"})
    assert status == 200, (u, status, body)
    return body["accessToken"]
ubnd, admin = tok("ubnd"), tok("admin")
orgs = {o["code"]: o["id"] for c in ("CA-TP", "SO-GDDT") for o in call("GET", "/api/organizations?q=" + c, token=admin)[1]["items"]}
plan = {"symbol": "KH-UBND", "place": "Cần Thơ", "title": "Kế hoạch thử khởi động lại CSDL", "standingOrganizationId": orgs["CA-TP"],
        "legalBases": [{"kind": "Quyết định", "number": "468/QĐ-TTg", "date": "2026-03-23", "issuer": "Thủ tướng Chính phủ"}],
        "purpose": "Mục đích", "contentSections": [{"heading": "1", "body": "Nội dung"}], "recipients": [{"label": "Lưu: VT"}],
        "signerName": "Người ký", "startDate": "2026-01-01"}
status, created = call("POST", "/api/plans", plan, ubnd)
assert status == 201, (status, created)
plan_id = created["id"]
acked, refused, i, deadline = [], {}, 0, time.time() + total
while time.time() < deadline:
    i += 1
    text = "Nhiệm vụ ghi số %d" % i
    status, body = call("POST", "/api/plans/%d/tasks" % plan_id, {"leadOrganizationId": orgs["SO-GDDT"], "text": text}, ubnd, key="restart-%d" % i)
    if status == 201: acked.append({"id": body["id"], "text": text})
    else: refused[status] = refused.get(status, 0) + 1
    time.sleep(0.02)
json.dump({"plan": plan_id, "acked": acked, "refused": refused, "sent": i}, open(work + "/writes.json", "w"))
PY
load=$!
sleep "${RESTART_AFTER:-5}"
echo "restarting PostgreSQL under load"
"$PG" stop
sleep "${RESTART_DOWN_SECONDS:-3}"
"$PG" start
wait $load

kill -0 $pid 2>/dev/null || { echo "FAIL: the backend died with the database" >&2; tail -40 "$LOG" >&2; exit 1; }
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null || { echo "FAIL: the backend did not recover without a restart" >&2; exit 1; }

BASE="http://127.0.0.1:$APP_PORT" python3 - "$WORK" <<'PY'
import json, os, sys, urllib.request
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))
base, work = os.environ["BASE"], sys.argv[1]
w = json.load(open(work + "/writes.json"))
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=15) as r: return json.loads(r.read())
tok = call("POST", "/api/auth/token", {"username": "ubnd", "password": "demo1234"})["accessToken"]
stored, page = [], 1
while True:
    p = call("GET", "/api/plans/%d/tasks?size=50&page=%d" % (w["plan"], page), token=tok)
    stored += p["items"]
    if len(stored) >= p["total"] or not p["items"]: break
    page += 1
texts = [t["text"] for t in stored]
ids = {t["id"] for t in stored}
missing = [a for a in w["acked"] if a["id"] not in ids]
doubled = sorted({t for t in texts if texts.count(t) > 1})
print("db restart under load: %d sent, %d acknowledged, refused %s, %d stored; %d acknowledged but missing, %d stored twice"
      % (w["sent"], len(w["acked"]), w["refused"], len(stored), len(missing), len(doubled)))
ok = not missing and not doubled and len(w["refused"]) > 0 and len(w["acked"]) > 0
if not w["refused"]: print("FAIL? no write was refused: the restart did not hit the load")
sys.exit(0 if not missing and not doubled and w["acked"] else 1)
PY
