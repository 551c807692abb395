# Sourced by what starts the packaged backend and waits for it: scripts/throwaway.sh (the tests on a cluster of their own),
# scripts/backend.sh (the class-data archive's training start)
# and bench/lib.sh (the benchmarks).
# wait_ready PORT PID LOG: until the backend on PORT answers ready; its log's end and exit 1 if it dies or takes 120 s
wait_ready() {
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "the backend on :$1 did not start:" >&2; tail -40 "$3" >&2; exit 1; }
    sleep 0.5
  done
  echo "the backend on :$1 was not ready in 120 s" >&2; tail -20 "$3" >&2; exit 1
}
