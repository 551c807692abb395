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

source "$ROOT/scripts/wait-ready.sh" # wait_ready PORT PID LOG
