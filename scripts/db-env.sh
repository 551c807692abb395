# Sourced by backup.sh and restore.sh: the database the app uses, from DB_URL/DB_USER/DB_PASSWORD as application.properties
# reads them (jdbc:postgresql://host[:port]/name), else the project-local cluster's `safeonline`; PG_BIN, the client tools.
DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:${PG_PORT:-54329}/safeonline}"
DB_USER="${DB_USER:-safeonline}"
DB_PASSWORD="${DB_PASSWORD:-safeonline}"
if [[ "$DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
  DB_HOST="${BASH_REMATCH[1]}" DB_PORT="${BASH_REMATCH[3]:-5432}" DB_NAME="${BASH_REMATCH[4]}"
else
  echo "DB_URL must look like jdbc:postgresql://host:port/name (got $DB_URL)" >&2; exit 1
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PG_BIN/pg_dump" ] || PG_BIN="$(dirname "$(command -v pg_dump || echo /usr/bin/pg_dump)")"
[ -x "$PG_BIN/pg_dump" ] || { echo "pg_dump not found: install the PostgreSQL client (postgresql-client)" >&2; exit 1; }
export PGPASSWORD="$DB_PASSWORD"
