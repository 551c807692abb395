#!/usr/bin/env bash
# No child's personal data in the server's log: every minor's name, phone and guardian (pupil delegates of a minors'
# category, contest entrants) held by DATABASE is looked for, verbatim, in each LOG given; one found fails.
# Values shorter than 6 characters are not looked for (they would match words of other lines).
# Usage: scripts/check-log-privacy.sh DATABASE LOG...   (the project-local cluster on $PG_PORT)
set -euo pipefail
DB="${1:?usage: check-log-privacy.sh DATABASE LOG...}"; shift
[ $# -gt 0 ] || { echo "no log given" >&2; exit 1; }
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
values="$(mktemp)"; trap 'rm -f "$values"' EXIT
"$BIN/psql" -X -qtA -h 127.0.0.1 -p "${PG_PORT:-54329}" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -c "
  select kind, value from (
    select 'a pupil delegate''s name' as kind, a.full_name as value from attendee a join quota q on q.id = a.quota_id
      join invitee_category ic on ic.id = q.category_id where ic.minors
    union all select 'a pupil delegate''s phone', a.phone from attendee a join quota q on q.id = a.quota_id
      join invitee_category ic on ic.id = q.category_id where ic.minors
    union all select 'a guardian''s name', a.guardian_name from attendee a
    union all select 'a guardian''s phone', a.guardian_phone from attendee a
    union all select 'a contest entrant''s name', pupil_name from contest_entry
    union all select 'a contest guardian''s name', guardian_name from contest_entry
    union all select 'a contest guardian''s phone', guardian_phone from contest_entry
  ) v where length(value) >= 6 group by kind, value" > "$values"
n="$(wc -l < "$values")"
[ "$n" -gt 0 ] || { echo "FAIL: no child's data in $DB to look for (the demo loads some)" >&2; exit 1; }
found=0
while IFS='|' read -r kind value; do
  if grep -qF -- "$value" "$@"; then echo "FAIL: $kind appears in the log" >&2; found=$((found + 1)); fi
done < "$values"
[ "$found" = 0 ] || exit 1
echo "log privacy: $n values of children's data looked for in $* ($(cat "$@" | wc -l) lines): none found"
