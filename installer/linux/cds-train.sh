#!/bin/sh
# Writes the class-data-sharing archive the launcher names (-XX:SharedArchiveFile=$APPDIR/tact.jsa):
# a training run of `tact score` against a scratch database lists the classes it loads, then the
# runtime archives them (JDK and Tact classes in one static archive, so no base archive is needed).
# Java 17 checks that the archive was made with the jar at the path it runs from, so this runs on
# the installed files (from postinst), not at build time. The launcher starts without the archive
# (silently, more slowly) when it is missing or does not match; `-Xlog:cds` shows which.
set -e
app=${1:-/opt/tact}
archive="$app/lib/app/tact.jsa"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$archive"
export XDG_CACHE_HOME="$scratch/cache" TACT_LOG="$scratch/tact.log"
"$app/bin/tact" --db "$scratch/train.db" init >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$scratch/classes.lst" \
  "$app/bin/tact" --db "$scratch/train.db" score --fail-on none "$app/lib/app/cds-training.txt" >/dev/null 2>&1
# -Xshare:dump writes the archive the launcher's own -XX:SharedArchiveFile names, then exits.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$scratch/classes.lst" \
  "$app/bin/tact" >/dev/null 2>&1 || rm -f "$archive"
