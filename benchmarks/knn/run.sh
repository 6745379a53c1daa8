#!/usr/bin/env bash
# Builds the harness through the reactor (no install) and runs it against the test database.
#   benchmarks/knn/run.sh [--queries 2000] [--warmup 500] [--k 10] [--drop] [--client-cpu 0 --server-cpu 1]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -B -q -pl benchmarks/knn -am -DskipTests package
URL="${PGAI_JDBC_URL:-$(scripts/pgai-db url)}"
CP="benchmarks/knn/target/classes:$(cat benchmarks/knn/target/classpath.txt)"
exec java -Xms512m -Xmx512m -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "$CP" io.github.jooqpgai.benchmarks.knn.KnnBenchmark --url "$URL" "$@"
