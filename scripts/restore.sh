#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a NEW database and its key folder, after checking every file's
# SHA-256. It never overwrites: the database must not exist (or be empty), and the key folder must not exist or hold
# the same keys. Start the app on it afterwards: Liquibase applies any changeset newer than the backup (an upgrade).
#
# Usage: scripts/restore.sh FILE
# The target is DB_URL (jdbc:postgresql://host:port/db; the role DB_USER needs CREATEDB, or create the database first)
# and APP_KEYS_DIR, as for the app; without DB_URL, database `safeonline` of the project-local cluster.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/db-env.sh"
FILE="${1:?usage: scripts/restore.sh FILE}"
KEYS="${APP_KEYS_DIR:-$ROOT/.data/keys}"
[ -f "$FILE" ] || { echo "no backup file at $FILE" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
umask 077
tar -C "$WORK" -xf "$FILE"
(cd "$WORK" && sha256sum --quiet -c SHA256SUMS) || { echo "the backup is damaged: a file does not match its SHA-256" >&2; exit 1; }
sed 's/^/  /' "$WORK/MANIFEST"

psql_db() { PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$@"; }
exists="$(psql_db -d postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'")"
if [ "$exists" = 1 ]; then
  tables="$(psql_db -d "$DB_NAME" -tAc "select count(*) from pg_tables where schemaname = 'public'")"
  [ "$tables" = 0 ] || { echo "database $DB_NAME already holds $tables tables: restore into a new database" >&2; exit 1; }
else
  psql_db -d postgres -c "create database \"$DB_NAME\" encoding 'UTF8' template template0"
fi
if [ -d "$KEYS" ] && [ -n "$(ls -A "$KEYS")" ]; then
  diff -r "$KEYS" "$WORK/keys" >/dev/null || { echo "$KEYS holds other keys: restore the keys into an empty folder (APP_KEYS_DIR)" >&2; exit 1; }
else
  mkdir -p "$KEYS" && cp -a "$WORK/keys/." "$KEYS/" && chmod 700 "$KEYS"
fi
PGPASSWORD="$DB_PASSWORD" "$PG_BIN/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
  -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$WORK/database.dump"
echo "restored into $DB_NAME on $DB_HOST:$DB_PORT, keys in $KEYS"
