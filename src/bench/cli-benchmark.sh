#!/usr/bin/env bash
# `tact score` whole-process, each figure against its floor measured in the same run, runs
# interleaved so a busy machine slows every command alike (the ratios are what count):
#   - one-line file vs a hello-world JVM;
#   - 100,000 lines text-only: marginal lines/s = 99,999 / (time - one-line time);
#   - 100,000 lines with a 1,000,000-stat database vs the text-only run;
#   - peak RSS (GNU time %M), default heap and capped at -Xmx256m at 10,000 and 100,000 lines
#     (text-only) and 100,000 lines with the stats; with the stats also 10,000 lines (capped and
#     default heap), to show whether memory grows with the file when lines are held for the
#     differencing check;
#   - with several jars, whether their outputs on the 100k runs are byte for byte equal, and their
#     JSON outputs on 10,000 lines with the stats (the JSON path formats held lines at the end).
# Medians of RUNS (default 3); wall seconds and CPU seconds (user + system) both shown. A jar named
# tact.jar with the launcher `mvn package` writes beside it (target/tact: its class-data-sharing
# archive, and the JIT's first tier for a command; ADR 0013) is also run through that launcher, as a
# runner of its own (heap caps passed to it in JAVA_TOOL_OPTIONS).
#
#   mvn -q -DskipTests package && src/bench/cli-benchmark.sh [RUNS] [JAR...]
#   BEFORE: src/bench/cli-benchmark.sh 3 old-tact.jar target/tact.jar   (several jars side by side)
#   PROFILE=1 src/bench/cli-benchmark.sh 1   also writes JFR recordings (target/bench/*.jfr)
#   ASYNC_PROFILER=.../libasyncProfiler.so src/bench/cli-benchmark.sh 1   async-profiler stacks instead (see profile())
#
# The 1M-stat database is built once with `tact import-stats` (about a minute). The SQLite native
# library is unpacked to a scratch XDG_CACHE_HOME on the first run and reused after, as for a user.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/tact.jar)
work=target/bench
mkdir -p "$work/hello"
for jar in "${jars[@]}"; do [ -f "$jar" ] || { echo "no $jar: mvn -q -DskipTests package" >&2; exit 2; }; done
export XDG_CACHE_HOME="$work/cache"

[ -f "$work/copy-100k.txt" ] || java src/bench/GenerateCopy.java 100000 "$work/copy-100k.txt"
head -1 "$work/copy-100k.txt" > "$work/copy-1.txt"
head -10000 "$work/copy-100k.txt" > "$work/copy-10k.txt"
if [ ! -f "$work/stats1m.db" ]; then
  [ -f "$work/stats-1000000.csv" ] || java src/bench/GenerateStats.java 1000000 "$work/stats-1000000.csv"
  java -jar "${jars[-1]}" --db "$work/stats1m.db" --no-demo import-stats "$work/stats-1000000.csv" >/dev/null
fi
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$work/hello/Hello.java"
[ -f "$work/hello/Hello.class" ] || javac -d "$work/hello" "$work/hello/Hello.java"

# measure NAME COMMAND...: appends "wall cpu rss" to $work/results/NAME
measure() {
  local name=$1; shift
  local status=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"${OUT:-/dev/null}" 2>"$work/stderr.txt" || status=$?
  echo "$status" > "$work/status-$name"
  grep -q OutOfMemoryError "$work/stderr.txt" && echo "$name: OutOfMemoryError" >&2
  tail -1 "$work/time.txt" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' >> "$work/results/$name"
}
# PROFILE=1: a JFR recording per run. ASYNC_PROFILER=path/to/libasyncProfiler.so: async-profiler's CPU
# samples per thread, 1 ms apart, as collapsed stacks (target/bench/NAME.collapsed; one line a stack,
# for flamegraph.pl or a script summing frames). The library is in async-profiler's jar on Maven Central:
#   mvn -q dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 -DoutputDirectory=target/ap &&
#   (cd target/ap && unzip -q -o async-profiler-3.0.jar) && ASYNC_PROFILER=target/ap/linux-x64/libasyncProfiler.so ...
profile() {
  if [ -n "${ASYNC_PROFILER:-}" ]; then
    echo "-agentpath:$ASYNC_PROFILER=start,event=cpu,interval=1ms,threads,collapsed,file=$work/$1.collapsed"
  elif [ -n "${PROFILE:-}" ]; then
    echo "-XX:StartFlightRecording=filename=$work/$1.jfr,settings=profile"
  fi
}

# The runners: each jar (java -jar), and target/tact beside a tact.jar.
runners=()
for jar in "${jars[@]}"; do
  runners+=("$jar")
  if [ "$(basename "$jar")" = tact.jar ] && [ -x "$(dirname "$jar")/tact" ]; then
    runners+=("$(dirname "$jar")/tact")
  fi
done
tag_of() { case $1 in *.jar) basename "$1" .jar ;; *) echo "$(basename "$(dirname "$1")")-launcher" ;; esac; }
# command_of RUNNER [JVM-OPTION] [PROFILE-NAME]: sets CMD to the command that runs tact
command_of() {
  local runner=$1 option=${2:-} name=${3:-} recording=""
  [ -z "$name" ] || recording=$(profile "$name")
  if [[ $runner == *.jar ]]; then
    CMD=(java $option $recording -jar "$runner")
  else
    local tool_options="${option:+$option }$recording"
    CMD=(env ${tool_options:+JAVA_TOOL_OPTIONS=${tool_options% }} "$runner")
  fi
}

rm -rf "$work/results" && mkdir -p "$work/results"
for _ in $(seq "$runs"); do
  measure hello java -cp "$work/hello" Hello
  for runner in "${runners[@]}"; do
    tag=$(tag_of "$runner")
    command_of "$runner" "" "$tag-one"
    measure "$tag.one" "${CMD[@]}" score --fail-on none "$work/copy-1.txt"
    command_of "$runner" "" "$tag-text"
    OUT="$work/out-$tag-text.csv" measure "$tag.text" "${CMD[@]}" score --fail-on none "$work/copy-100k.txt"
    command_of "$runner" "" "$tag-stats"
    OUT="$work/out-$tag-stats.csv" measure "$tag.stats" "${CMD[@]}" --db "$work/stats1m.db" \
      score --fail-on none "$work/copy-100k.txt"
  done
done
for runner in "${runners[@]}"; do
  tag=$(tag_of "$runner")
  command_of "$runner" -Xmx256m
  measure "$tag.cap10k" "${CMD[@]}" score --fail-on none "$work/copy-10k.txt"
  measure "$tag.cap100k" "${CMD[@]}" score --fail-on none "$work/copy-100k.txt"
  measure "$tag.capstats" "${CMD[@]}" --db "$work/stats1m.db" score --fail-on none "$work/copy-100k.txt"
  measure "$tag.capstats10k" "${CMD[@]}" --db "$work/stats1m.db" score --fail-on none "$work/copy-10k.txt"
  command_of "$runner"
  measure "$tag.stats10k" "${CMD[@]}" --db "$work/stats1m.db" score --fail-on none "$work/copy-10k.txt"
  OUT="$work/out-$tag-json.json" measure "$tag.json" "${CMD[@]}" --db "$work/stats1m.db" score --format json \
    --fail-on none "$work/copy-10k.txt"
done

# The same scores for the same inputs: every jar's output byte for byte equal to the first's.
first=$(tag_of "${runners[0]}")
for jar in "${runners[@]:1}"; do
  tag=$(tag_of "$jar")
  for run in text-csv stats-csv json-json; do
    ext=${run#*-}; run=${run%-*}
    if cmp -s "$work/out-$first-$run.$ext" "$work/out-$tag-$run.$ext"; then
      echo "output of $jar on the $run run: identical to ${jars[0]}'s"
    else
      echo "output of $jar on the $run run: DIFFERS from ${jars[0]}'s"
    fi
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { cut -d' ' -f"$2" "$work/results/$1" | median; }
hw=$(col hello 1); hc=$(col hello 2)
echo "hello-world JVM: ${hw} s wall, ${hc} s CPU (median of $runs)"
for jar in "${runners[@]}"; do
  tag=$(tag_of "$jar")
  ow=$(col "$tag.one" 1); oc=$(col "$tag.one" 2); tw=$(col "$tag.text" 1); tc=$(col "$tag.text" 2)
  sw=$(col "$tag.stats" 1); sc=$(col "$tag.stats" 2)
  echo "== $jar"
  awk -v o="$ow" -v h="$hw" -v oc="$oc" 'BEGIN {printf "one line:          %5.2f s wall (%.2f s CPU)   %.1fx the hello-world JVM\n", o, oc, o / h}'
  awk -v t="$tw" -v o="$ow" -v tc="$tc" 'BEGIN {m = 99999 / (t - o); printf "100k text-only:    %5.2f s wall (%.2f s CPU)   marginal %.0f lines/s (target >= 50,000: %s)\n", t, tc, m, (m >= 50000 ? "met" : "NOT MET")}'
  awk -v s="$sw" -v t="$tw" -v sc="$sc" 'BEGIN {r = s / t; printf "100k, 1M stats:    %5.2f s wall (%.2f s CPU)   %.2fx the text-only run (target <= 2x: %s)\n", s, sc, r, (r <= 2 ? "met" : "NOT MET")}'
  echo "peak RSS: 100k text $(( $(col "$tag.text" 3) / 1024 )) MiB, 100k stats $(( $(col "$tag.stats" 3) / 1024 )) MiB;" \
    "-Xmx256m: $(( $(col "$tag.cap10k" 3) / 1024 )) MiB at 10k lines, $(( $(col "$tag.cap100k" 3) / 1024 )) MiB at 100k," \
    "$(( $(col "$tag.capstats" 3) / 1024 )) MiB at 100k with stats ($(col "$tag.capstats" 1) s)"
  echo "peak RSS with stats: 10k lines $(( $(col "$tag.stats10k" 3) / 1024 )) MiB default heap," \
    "$(( $(col "$tag.capstats10k" 3) / 1024 )) MiB -Xmx256m; 100k lines $(( $(col "$tag.stats" 3) / 1024 )) MiB default heap," \
    "$(( $(col "$tag.capstats" 3) / 1024 )) MiB -Xmx256m (exit status of the last capped 100k run: $(cat "$work/status-$tag.capstats"))"
done
