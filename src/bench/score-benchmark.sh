#!/usr/bin/env bash
# Scoring speed, two ways:
#  1. in-process, one line at a time (JMH, sample mode: mean and p99 per line);
#  2. whole process: `tact score` on a 100,000-line file against `alex` on the same file
#     (alex needs Node.js and npm; it is installed into target/bench/alex).
#
#   mvn -q -DskipTests package && src/bench/score-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=target/bench
mkdir -p "$work"
[ -f target/tact.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }

echo "== JMH: one line in-process"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$work/test-classpath.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/test-classpath.txt")" org.openjdk.jmh.Main \
  AssessorBenchmark -rf json -rff "$work/jmh.json" >"$work/jmh.log" 2>&1
python3 - "$work/jmh.json" <<'PY'
import json, sys
for run in json.load(open(sys.argv[1])):
    metric = run["primaryMetric"]
    line = run["params"]["line"]
    print(f"mean {metric['score']:7.1f} us   p99 {metric['scorePercentiles']['99.0']:7.1f} us   {line[:60]}")
PY

echo "== whole process: 100,000 lines"
[ -f "$work/copy-100k.txt" ] || java src/bench/GenerateCopy.java 100000 "$work/copy-100k.txt"
/usr/bin/time -f "%e" -o "$work/tact-time.txt" java -jar target/tact.jar score --fail-on none "$work/copy-100k.txt" >/dev/null
tact_s=$(tail -1 "$work/tact-time.txt")
echo "tact score: ${tact_s} s"
if command -v npm >/dev/null; then
  [ -x "$work/alex/node_modules/.bin/alex" ] || (mkdir -p "$work/alex" && cd "$work/alex" && npm init -y >/dev/null && npm install alex@11 >/dev/null 2>&1)
  head -20000 "$work/copy-100k.txt" > "$work/copy-20k.txt"
  /usr/bin/time -f "%e" -o "$work/alex-time.txt" "$work/alex/node_modules/.bin/alex" --quiet "$work/copy-20k.txt" \
    >/dev/null 2>&1 || true  # alex exits 1 when it has warnings
  alex_s=$(tail -1 "$work/alex-time.txt")
  echo "alex on the first 20,000 lines: ${alex_s} s"
  awk -v t="$tact_s" -v a="$alex_s" 'BEGIN {tr = 100000 / t; ar = 20000 / a;
    printf "lines/s: tact %.0f, alex %.0f: tact is %.0fx alex\n", tr, ar, tr / ar}'
fi
