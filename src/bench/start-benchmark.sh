#!/usr/bin/env bash
# Start-up, whole-process, each figure against its floor measured in the same run, runs interleaved
# so a busy machine slows every command alike (the ratios are what count):
#   - `tact score --fail-on none` on a one-line file (no database) vs a hello-world JVM, run as the
#     README says (`java -jar JAR`) and, when JAR is a tact.jar with the launcher `mvn package` makes
#     beside it (target/tact: the same jar with its class-data-sharing archive), through that launcher;
#   - the desk: launch → first visible window vs a hello-world JavaFX window (one label,
#     src/bench/HelloFx.java) launched on the same class path, on a virtual X display (Xvfb), timed
#     until `xdotool search --sync --onlyvisible --name …` finds the window and a screenshot of it
#     (ImageMagick `import`) is no longer all one colour; also launch → the desk's controls in place
#     (its title says "review desk" from then on, not before).
# Medians of RUNS (default 5); wall seconds and CPU seconds (user + system; for a window, the CPU
# the process had used when the window was found).
#
#   mvn -q -DskipTests package && src/bench/start-benchmark.sh [RUNS] [JAR...]
#   e.g. src/bench/start-benchmark.sh 7 target/bench/tact-before.jar target/tact.jar
#
# Each desk opens a demo database made once per jar with `tact init` (as on a second morning, not
# a first start); preferences, keys and caches go to scratch folders under target/bench/start.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=(target/tact.jar)
for jar in "${jars[@]}"; do [ -f "$jar" ] || { echo "no $jar: mvn -q -DskipTests package" >&2; exit 2; }; done
work=target/bench/start
rm -rf "$work/results" && mkdir -p "$work/results" "$work/hello" "$work/hellofx"
export XDG_CACHE_HOME="$PWD/$work/cache" XDG_CONFIG_HOME="$PWD/$work/config" XDG_DATA_HOME="$PWD/$work/data"
prefs="-Djava.util.prefs.userRoot=$PWD/$work/prefs"

printf 'To the 53 people who watched A Christmas Prince every day for the past 18 days: Who hurt you?\n' \
  > "$work/one-line.txt"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
javac -cp "${jars[-1]}" -d "$work/hellofx" src/bench/HelloFx.java
tag() { basename "$1" .jar; }
launcher() { [ "$(basename "$1")" = tact.jar ] && [ -x "$(dirname "$1")/tact" ] && echo "$(dirname "$1")/tact"; }
for jar in "${jars[@]}"; do
  db="$work/$(tag "$jar").db"
  [ -f "$db" ] || java -jar "$jar" --db "$db" init >/dev/null 2>&1
done

# A display of our own: the first free number from 90.
display=90
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
export DISPLAY=":$display"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# measure NAME COMMAND...: appends "wall cpu" to $work/results/NAME
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time.txt" >> "$work/results/$name"
}

# window NAME TITLE-REGEX [LATER-NAME LATER-REGEX] -- COMMAND...: launches COMMAND, times launch →
# a visible window whose title matches, appends "wall cpu" to NAME (and, if given, the same for a
# later title to LATER-NAME), then ends the process it started.
window() {
  local name=$1 regex=$2 later_name="" later_regex=""
  shift 2
  if [ "$1" != "--" ]; then later_name=$1; later_regex=$2; shift 2; fi
  shift
  local start pid
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/stderr.txt" &
  pid=$!
  seen "$name" "$regex" "$start" "$pid"
  [ -z "$later_name" ] || seen "$later_name" "$later_regex" "$start" "$pid"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
# A window counts once it is mapped and shows something: not all one colour (a window can be mapped
# a while before its first frame is painted into it).
painted() {
  [ "$(import -window "$1" png:- 2>/dev/null | convert png:- -format '%[fx:standard_deviation>0.01]' info: 2>/dev/null)" = 1 ]
}
seen() {
  local name=$1 regex=$2 start=$3 pid=$4 ticks now wid
  # The search, or the program ending first (a JVM that cannot open a display ends at once: say so
  # then, with its last lines, rather than after the search's 120 s).
  timeout 120 xdotool search --sync --onlyvisible --name "$regex" >"$work/window.txt" 2>/dev/null &
  local searcher=$!
  wait -n "$searcher" "$pid" 2>/dev/null || true
  if kill -0 "$searcher" 2>/dev/null; then
    kill "$searcher" 2>/dev/null || true
    wait "$searcher" 2>/dev/null || true
    echo "no window matching '$regex': the program ended first: $(tail -3 "$work/stderr.txt")" >&2
    return
  fi
  if wid=$(head -1 "$work/window.txt") && [ -n "$wid" ]; then
    until painted "$wid" || ! kill -0 "$pid" 2>/dev/null; do :; done
    now=$(date +%s.%N)
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    awk -v s="$start" -v n="$now" -v t="$ticks" -v hz="$(getconf CLK_TCK)" \
      'BEGIN {printf "%.2f %.2f\n", n - s, t / hz}' >> "$work/results/$name"
  else
    echo "no window matching '$regex' within 120 s: $(tail -3 "$work/stderr.txt")" >&2
  fi
}

for i in $(seq "$runs"); do
  echo "run $i of $runs" >&2
  measure hello java -cp "$work/hello" Hello
  for jar in "${jars[@]}"; do
    measure "$(tag "$jar").score" java -jar "$jar" score --fail-on none "$work/one-line.txt"
    if launcher "$jar" >/dev/null; then
      measure "$(tag "$jar").score-cds" "$(launcher "$jar")" score --fail-on none "$work/one-line.txt"
    fi
  done
  window hellofx '^Hello FX$' -- java $prefs -cp "$work/hellofx:${jars[-1]}" HelloFx
  for jar in "${jars[@]}"; do
    window "$(tag "$jar").window" '^Tact' "$(tag "$jar").desk" 'review desk' -- \
      java $prefs -jar "$jar" --db "$work/$(tag "$jar").db"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { cut -d' ' -f"$2" "$work/results/$1" | median; }
row() { # row LABEL NAME FLOOR-NAME
  [ -s "$work/results/$2" ] || return 0
  awk -v l="$1" -v w="$(col "$2" 1)" -v c="$(col "$2" 2)" -v fw="$(col "$3" 1)" -v fc="$(col "$3" 2)" \
    'BEGIN {printf "%-34s %6.2f s wall (%5.2f s CPU)   %5.2fx wall, %5.2fx CPU the floor\n", l, w, c, w / fw, c / fc}'
}
printf '%-34s %6.2f s wall (%5.2f s CPU)\n' "hello-world JVM" "$(col hello 1)" "$(col hello 2)"
printf '%-34s %6.2f s wall (%5.2f s CPU)\n' "hello-world JavaFX window" "$(col hellofx 1)" "$(col hellofx 2)"
for jar in "${jars[@]}"; do
  t=$(tag "$jar")
  echo "== $jar (medians of $runs)"
  row "tact score, one line" "$t.score" hello
  row "tact score, one line, launcher" "$t.score-cds" hello
  row "desk: first visible window" "$t.window" hellofx
  row "desk: controls in place" "$t.desk" hellofx
done
