#!/usr/bin/env bash
# A project-local PostgreSQL cluster for `make run` and `make test`.
# Data lives in .data/pg (ignored by git); it listens on 127.0.0.1 only, on $PG_PORT.
# PostgreSQL refuses to run as root, so as root the server runs as the unprivileged OS user
# `postgres` (created when missing). That user must reach the data folder: when the clone sits
# where it cannot (root's home is mode 700), the data goes to /var/lib/safeonline/<clone-hash>/pg
# instead, and .data/pg-location says where. PG_DATA overrides both.
# Usage: scripts/pg.sh start|stop|status|where|ensure-db NAME|drop-db NAME
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
APP_ROLE="${PG_APP_ROLE:-safeonline}"

find_bin() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local d; d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return; }
  echo ""
}
BIN="$(find_bin)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL binaries missing: installing the Debian package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN="$(find_bin)"
  fi
  [ -n "$BIN" ] || { echo "PostgreSQL server binaries not found: install the 'postgresql' package" >&2; exit 1; }
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}
# Where the cluster lives: in the clone when the server's user can reach it, else outside it.
data_dir() {
  if [ -n "${PG_DATA:-}" ]; then echo "$PG_DATA"; return; fi
  mkdir -p "$ROOT/.data"
  if [ "$(id -u)" != 0 ] || (cd / && runuser -u postgres -- test -x "$ROOT/.data") 2>/dev/null; then
    echo "$ROOT/.data/pg"
  else
    echo "/var/lib/safeonline/$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)/pg"
  fi
}
[ "$(id -u)" = 0 ] && { id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres; }
DATA="$(data_dir)"
LOG="$(dirname "$DATA")/pg.log"
[ "$DATA" = "$ROOT/.data/pg" ] || { mkdir -p "$(dirname "$DATA")"; echo "$DATA" > "$ROOT/.data/pg-location"; }

psql_admin() { "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

running() { [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && { as_owner true; chown postgres "$DATA"; touch "$LOG"; chown postgres "$LOG"; }
    chmod 700 "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if running; then return 0; fi
  [ "$(id -u)" = 0 ] && { touch "$LOG"; chown postgres "$LOG"; }
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=${PG_FSYNC:-on}" start >/dev/null
  psql_admin -d postgres -tAc "select 1 from pg_roles where rolname='$APP_ROLE'" | grep -q 1 \
    || psql_admin -d postgres -c "create role $APP_ROLE login password '$APP_ROLE' createdb"
  echo "PostgreSQL running on 127.0.0.1:$PG_PORT (data in $DATA)"
}

ensure_db() {
  psql_admin -d postgres -tAc "select 1 from pg_database where datname='$1'" | grep -q 1 \
    || psql_admin -d postgres -c "create database \"$1\" owner $APP_ROLE encoding 'UTF8' template template0"
}

case "${1:-}" in
  start) start ;;
  stop) if running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; echo "PostgreSQL stopped"; fi ;;
  where) echo "$DATA" ;;
  status) running && echo "running on 127.0.0.1:$PG_PORT" || { echo "not running"; exit 1; } ;;
  ensure-db) start >/dev/null; ensure_db "$2" ;;
  drop-db) start >/dev/null; psql_admin -d postgres -c "drop database if exists \"$2\" with (force)" ;;
  *) echo "usage: $0 start|stop|status|ensure-db NAME|drop-db NAME" >&2; exit 2 ;;
esac
