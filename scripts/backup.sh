#!/usr/bin/env bash
# A backup of one deployment: the database (pg_dump, custom format) and the generated key folder (token signing keys,
# the device-id secret) in one tar file, with a manifest and SHA-256 sums. The file holds secrets (the private key):
# keep it where the database's own backups are kept, readable by the operators only (it is written mode 600).
#
# Usage: scripts/backup.sh [FILE]      (default: backups/safeonline-<Vietnam date and time>.tar)
# Reads DB_URL (jdbc:postgresql://host:port/db), DB_USER, DB_PASSWORD and APP_KEYS_DIR as the app does; without DB_URL,
# the project-local cluster's database `safeonline` on 127.0.0.1:$PG_PORT (as `make run` uses it).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/db-env.sh"
OUT="${1:-$ROOT/backups/safeonline-$(TZ=Asia/Ho_Chi_Minh date +%Y%m%d-%H%M%S).tar}"
KEYS="${APP_KEYS_DIR:-$ROOT/.data/keys}"
[ -d "$KEYS" ] || { echo "no key folder at $KEYS (set APP_KEYS_DIR)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
umask 077
mkdir -p "$WORK/backup" "$(dirname "$OUT")"
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-owner --no-privileges \
  -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -f "$WORK/backup/database.dump"
cp -a "$KEYS" "$WORK/backup/keys"
changeset="$(PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -X -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" \
  -c "select id from databasechangelog order by orderexecuted desc limit 1" 2>/dev/null || echo unknown)"
{
  echo "created: $(TZ=Asia/Ho_Chi_Minh date --iso-8601=seconds)"
  echo "database: $DB_NAME on $DB_HOST:$DB_PORT"
  echo "pg_dump: $("$PG_BIN/pg_dump" --version)"
  echo "last changeset: $changeset"
} > "$WORK/backup/MANIFEST"
(cd "$WORK/backup" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
tar -C "$WORK/backup" -cf "$OUT" .
chmod 600 "$OUT"
echo "backup written: $OUT ($(du -h "$OUT" | cut -f1); last changeset $changeset)"
