#!/usr/bin/env bash
# The desk on a large database: 1,000,000 stats and 100,000 copy lines.
# Builds the database once (target/bench/desk.db), then measures in-process, on the desk's own
# view model and backend: opening and assessing the queue, search and filter, sort, the live
# score of a keystroke, and the heap used (the JVM is capped at 500 MiB to prove the budget).
#
#   mvn -q -DskipTests package && src/bench/desk-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/bench
mkdir -p "$work"
[ -f target/tact.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
if [ ! -f "$work/desk.db" ]; then
  [ -f "$work/stats-1000000.csv" ] || java src/bench/GenerateStats.java 1000000 "$work/stats-1000000.csv"
  java src/bench/GenerateCopy.java 100000 "$work/copy-100k.csv" 1000000
  java -jar target/tact.jar --db "$work/desk.db" --no-demo import-stats "$work/stats-1000000.csv"
  java -jar target/tact.jar --db "$work/desk.db" import-copy "$work/copy-100k.csv"
fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$work/test-classpath.txt" >/dev/null
java -Xmx500m -cp "target/test-classes:target/classes:$(cat "$work/test-classpath.txt")" \
  dev.tact.bench.DeskBenchmark "$work/desk.db"
