#!/usr/bin/env bash
# Backup and restore, end to end: the packaged app with the demo on database A answers a set of reads; scripts/backup.sh
# saves A and its key folder; scripts/restore.sh puts them into a new database B and an empty key folder; the app started
# on B answers the same reads with the same bytes, and a token signed before the backup is still accepted (the keys came
# back). A damaged backup and a restore over a database in use are refused. A throwaway cluster (never the shared one):
# PG_PORT=54412, data in /tmp/secc-backup-pg.
# Usage: scripts/backup-restore-test.sh   (needs backend/target/quarkus-app/quarkus-run.jar: make build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PG_PORT="${BACKUP_PG_PORT:-54412}"
export PG_DATA="${BACKUP_PG_DATA:-/tmp/secc-backup-pg}"
APP_PORT="${BACKUP_APP_PORT:-18412}"
NAME=backup source "$ROOT/scripts/throwaway.sh"
fresh_db safeonline_backup_b
fresh_db safeonline_backup_a

pid=""
stop_app() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }; pid=""; }
cleanup() { stop_app; "$PG" stop >/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
start_app() { # database, key folder, log
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$1" PORT="$APP_PORT" APP_KEYS_DIR="$2" \
    java -Xmx256m -Dquarkus.profile=demo -jar "$JAR" >"$3" 2>&1 &
  pid=$!
  wait_ready "$APP_PORT" "$pid" "$3"
}

# The reads a coordinator and an administrator make: plans, their progress, events, attendee lists, quota matrices,
# campaigns and their indicators; each answer stored as canonical JSON (keys sorted).
read_all() { # out-dir [token-file]
  BASE="http://127.0.0.1:$APP_PORT" python3 - "$@" <<'PY'
import json, os, sys, urllib.request, urllib.error
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))
base, out = os.environ["BASE"], sys.argv[1]
os.makedirs(out, exist_ok=True)
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=30) as r: return json.loads(r.read())
    except urllib.error.HTTPError as e:
        sys.exit(f"FAIL: {method} {path} answered {e.code}: {e.read()[:300]!r}")
def tok(u): return call("POST", "/api/auth/token", {"username": u, "password": "demo1234"})["accessToken"]
tokens = {"ubnd": tok("ubnd"), "admin": tok("admin")}
if len(sys.argv) > 2: open(sys.argv[2], "w").write(tokens["ubnd"])
n = 0
def keep(name, path, who="ubnd"):
    global n
    body = call("GET", path, token=tokens[who])
    with open(os.path.join(out, name + ".json"), "w") as f: json.dump(body, f, ensure_ascii=False, sort_keys=True, indent=1)
    n += 1
    return body
def keep_all(name, path, who="ubnd"):
    """Every page of a list (100 a page), kept as one answer."""
    global n
    items, page = [], 1
    while True:
        body = call("GET", f"{path}{'&' if '?' in path else '?'}size=100&page={page}", token=tokens[who])
        items += body["items"]
        if len(body["items"]) < 100: break
        page += 1
    with open(os.path.join(out, name + ".json"), "w") as f: json.dump(items, f, ensure_ascii=False, sort_keys=True, indent=1)
    n += 1
    return items
plans = keep("plans", "/api/plans?size=100")["items"]
for p in plans:
    keep(f"plan-{p['id']}", f"/api/plans/{p['id']}")
    keep(f"plan-{p['id']}-progress", f"/api/plans/{p['id']}/progress")
    events = keep(f"plan-{p['id']}-events", f"/api/plans/{p['id']}/events")
    for e in events["items"] if isinstance(events, dict) else events:
        keep_all(f"event-{e['id']}-attendees", f"/api/events/{e['id']}/attendees")
        keep(f"event-{e['id']}-quota-matrix", f"/api/events/{e['id']}/quota-matrix")
for c in keep("campaigns", "/api/campaigns?size=100")["items"]:
    keep(f"campaign-{c['id']}-indicators", f"/api/campaigns/{c['id']}/indicators")
keep_all("organizations", "/api/organizations", "admin")
keep_all("users", "/api/users", "admin")
print(f"{n} answers read ({len(plans)} plans)")
PY
}

start_app safeonline_backup_a "$WORK/keys-a" "$WORK/a.log"
read_all "$WORK/before" "$WORK/token"
stop_app

DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline_backup_a" APP_KEYS_DIR="$WORK/keys-a" "$ROOT/scripts/backup.sh" "$WORK/backup.tar"
[ "$(stat -c %a "$WORK/backup.tar")" = 600 ] || { echo "FAIL: the backup (it holds the private key) is readable by others" >&2; exit 1; }

# a damaged backup is refused before anything is touched
cp "$WORK/backup.tar" "$WORK/damaged.tar"
mkdir "$WORK/d" && tar -C "$WORK/d" -xf "$WORK/damaged.tar" && printf x >> "$WORK/d/database.dump" && tar -C "$WORK/d" -cf "$WORK/damaged.tar" .
if DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline_backup_b" APP_KEYS_DIR="$WORK/keys-b" "$ROOT/scripts/restore.sh" "$WORK/damaged.tar" 2>"$WORK/damaged.err"; then
  echo "FAIL: a damaged backup was restored" >&2; exit 1
fi
grep -q "damaged" "$WORK/damaged.err" && [ ! -e "$WORK/keys-b" ] || { echo "FAIL: the damaged backup was not refused cleanly" >&2; cat "$WORK/damaged.err" >&2; exit 1; }
# a restore over a database in use is refused
if DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline_backup_a" APP_KEYS_DIR="$WORK/keys-a" "$ROOT/scripts/restore.sh" "$WORK/backup.tar" 2>"$WORK/overwrite.err"; then
  echo "FAIL: a restore overwrote a database in use" >&2; exit 1
fi

DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline_backup_b" APP_KEYS_DIR="$WORK/keys-b" "$ROOT/scripts/restore.sh" "$WORK/backup.tar"
start_app safeonline_backup_b "$WORK/keys-b" "$WORK/b.log"
# a token signed by A before the backup is accepted by B: the signing keys came back with the data
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cat "$WORK/token")" "http://127.0.0.1:$APP_PORT/api/me")"
[ "$status" = 200 ] || { echo "FAIL: a token from before the backup answered $status after the restore" >&2; exit 1; }
grep -q "demo data already loaded" "$WORK/b.log" || { echo "FAIL: the demo was loaded again over the restored data" >&2; exit 1; }
read_all "$WORK/after"
if ! diff -r "$WORK/before" "$WORK/after" > "$WORK/diff.txt"; then
  echo "FAIL: the restored deployment answers differently:" >&2; head -40 "$WORK/diff.txt" >&2; exit 1
fi
echo "backup and restore: $(ls "$WORK/before" | wc -l) answers identical after restoring into a new database; the old token still accepted; a damaged backup and an overwrite refused"
