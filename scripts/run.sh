#!/usr/bin/env bash
# `make run`: serve the API and the SPA on one port with the demo data. Uses DB_URL/DB_USER/DB_PASSWORD
# when set; otherwise starts the project-local PostgreSQL (scripts/pg.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-8080}"
PG_PORT="${PG_PORT:-54329}"
if [ -z "${DB_URL:-}" ]; then
  "$ROOT/scripts/pg.sh" start
  "$ROOT/scripts/pg.sh" ensure-db safeonline
  export DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/safeonline"
fi
export PORT APP_SPA_DIR="${APP_SPA_DIR:-$ROOT/frontend/dist}" APP_KEYS_DIR="${APP_KEYS_DIR:-$ROOT/.data/keys}"
"$ROOT/scripts/backend.sh" --train # once per build: later starts map the classes (scripts/backend.sh)
cat <<TXT

  An toàn trực tuyến — http://127.0.0.1:$PORT   (API: /api, contract: /q/openapi)
  Demo accounts, password demo1234:
    ubnd      COORDINATOR  Ủy ban nhân dân thành phố Cần Thơ (issues plans)
    congan    COORDINATOR  Công an thành phố (standing agency)
    sogddt    OFFICER      Sở Giáo dục và Đào tạo
    sonoivu   OFFICER      Sở Nội vụ
    sovhttdl  OFFICER      Sở Văn hóa, Thể thao và Du lịch
    admin     ADMIN        Văn phòng UBND thành phố
  Stop with Ctrl+C.

TXT
exec "$ROOT/scripts/backend.sh" -Dquarkus.profile="${QUARKUS_PROFILE:-demo}"
