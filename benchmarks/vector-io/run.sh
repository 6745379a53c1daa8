#!/usr/bin/env bash
# Builds the harness through the reactor (no install) and runs it against scripts/pgai-db's database.
#   benchmarks/vector-io/run.sh [--rows 100000] [--dims 768] [--warmup 1] [--iterations 3] [--only read|insert]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -B -q -pl benchmarks/vector-io -am -DskipTests package
URL="${PGAI_JDBC_URL:-$(scripts/pgai-db url)}"
CP="benchmarks/vector-io/target/classes:$(cat benchmarks/vector-io/target/classpath.txt)"
exec java -Xms1g -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "$CP" io.github.jooqpgai.benchmarks.vectorio.VectorIoBenchmark --url "$URL" "$@"
