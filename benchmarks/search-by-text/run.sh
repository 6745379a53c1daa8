#!/usr/bin/env bash
# Builds the harness through the reactor (no install) and runs it against PGAI_JDBC_URL or scripts/pgai-db's database.
#   benchmarks/search-by-text/run.sh [--rows 5000] [--queries 200] [--warmup 50] [--k 5] [--keep]
#   benchmarks/search-by-text/run.sh --generate     # regenerate the committed jOOQ classes (src/main/java/.../db)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mvn -B -q -pl benchmarks/search-by-text -am -DskipTests package
URL="${PGAI_JDBC_URL:-$(scripts/pgai-db url)}"
CP="benchmarks/search-by-text/target/classes:$(cat benchmarks/search-by-text/target/classpath.txt)"
# sun.net.httpserver.nodelay: LocalEmbeddingServer (the JDK's HttpServer) otherwise answers on a kept-alive
# connection only after the client's delayed ACK, ~40 ms per request (measured: 51 ms vs 8-17 ms per embedding)
JAVA=(java -Xms512m -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dsun.net.httpserver.nodelay=true -cp "$CP")
if [[ "${1:-}" == "--generate" ]]; then
  exec "${JAVA[@]}" io.github.jooqpgai.benchmarks.searchbytext.GenerateClasses "$URL" benchmarks/search-by-text/src/main/java
fi
exec "${JAVA[@]}" io.github.jooqpgai.benchmarks.searchbytext.SearchByTextBenchmark --url "$URL" "$@"
