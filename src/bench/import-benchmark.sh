#!/usr/bin/env bash
# Times `tact import-stats` on a 1,000,000-row stats file against the sqlite3 shell's
# `.import` of the same file into a plain table, and reports the ratio and peak memory.
#
#   mvn -q -DskipTests package && src/bench/import-benchmark.sh [ROWS] [RUNS]
#
# Needs: the sqlite3 shell (apt-get install -y sqlite3) and GNU time (/usr/bin/time).
# The median of RUNS runs (default 3) is reported. Memory: peak RSS of the whole JVM
# process with the JVM's default heap sizing (which grows the heap while memory is free),
# and with the heap capped at 64 MiB at ROWS/10 and ROWS rows: the import itself keeps a
# fixed amount of data in flight, so the capped figures stay flat as the file grows.
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${1:-1000000}
runs=${2:-3}
work=target/bench
jar=target/tact.jar
mkdir -p "$work"
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install -y sqlite3" >&2; exit 2; }

generate() {
  local n=$1 file="$work/stats-$1.csv"
  [ -f "$file" ] || java src/bench/GenerateStats.java "$n" "$file"
  echo "$file"
}

# Prints "seconds peak_kib" for one run of the command.
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null
  cat "$work/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

big=$(generate "$rows")
small=$(generate $((rows / 10)))
echo "file: $big ($(du -m "$big" | cut -f1) MB, $rows rows)"

sqlite_times=() tact_times=() tact_mem=()
for _ in $(seq "$runs"); do
  rm -f "$work/plain.db"
  read -r t _ < <(measure sqlite3 "$work/plain.db" ".mode csv" ".import $big stats")
  sqlite_times+=("$t")
  rm -f "$work/tact.db"*
  read -r t m < <(measure java -jar "$jar" --db "$work/tact.db" --no-demo import-stats "$big")
  tact_times+=("$t") tact_mem+=("$m")
done
rm -f "$work/tact.db"*
capped() {
  rm -f "$work/tact.db"*
  measure java -Xmx64m -jar "$jar" --db "$work/tact.db" --no-demo import-stats "$1"
}
read -r _ small_capped < <(capped "$small")
read -r _ big_capped < <(capped "$big")
rm -f "$work/tact.db"* "$work/plain.db"

sqlite_median=$(printf '%s\n' "${sqlite_times[@]}" | median)
tact_median=$(printf '%s\n' "${tact_times[@]}" | median)
big_mem=$(printf '%s\n' "${tact_mem[@]}" | median)
echo "sqlite3 .import:     ${sqlite_median} s   (runs: ${sqlite_times[*]})"
echo "tact import-stats:   ${tact_median} s   (runs: ${tact_times[*]})"
awk -v t="$tact_median" -v s="$sqlite_median" 'BEGIN {printf "ratio:               %.2fx the sqlite3 shell\n", t / s}'
echo "peak RSS, default:   $((big_mem / 1024)) MiB at $rows rows"
echo "peak RSS, -Xmx64m:   $((small_capped / 1024)) MiB at $((rows / 10)) rows, $((big_capped / 1024)) MiB at $rows rows"
