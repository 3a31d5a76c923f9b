#!/usr/bin/env bash
# Issue 14's budget: a campaign of 500 lines checked for differencing against 100,000 released lines
# drawn from a lattice of 1,000,000 stats, in-process on the check itself (DisclosureBenchmark).
#
#   src/bench/disclosure-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/bench
mkdir -p "$work"
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/test-classpath.txt" >/dev/null
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$work/test-classpath.txt")" \
  dev.tact.bench.DisclosureBenchmark
