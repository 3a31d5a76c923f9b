#!/usr/bin/env bash
# Issue 14's budget, whole process: `tact check --campaign Spring` on a database of 1,005,550 stats
# (src/bench/GenerateLattice.java), 100,000 published lines citing them and a campaign of 500 lines
# (50 planted complements of a published title line). Target: under 2 s. Beside it, in the same run,
# its floor: a hello-world JVM, and `tact info` on the same database (JVM start, opening SQLite).
# Medians of RUNS (default 3), wall and CPU (user + system) seconds and peak RSS (GNU time). The check
# runs as `java -jar` and, when `mvn package` wrote it, through the launcher target/tact (its
# class-data-sharing archive and the JIT's first tier, ADR 0013).
#
#   mvn -q -DskipTests package && src/bench/check-benchmark.sh [RUNS]
#
# The database is built once (about a minute): import-stats, import-copy, then the publications in
# one transaction (src/bench/PublishAll.java; `tact publish` marks one line at a time).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=target/tact.jar
work=target/bench/check
[ -f "$jar" ] || { echo "no $jar: mvn -q -DskipTests package" >&2; exit 2; }
mkdir -p "$work/hello"
export XDG_CACHE_HOME="$PWD/target/bench/cache"
if [ ! -f "$work/check.db" ]; then
  java src/bench/GenerateLattice.java "$work"
  java -jar "$jar" --db "$work/check.db.tmp" --no-demo import-stats "$work/stats.csv"
  java -jar "$jar" --db "$work/check.db.tmp" import-copy "$work/released.csv"
  java -jar "$jar" --db "$work/check.db.tmp" import-copy "$work/campaign.csv"
  java -cp "$jar" src/bench/PublishAll.java "$work/check.db.tmp" "$work/published.csv"
  mv "$work/check.db.tmp" "$work/check.db"
fi
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$work/hello/Hello.java"
[ -f "$work/hello/Hello.class" ] || javac -d "$work/hello" "$work/hello/Hello.java"

measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/stderr.txt" || true
  tail -1 "$work/time.txt" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' >> "$work/results.$name"
}
rm -f "$work"/results.*
for _ in $(seq "$runs"); do
  measure hello java -cp "$work/hello" Hello
  measure info java -jar "$jar" --db "$work/check.db" info
  measure check java -jar "$jar" --db "$work/check.db" check --campaign Spring
  if [ -x target/tact ]; then
    measure launcher target/tact --db "$work/check.db" check --campaign Spring
    cmp -s "$work/check.out" "$work/launcher.out" || echo "target/tact's findings differ from java -jar's" >&2
  fi
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-46s %8s %8s %10s\n' "what" "wall s" "cpu s" "peak MiB"
for name in hello info check launcher; do
  [ -s "$work/results.$name" ] || continue
  label=$name
  case $name in
    hello) label="hello-world JVM (floor)";;
    info) label="tact info on the same database";;
    check) label="tact check --campaign Spring (500 lines)";;
    launcher) label="the same through target/tact";;
  esac
  wall=$(cut -d' ' -f1 "$work/results.$name" | median)
  cpu=$(cut -d' ' -f2 "$work/results.$name" | median)
  rss=$(cut -d' ' -f3 "$work/results.$name" | median)
  printf '%-46s %8s %8s %10d\n' "$label" "$wall" "$cpu" $((rss / 1024))
done
tail -1 "$work/check.out"
