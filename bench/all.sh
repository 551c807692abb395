#!/usr/bin/env bash
# `make bench`: the hot paths of issue 17 (item 5) and the start-up (item 4), each against its goal and, where there is
# one, a baseline measured in the same run (one after the other, never at the same time). Runs the scenarios, each
# printing its own lines, then ONE table from their rows (.data/bench/results.tsv), saved as .data/bench/results.md.
# Usage: bash bench/all.sh [ceremony] [campaign] [reads] [start]   (all four by default, in that order; a new table
# each run). On a shared machine take the measuring lock around it: flock /tmp/bench.lock bash bench/all.sh
set -uo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -gt 0 ] && scenarios=("$@") || scenarios=(ceremony campaign reads start)
: > "$RESULTS"
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# start: bench/start.sh's five restarts (schema current, demo loaded), read from its median line
start_scenario() {
  BENCH_START_PORT="${BENCH_START_PORT:-18130}" bash "$ROOT/bench/start.sh" 5 | tee "$WORK/start.txt" || return 1
  local line ms mb
  line=$(grep '^median of' "$WORK/start.txt") || return 1
  ms=$(sed -E 's/.*ready in ([0-9]+) ms.*/\1/' <<<"$line"); mb=$(sed -E 's/.*RSS ([0-9]+) MB.*/\1/' <<<"$line")
  result "start-up: ready, median of 5" "≤ 3000 ms" "$ms ms" "" "" "$(verdict "$ms" '<=' 3000)"
  result "start-up: RSS after the first read, median of 5" "≤ 300 MB" "$mb MB" "" "" "$(verdict "$mb" '<=' 300)"
}

for s in "${scenarios[@]}"; do
  echo "== $s ($(date -u +%H:%M:%S))"
  case $s in
    start) start_scenario ;;
    ceremony|campaign|reads) bash "$ROOT/bench/$s.sh" ;;
    *) echo "no scenario $s (ceremony, campaign, reads, start)" >&2; false ;;
  esac || result "$s: failed (exit $?), see its output above" "-" "-" "" "" "MISS"
done

# the table: one line per mark, from the rows the scenarios appended
JVM="$(sed -n 's/^JAVA_OPTS="${JAVA_OPTS:-\(.*\)}"$/\1/p' "$ROOT/scripts/backend.sh")"
python3 - "$RESULTS" "$WORK/results.md" "$started" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)" "$(nproc)" "${BENCH_JAVA_OPTS:-${JAVA_OPTS:-$JVM}}" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
head = ["mark", "goal", "figure", "baseline (same run)", "ratio", "ok"]
table = [head] + rows
w = [max(len(r[i]) for r in table) for i in range(len(head))]
line = lambda r: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |"
out = [f"make bench, {sys.argv[3]}, commit {sys.argv[4]}, {sys.argv[5]} cores; backend {sys.argv[6]} (scripts/backend.sh), demo profile", "",
       line(head), "|" + "|".join("-" * (x + 2) for x in w) + "|"] + [line(r) for r in rows]
misses = sum(1 for r in rows if r[5].startswith("MISS"))
out += ["", f"{len(rows)} lines, {misses} MISS"]
text = "\n".join(out) + "\n"
open(sys.argv[2], "w", encoding="utf-8").write(text)
print("\n" + text, end="")
PY
