#!/usr/bin/env bash
# Does LibreOffice open our Word reports? Converts each DOCX to PDF headless and fails when a conversion
# fails or yields an empty PDF. Used by `make test` on the report the backend tests leave behind.
#
#   scripts/check-docx.sh FILE.docx [FILE.docx …]
#   scripts/check-docx.sh --url http://127.0.0.1:8080 --plan 2 [--user congan] [--password demo1234] [--as-of 2025-11-23]
#       downloads GET /api/plans/{plan}/reports/progress.docx from a running server first
#
# Options: --keep DIR keeps the PDFs there (and renders page 1 as PNG at 60 dpi when pdftoppm exists);
#          --require fails when LibreOffice is not installed (by default that is a clear skip, exit 0).
# LibreOffice: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2
# (Liberation Serif 2 has the metrics of Times New Roman and every Vietnamese letter; 1.07 lacks some.)
set -euo pipefail

url="" plan="" user="congan" password="demo1234" as_of="" keep="" require=0
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --plan) plan="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --password) password="$2"; shift 2 ;;
    --as-of) as_of="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --require) require=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done

office="$(command -v libreoffice || command -v soffice || true)"
if [ -z "$office" ]; then
  msg="check-docx: LibreOffice is not installed; SKIPPED the DOCX conversion check (apt-get install -y --no-install-recommends libreoffice-writer-nogui)"
  if [ "$require" = 1 ]; then echo "$msg" >&2; exit 1; fi
  echo "$msg"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "$url" ]; then
  [ -n "$plan" ] || { echo "check-docx: --url needs --plan ID" >&2; exit 2; }
  token="$(curl -sf -X POST "$url/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" | sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p')"
  [ -n "$token" ] || { echo "check-docx: no token for $user at $url" >&2; exit 1; }
  query=""; [ -n "$as_of" ] && query="?asOf=$as_of"
  out="$work/plan-$plan.docx"
  code="$(curl -s -o "$out" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Accept: application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/problem+json' \
    "$url/api/plans/$plan/reports/progress.docx$query")"
  [ "$code" = 200 ] || { echo "check-docx: download answered $code: $(head -c 400 "$out")" >&2; exit 1; }
  files+=("$out")
fi
[ ${#files[@]} -gt 0 ] || { echo "check-docx: no DOCX given (see --help)" >&2; exit 2; }

status=0
for f in "${files[@]}"; do
  [ -s "$f" ] || { echo "check-docx: $f is missing or empty" >&2; status=1; continue; }
  out="$work/pdf"
  mkdir -p "$out"
  # a profile of its own: no clash with a LibreOffice the user has open, no first-start dialogs
  if ! timeout 180 "$office" -env:UserInstallation="file://$work/profile" --headless --norestore \
      --infilter="MS Word 2007 XML" --convert-to pdf --outdir "$out" "$f" >"$work/log" 2>&1; then
    echo "check-docx: LibreOffice failed on $f:" >&2; cat "$work/log" >&2; status=1; continue
  fi
  pdf="$out/$(basename "${f%.*}").pdf"
  if [ ! -s "$pdf" ] || ! head -c 5 "$pdf" | grep -q '%PDF-'; then
    echo "check-docx: no PDF from $f:" >&2; cat "$work/log" >&2; status=1; continue
  fi
  pages="$(command -v pdfinfo >/dev/null && pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || echo '?')"
  echo "check-docx: $f → PDF, ${pages:-?} page(s), $(wc -c <"$pdf") bytes"
  if [ -n "$keep" ]; then
    mkdir -p "$keep"
    cp "$pdf" "$keep/"
    command -v pdftoppm >/dev/null && pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "$keep/$(basename "${f%.*}")"
  fi
done
exit $status
