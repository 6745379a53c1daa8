#!/usr/bin/env bash
# Wall time of `mvn generate-sources` with jooq-pgai-maven-plugin vs stock jooq-codegen-maven + PostgresDatabase on
# the 200-table / 20-vectorizer schema of benchmarks/codegen (same input schema, same generate flags), then the
# plugin's up-to-date re-run. Runs the two variants alternately, starting with a different one each round.
#   benchmarks/maven-plugin/run.sh [--rounds 7] [--uptodate 7]
# Needs the plugin in maven-plugin/target/it-repo (any `mvn verify -pl maven-plugin -am` puts it there) and
# PGAI_JDBC_URL (or scripts/pgai-db start). Creates bench_codegen with the codegen harness and drops it at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/benchmarks/maven-plugin"
ROUNDS=7; UPTODATE=7
while [ $# -gt 0 ]; do case "$1" in --rounds) ROUNDS="$2"; shift 2;; --uptodate) UPTODATE="$2"; shift 2;; *) echo "unknown option $1" >&2; exit 2;; esac; done
URL="${PGAI_JDBC_URL:-$("$ROOT/scripts/pgai-db" url)}"
REPO="$ROOT/maven-plugin/target/it-repo"
[ -d "$REPO/io/github/jooqpgai/jooq-pgai-maven-plugin" ] || { echo "run 'mvn -B verify -pl maven-plugin -am' first (fills $REPO)" >&2; exit 1; }
VERSION="$(ls "$REPO/io/github/jooqpgai/jooq-pgai-maven-plugin" | grep -v xml | head -1)"
props() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
SETTINGS="$(mktemp /tmp/plugin-bench-settings.XXXXXX.xml)"
trap 'rm -f "$SETTINGS"' EXIT
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$ROOT/maven-plugin/src/it/settings.xml" > "$SETTINGS"
LOUD=(mvn -B -o -Dmaven.repo.local="$REPO" -s "$SETTINGS" -Dbench.url="$URL"
     -Dplugin.version="$VERSION" -Djooq.version="$(props jooq.version)" -Dpostgresql.version="$(props postgresql.version)")
MVN=("${LOUD[@]}" -q)
export PGAI_JDBC_URL="$URL"
harness() { (cd "$ROOT" && benchmarks/codegen/run.sh --warmup 0 --iterations 1 "$@" >/dev/null); }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "date=$(date -u +%FT%TZ) host_cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) java=$(java -version 2>&1 | head -1 | cut -d'"' -f2) plugin=$VERSION"
harness --keep
run_variant() { # variant -> prints wall ms
  local dir="$HERE/$1" t; rm -rf "$dir/target"; t=$(date +%s%N)
  if [ "$1" = plugin ]; then (cd "$dir" && "${MVN[@]}" generate-sources -Djooq-pgai.force=true > "$dir/last.log" 2>&1)
  else (cd "$dir" && "${MVN[@]}" generate-sources > "$dir/last.log" 2>&1); fi || { cat "$dir/last.log" >&2; exit 1; }
  echo "$(ms "$t") files=$(find "$dir/target/generated-sources" -name '*.java' | wc -l)"
}
run_variant stock >/dev/null; run_variant plugin >/dev/null   # warm-up: file cache, JIT of Maven itself
for i in $(seq 1 "$ROUNDS"); do
  if [ $((i % 2)) -eq 1 ]; then order="stock plugin"; else order="plugin stock"; fi
  for v in $order; do echo "round=$i variant=$v wall_ms=$(run_variant "$v")"; done
done
# up to date: nothing changed since the last plugin run (not cleaned)
(cd "$HERE/plugin" && "${MVN[@]}" generate-sources > /dev/null 2>&1)
for i in $(seq 1 "$UPTODATE"); do
  t=$(date +%s%N)
  (cd "$HERE/plugin" && "${LOUD[@]}" generate-sources > "$HERE/plugin/last.log" 2>&1)
  echo "uptodate=$i wall_ms=$(ms "$t") plugin_ms=$(sed -n 's/.*is up to date.*\[\([0-9]*\) ms\].*/\1/p' "$HERE/plugin/last.log")"
done
harness
rm -rf "$HERE/plugin/target" "$HERE/stock/target" "$HERE/plugin/last.log" "$HERE/stock/last.log"
