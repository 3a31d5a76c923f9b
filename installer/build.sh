#!/usr/bin/env bash
# Builds a Linux .deb of Tact with its own Java runtime (jpackage), from target/tact.jar.
#
#   installer/build.sh        (builds target/tact.jar first when it is missing)
#
# Output: target/installer/tact_<version>_amd64.deb, with its own trimmed Java runtime (jlink,
# JDK modules from jdeps; JavaFX is inside the jar). Installs to /opt/tact: the launcher
# /opt/tact/bin/tact (no arguments: the desk; a command: the CLI), /usr/bin/tact linked to it,
# /opt/tact/bin/tact-desk (the desk, with the JVM's default JIT) and a menu entry with the icon (installer/linux/postinst; removed again by prerm).
#
# Windows (.msi, needs the WiX toolset) and macOS (.dmg) take the same options on their own
# systems; jpackage cannot cross-build, so neither is built here:
#   jpackage --type msi --input target/installer/input --main-jar tact.jar --main-class dev.tact.Main \
#     --name Tact --app-version VERSION --icon installer/tact.ico --win-menu --win-shortcut --win-dir-chooser
#   jpackage --type dmg --input target/installer/input --main-jar tact.jar --main-class dev.tact.Main \
#     --name Tact --app-version VERSION --icon installer/tact.icns --mac-package-identifier dev.tact
# (convert installer/tact.png to .ico / .icns first; the shaded jar holds one platform's JavaFX,
# so build tact.jar on the target system too.)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/tact.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
version=$(unzip -p "$jar" tact-version.properties | sed -n 's/^version=//p')
arch=$(dpkg --print-architecture)
input=target/installer/input
rm -rf target/installer && mkdir -p "$input"
cp "$jar" "$input/"
cp installer/tact.desktop "$input/"
cp installer/cds-training.txt installer/linux/cds-train.sh "$input/"

# Two launchers on one runtime: /opt/tact/bin/tact, for commands (and the desk when started from a
# terminal), runs with the JIT's first tier only and the serial collector, because a command lasts
# seconds and C2 spent more CPU compiling the scorer than a 100,000-line `tact score` spent scoring
# (src/site/decisions/0011-where-the-time-goes.md); /opt/tact/bin/tact-desk, which the menu entry
# starts, keeps the JVM's defaults (installer/tact-desk.properties). A native launcher cannot choose by
# its arguments, so the installed tact runs the imports on the first tier too; target/tact
# (installer/jar-launcher.sh) chooses by its arguments and keeps the defaults for the imports.
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
  --java-options "-XX:SharedArchiveFile=\$APPDIR/tact.jsa" \
  --java-options "-XX:TieredStopAtLevel=1" \
  --java-options "-XX:+UseSerialGC" \
  --add-launcher tact-desk=installer/tact-desk.properties \
  --icon installer/tact.png \
  --resource-dir installer/linux \
  --linux-package-name tact \
  --linux-deb-maintainer "tact@example.org" \
  --linux-package-deps libgtk-3-0 \
  --linux-app-category Office \
  --linux-app-release 1

# jpackage names the file tact_<version>-<release>_<arch>.deb; give it the documented name.
mv target/installer/tact_"$version"-1_"$arch".deb target/installer/tact_"$version"_"$arch".deb
ls -1 target/installer/*.deb
