# Sourced by the tests that run the packaged backend on a cluster of their own (db-restart-under-load.sh,
# backup-restore-test.sh, two-replicas-test.sh): never the shared cluster, never the clone's .data.
# Before sourcing: ROOT, PG_PORT and PG_DATA exported, NAME (the work folder's prefix). After: JAR, WORK, PG (a copy of
# pg.sh rooted in WORK, so that its notes stay out of the clone), the cluster started; and the two functions below.
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || { echo "no backend build at $JAR (run make build)" >&2; exit 1; }
WORK="$(mktemp -d "/tmp/secc-$NAME.XXXXXX")"
mkdir -p "$WORK/scripts" "$WORK/.data" && cp "$ROOT/scripts/pg.sh" "$WORK/scripts/pg.sh"
PG="$WORK/scripts/pg.sh"
"$PG" start

# fresh_db NAME: the database, empty
fresh_db() { "$PG" drop-db "$1" >/dev/null || true; "$PG" ensure-db "$1"; }

# wait_ready PORT PID LOG: until the backend on PORT answers ready; its log's end and exit 1 if it dies or takes 120 s
wait_ready() {
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "the backend on :$1 did not start:" >&2; tail -40 "$3" >&2; exit 1; }
    sleep 0.5
  done
  echo "the backend on :$1 was not ready in 120 s" >&2; tail -20 "$3" >&2; exit 1
}
