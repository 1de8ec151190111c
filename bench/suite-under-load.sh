#!/usr/bin/env bash
# Runs the whole test suite (npm test) N times in a row (default 3) while another CPU-heavy job keeps one core busy,
# stopping at the first failure, and prints each run's time and layer times. Usage: bash bench/suite-under-load.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
log_dir=$(mktemp -d)
# The other CPU-heavy job: hashing zeros on one core for the whole time.
(while true; do head -c 2000000000 /dev/zero | sha256sum >/dev/null; done) &
burner=$!
trap 'kill "$burner" 2>/dev/null; pkill -P "$burner" 2>/dev/null' EXIT
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  echo "run $i start $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
  npm test >"$log_dir/run-$i.log" 2>&1
  rc=$?
  echo "run $i exit $rc after $(($(date +%s) - start)) s, load $(cut -d' ' -f1-3 /proc/loadavg) (log: $log_dir/run-$i.log)"
  grep -A3 'Layer times' "$log_dir/run-$i.log"
  grep -E 'Test Files|Tests ' "$log_dir/run-$i.log"
  [ "$rc" -eq 0 ] || exit "$rc"
done
