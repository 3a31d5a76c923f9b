#!/usr/bin/env bash
# Times `tact import-stats` on a 1,000,000-row stats file against the sqlite3 shell's `.import`
# of the same file, runs interleaved so a busy machine slows both alike, and reports the ratios
# (target: at most 1.3x, goal 1.2x) and peak memory. Two floors:
#   - an equivalent table: the stat table's constraints (a unique id, the cohort checks) and page size (16 KiB) in WAL
#     mode, as Tact keeps its database (WAL writes every page twice: to the log, then the file);
#   - a plain table as `.import` makes it (text columns, no index, rollback journal), the floor
#     of the earlier figures.
# CPU seconds (user + system) are shown beside the wall times, and Tact's fixed cost beside them:
# the same command importing a one-row file into a new database (JVM start, creating and migrating
# the database, the commit), which no row of the file can make cheaper.
# With several jars, each jar's stored rows after its first run (`SELECT rowid, * FROM stat`,
# rowids included) are compared with cmp against the first jar's: the content must be identical.
#
#   mvn -q -DskipTests package && src/bench/import-benchmark.sh [ROWS] [RUNS] [JAR...]
#   (several jars, e.g. the one before a change and target/tact.jar, are timed side by side; the
#   ratios and memory are given for the last)
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
shift 2 || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/tact.jar)
jar=${jars[-1]}
work=target/bench
mkdir -p "$work"
for j in "${jars[@]}"; do [ -f "$j" ] || { echo "no $j: mvn -q -DskipTests package" >&2; exit 2; }; done
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell: apt-get install -y sqlite3" >&2; exit 2; }

generate() {
  local n=$1 file="$work/stats-$1.csv"
  [ -f "$file" ] || java src/bench/GenerateStats.java "$n" "$file"
  echo "$file"
}

# Prints "seconds peak_kib cpu_seconds" for one run of the command.
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

big=$(generate "$rows")
small=$(generate $((rows / 10)))
echo "file: $big ($(du -m "$big" | cut -f1) MB, $rows rows)"

# The stat table's columns as the file has them (dims in their dim_* columns rather than as JSON).
equivalent="CREATE TABLE stats (id TEXT NOT NULL UNIQUE, description TEXT NOT NULL,
  cohort_size INTEGER NOT NULL CHECK (cohort_size >= 0),
  base_size INTEGER CHECK (base_size IS NULL OR base_size >= cohort_size), period TEXT NOT NULL,
  source TEXT NOT NULL, dim_title TEXT, dim_action TEXT, dim_frequency TEXT, dim_window TEXT, dim_day TEXT,
  dim_place TEXT)"
for j in "${jars[@]}"; do rm -f "$work/import-$(basename "$j" .jar).txt" "$work/stored-$(basename "$j" .jar).txt"; done
printf 'id,description,cohort_size\none,A single row,1\n' > "$work/stats-one.csv"

# Writes the rows one jar stored, once per jar, for the content comparison after the runs.
keep_stored() {
  local out="$work/stored-$(basename "$1" .jar).txt"
  [ -f "$out" ] || sqlite3 "$work/tact.db" "SELECT rowid, * FROM stat ORDER BY rowid" > "$out"
}

sqlite_times=() equivalent_times=() tact_times=() tact_mem=() sqlite_cpu=() equivalent_cpu=() tact_cpu=()
fixed_times=() fixed_cpu=()
for _ in $(seq "$runs"); do
  rm -f "$work/plain.db"
  read -r t _ c < <(measure sqlite3 "$work/plain.db" ".mode csv" ".import $big stats")
  sqlite_times+=("$t") sqlite_cpu+=("$c")
  rm -f "$work/equivalent.db"*
  read -r t _ c < <(measure sqlite3 "$work/equivalent.db" "PRAGMA page_size = 16384" "PRAGMA journal_mode = WAL" "$equivalent" ".mode csv" \
    ".import --skip 1 $big stats")
  equivalent_times+=("$t") equivalent_cpu+=("$c")
  for j in "${jars[@]}"; do
    rm -f "$work/tact.db"*
    read -r t m c < <(measure java -jar "$j" --db "$work/tact.db" --no-demo import-stats "$big")
    [ ${#jars[@]} -gt 1 ] && keep_stored "$j"
    if [ "$j" = "$jar" ]; then
      tact_times+=("$t") tact_mem+=("$m") tact_cpu+=("$c")
    else
      echo "$t $c" >> "$work/import-$(basename "$j" .jar).txt"
    fi
  done
  rm -f "$work/tact.db"*
  read -r t _ c < <(measure java -jar "$jar" --db "$work/tact.db" --no-demo import-stats "$work/stats-one.csv")
  fixed_times+=("$t") fixed_cpu+=("$c")
done
rm -f "$work/equivalent.db"*
rm -f "$work/tact.db"*
capped() {
  rm -f "$work/tact.db"*
  measure java -Xmx64m -jar "$jar" --db "$work/tact.db" --no-demo import-stats "$1"
}
read -r _ small_capped _ < <(capped "$small")
read -r _ big_capped _ < <(capped "$big")
rm -f "$work/tact.db"* "$work/plain.db"

med() { printf '%s\n' "$@" | median; }
sqlite_median=$(med "${sqlite_times[@]}")
equivalent_median=$(med "${equivalent_times[@]}")
tact_median=$(med "${tact_times[@]}")
big_mem=$(med "${tact_mem[@]}")
echo "sqlite3 .import, plain table:       ${sqlite_median} s wall, $(med "${sqlite_cpu[@]}") s CPU   (runs: ${sqlite_times[*]})"
echo "sqlite3 .import, equivalent table:  ${equivalent_median} s wall, $(med "${equivalent_cpu[@]}") s CPU   (runs: ${equivalent_times[*]})"
for j in "${jars[@]}"; do
  [ "$j" = "$jar" ] && continue
  f="$work/import-$(basename "$j" .jar).txt"
  echo "tact import-stats, $j: $(cut -d' ' -f1 "$f" | median) s wall, $(cut -d' ' -f2 "$f" | median) s CPU" \
    "(runs: $(cut -d' ' -f1 "$f" | tr '\n' ' '))"
done
echo "tact import-stats, $jar: ${tact_median} s wall, $(med "${tact_cpu[@]}") s CPU   (runs: ${tact_times[*]})"
echo "  its fixed cost, one row into a new database: $(med "${fixed_times[@]}") s wall, $(med "${fixed_cpu[@]}") s CPU" \
  "(runs: ${fixed_times[*]})"
verdict() { awk -v r="$1" 'BEGIN {print (r <= 1.3 ? "met" : "NOT MET")}'; }
r_eq=$(awk -v t="$tact_median" -v s="$equivalent_median" 'BEGIN {printf "%.2f", t / s}')
r_plain=$(awk -v t="$tact_median" -v s="$sqlite_median" 'BEGIN {printf "%.2f", t / s}')
echo "ratio:               ${r_eq}x the equivalent table, ${r_plain}x the plain table (target <= 1.3x:" \
  "$(verdict "$r_eq") against the equivalent table, $(verdict "$r_plain") against the plain one)"
echo "peak RSS, default:   $((big_mem / 1024)) MiB at $rows rows"
echo "peak RSS, -Xmx64m:   $((small_capped / 1024)) MiB at $((rows / 10)) rows, $((big_capped / 1024)) MiB at $rows rows"
if [ ${#jars[@]} -gt 1 ]; then
  first="$work/stored-$(basename "${jars[0]}" .jar).txt"
  for j in "${jars[@]:1}"; do
    other="$work/stored-$(basename "$j" .jar).txt"
    if cmp -s "$first" "$other"; then
      echo "stored rows:         $j identical to ${jars[0]} ($(wc -l < "$other") rows, rowids included)"
    else
      echo "stored rows:         $j DIFFERS from ${jars[0]}: cmp $first $other" >&2
      exit 1
    fi
  done
fi
