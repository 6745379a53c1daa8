#!/usr/bin/env bash
# Builds the harness through the reactor (no install) and runs it against scripts/pgai-db's database.
#   benchmarks/worker/run.sh [--docs 120] [--rounds 3] [--batch 120]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -B -q -pl benchmarks/worker -am -DskipTests package
URL="${PGAI_JDBC_URL:-$(scripts/pgai-db url)}"
CP="benchmarks/worker/target/classes:$(cat benchmarks/worker/target/classpath.txt)"
exec java -Xms512m -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "$CP" \
  io.github.jooqpgai.benchmarks.worker.WorkerBenchmark --url "$URL" --home "$ROOT/.pgai" "$@"
