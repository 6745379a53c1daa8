#!/usr/bin/env bash
# Warm start and reuse of the same installed state folder: scripts/pgai-db as it is now (a wrapper over the
# jooq-pgai-embedded module, one JVM per call) against the former all-bash scripts/pgai-db (from git commit
# 5f51cf6), alternating the two so that load changes on the shared machine hit both alike.
#   warm   server stopped, everything installed: start to ready (pg_ctl -w, pgai catalog checked)
#   reuse  server running: start finds it by pid and checks the pgai catalog
# Usage: benchmarks/embedded/compare-with-bash.sh STATE_FOLDER [ROUNDS]   (an installed state folder, e.g.
# the one measure-start.sh left behind; its server must be stopped)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PGAI_HOME="${1:?give an installed state folder}"
ROUNDS="${2:-5}"
unset PGAI_DB_PORT
OLD="$(mktemp /tmp/pgai-db-bash.XXXXXX)"
git -C "$REPO" show 5f51cf6:scripts/pgai-db >"$OLD"
chmod +x "$OLD"
NEW="$REPO/scripts/pgai-db"
ms() { date +%s%3N; }
timed() { local t0; t0=$(ms); "$@" >/dev/null 2>&1; echo $(( $(ms) - t0 )); }

"$NEW" status >/dev/null 2>&1 || true   # builds the module's classes if needed, outside the timings
trap '"$NEW" stop >/dev/null 2>&1 || true; rm -f "$OLD"' EXIT
echo "date=$(date -u +%FT%TZ) host_cpus=$(nproc) state=$PGAI_HOME rounds=$ROUNDS"
for i in $(seq 1 "$ROUNDS"); do
  for impl in java bash; do
    if [ "$impl" = java ]; then script="$NEW"; else script="$OLD"; fi
    warm=$(timed "$script" start)
    reuse=$(timed "$script" start)
    "$script" stop >/dev/null 2>&1
    echo "round=$i impl=$impl warm_ms=$warm reuse_ms=$reuse"
  done
done
