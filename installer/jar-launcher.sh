#!/bin/sh
# Run by `mvn package` after the shaded jar is built (pom.xml, exec-maven-plugin): writes beside
# target/tact.jar a class-data-sharing archive of the classes a `tact score` run loads
# (target/tact.jsa) and a launcher that uses it (target/tact). `target/tact ARGS` is
# `java -jar target/tact.jar ARGS`, started sooner (src/site/decisions/0012-start-up.md).
#
#   installer/jar-launcher.sh TARGET_DIR JAVA
#
# Java 17 cannot make such an archive on first use (-XX:+AutoCreateSharedArchive is JDK 19), so it
# is made here, by a training run with -XX:ArchiveClassesAtExit: a dynamic archive on top of the
# JDK's own, for this JDK and this jar only. The jar is named by its absolute path, so the archive
# serves the jar however a later command names it; a JVM that finds the archive does not fit (another
# JDK, a rebuilt jar, a moved checkout) ignores it, and the launcher keeps that quiet. A failed
# training run leaves no archive and does not fail the build: the launcher then starts as plain
# `java -jar` does.
set -u
target=$(cd "$1" && pwd)
java=$2
jar="$target/tact.jar"
archive="$target/tact.jsa"
scratch="$target/cds-training"
rm -rf "$scratch" "$archive"
mkdir -p "$scratch"
# Nothing of the user's is read or written: database, keys, caches and log are all scratch.
export XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
  TACT_CONFIG="$scratch/config/tact" TACT_LOG="$scratch/tact.log" TACT_DB="$scratch/train.db"
training=$(dirname "$0")/cds-training.txt
# The database exists before the training run, so the run archives what a gate with stats loads
# (opening, stat lookup) and not the first-start work (migrations, the demo import).
if ! "$java" -jar "$jar" --db "$scratch/train.db" init >/dev/null 2>&1 \
  || ! "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" \
    --db "$scratch/train.db" score --fail-on none "$training" >/dev/null 2>&1; then
  echo "jar-launcher.sh: the class-data-sharing archive could not be made; target/tact starts without it" >&2
  rm -f "$archive"
fi
rm -rf "$scratch"

cat > "$target/tact" <<'LAUNCHER'
#!/bin/sh
# `java -jar tact.jar "$@"` with the class-data-sharing archive `mvn package` made beside it
# (installer/jar-launcher.sh). The same program and output; an archive that does not fit is ignored.
#
# The JIT by what runs. The desk (no argument but the desk's own: --db PATH, --db=PATH, --no-demo; the
# rule of dev.tact.Main), open all day, and the bulk imports (import-stats, import-copy: minutes of
# one parsing loop, where C2 pays) keep the JVM's defaults. Every other command lasts seconds and runs
# with the JIT's first tier only and the serial collector: C2 spent more CPU compiling the scorer than
# a 100,000-line `tact score` spent scoring (src/site/decisions/0011-where-the-time-goes.md).
# The jar beside the script itself, also when the script is reached through a symbolic link; CDPATH
# cleared so that cd prints nothing into the path.
self=$(readlink -f -- "$0" 2>/dev/null) || self=$0
here=$(CDPATH='' cd -- "$(dirname -- "$self")" >/dev/null && pwd)
# $JAVA_HOME's java when JAVA_HOME names a JDK, else the java on the PATH (as `java -jar` would use).
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
fi
tier=default
expect_path=
for arg in "$@"; do
  if [ -n "$expect_path" ]; then expect_path=; continue; fi
  case $arg in
    --db) expect_path=yes ;;
    --db=?*|--no-demo) ;;
    import-stats|import-copy) break ;;
    *) tier=first; break ;;
  esac
done
if [ "$tier" = first ]; then
  set -- -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$here/tact.jar" "$@"
else
  set -- -jar "$here/tact.jar" "$@"
fi
exec "$java" -XX:SharedArchiveFile="$here/tact.jsa" -Xlog:cds=off \
  -Xlog:cds+dynamic=off "$@"
LAUNCHER
chmod +x "$target/tact"
