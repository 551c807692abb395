#!/usr/bin/env bash
# Checks the toolchain and installs what a fresh Debian/Ubuntu machine lacks (as root):
# PostgreSQL server binaries, and for the tests Chromium and LibreOffice (Writer, to open the Word reports). Never downloads a browser of its own.
# Usage: scripts/ensure-tools.sh [--browser]
set -euo pipefail
need_browser=false
[ "${1:-}" = "--browser" ] && need_browser=true

fail() { echo "missing: $*" >&2; exit 1; }
command -v java >/dev/null || fail "a JDK 17 or newer (apt-get install -y openjdk-17-jdk-headless)"
jv=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
[ "${jv%%.*}" -ge 17 ] 2>/dev/null || fail "JDK 17 or newer (found $jv)"
command -v node >/dev/null || fail "Node.js 20 or newer"
nv=$(node -p 'process.versions.node.split(".")[0]')
[ "$nv" -ge 20 ] || fail "Node.js 20 or newer (found $(node --version))"

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing $* from Debian packages" >&2
    if [ ! -f /var/lib/apt/lists/lock ] || [ -z "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -v -e lock -e partial)" ]; then apt-get update -qq; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
  else
    fail "$* (install it with your package manager)"
  fi
}

ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || apt_install postgresql
if $need_browser; then
  # the tests open the Word reports in LibreOffice (scripts/check-docx.sh --require)
  command -v soffice >/dev/null || command -v libreoffice >/dev/null || apt_install --no-install-recommends libreoffice-writer-nogui fonts-liberation2
  command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || apt_install chromium
fi
exit 0
