#!/usr/bin/env bash
# Builds the harness through the reactor (no install) and runs it against scripts/pgai-db's database.
#   benchmarks/codegen/run.sh [--tables 200] [--vectorizers 20] [--warmup 1] [--iterations 5] [--keep]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -B -q -pl benchmarks/codegen -am -DskipTests package
URL="${PGAI_JDBC_URL:-$(scripts/pgai-db url)}"
CP="benchmarks/codegen/target/classes:$(cat benchmarks/codegen/target/classpath.txt)"
exec java -Xms512m -Xmx1g -cp "$CP" io.github.jooqpgai.benchmarks.codegen.CodegenBenchmark --url "$URL" "$@"
