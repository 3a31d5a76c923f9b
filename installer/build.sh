#!/usr/bin/env bash
# Builds a Linux .deb of Tact with its own Java runtime (jpackage), from target/tact.jar.
#
#   mvn -q -DskipTests package && installer/build.sh
#
# Output: target/installer/tact_<version>_<arch>.deb. Installs to /opt/tact, with the
# launcher /opt/tact/bin/tact (no arguments: the desk; a command: the CLI).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/tact.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
version=$(unzip -p "$jar" tact-version.properties | sed -n 's/^version=//p')
input=target/installer/input
rm -rf target/installer && mkdir -p "$input"
cp "$jar" "$input/"

# The runtime holds only the JDK modules the jar uses (JavaFX itself is inside the jar).
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
modules="$modules,jdk.unsupported,jdk.crypto.ec,jdk.localedata"

jpackage --type deb \
  --dest target/installer \
  --input "$input" \
  --main-jar tact.jar \
  --main-class dev.tact.Main \
  --name tact \
  --app-version "$version" \
  --vendor "Tact" \
  --description "Review desk for data-driven ad copy" \
  --add-modules "$modules" \
  --java-options "-Xmx1g" \
  --linux-package-deps libgtk-3-0 \
  --linux-app-category Office

ls -1 target/installer/*.deb
