#!/usr/bin/env bash
# Builds a self-contained PatentDesk installer with jlink + jpackage (JDK 21+, ideally the JDK 25 that builds it):
#   installer/build.sh [--type app-image|deb|rpm|dmg|pkg|msi|exe] [--dest DIR] [--verify]
# The image carries its own trimmed Java runtime, JavaFX and the bundled model, and needs no network.
# --verify runs the built program: --version, a claims check, and (under a display or xvfb-run) the app's --smoke.
# Signing: set PATENTDESK_MAC_SIGN_IDENTITY (macOS, passed to jpackage --mac-sign) or sign the .msi/.exe with signtool
# after this script; on Linux the .deb/.rpm are signed by the repository that publishes them (debsigs/rpm --addsign).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
type="app-image"; dest="$root/installer/target"; verify=0
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --verify) verify=1; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "installer: unknown option $1" >&2; exit 2 ;;
  esac
done

for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
  [ -n "$j" ] && [ -x "$j/bin/jpackage" ] && { export JAVA_HOME="$j"; break; }
done
[ -x "${JAVA_HOME:-}/bin/jpackage" ] || { echo "installer: needs a JDK 21+ with jpackage; set JAVA_HOME" >&2; exit 2; }

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
app_version="${version%%-*}"                        # jpackage wants digits and dots only

echo "installer: building PatentDesk $version"
(cd "$root" && mvn -B -q -DskipTests -Dmaven.test.skip=true -pl app -am package)

work="$dest/work"; rm -rf "$work"; mkdir -p "$work/input/javafx" "$dest"
cp "$root/app/target/patentdesk.jar" "$work/input/"
for f in "$root"/app/target/lib/*.jar; do
  name="$(basename "$f")"
  case "$name" in
    javafx-*) [[ "$name" =~ -[0-9.]+-[a-z0-9-]+\.jar$ ]] && cp "$f" "$work/input/javafx/" ;;  # platform jars only
    *) cp "$f" "$work/input/" ;;
  esac
done

# A runtime with just the JDK modules PatentDesk and its libraries use (JavaFX comes as jars on the module path).
modules="$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 \
  --module-path "$work/input/javafx" --class-path "$work/input/*" "$work/input/patentdesk.jar" 2>/dev/null \
  | tr ',' '\n' | grep -v '^javafx\.' | paste -sd, -)"
# javafx.swing needs java.desktop; the rest are loaded reflectively (SQLite JDBC, DJL, fonts, zip file systems).
modules="${modules:+$modules,}java.desktop,jdk.unsupported.desktop,java.logging,java.naming,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.localedata"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --output "$work/runtime"

rm -rf "$dest/PatentDesk"
args=(--type "$type" --name PatentDesk --app-version "$app_version" --vendor "PatentDesk"
  --description "Patent drafting with live claim checking and a local language model"
  --input "$work/input" --main-jar patentdesk.jar --main-class io.patentdesk.app.Main
  --runtime-image "$work/runtime" --dest "$dest"
  --java-options "--module-path \$APPDIR/javafx --add-modules javafx.controls,javafx.swing"
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics"
  --java-options "--sun-misc-unsafe-memory-access=allow"
  --java-options "-Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8")
while IFS= read -r line; do                          # memory settings shared with ./patentdesk
  case "$line" in ''|'#'*) ;; *) args+=(--java-options "$line") ;; esac
done < "$root/app/jvm.options"
# Crash reports (hs_err_pid*.log) and JIT replay files into the data folder's logs/ instead of the working directory.
# The native launcher expands environment variables in these options from JDK 25 on (JDK-8341641; earlier ones pass
# "$HOME" literally, so they get none). It cannot choose between PATENTDESK_DATA_DIR, XDG_DATA_HOME and the default
# as ./patentdesk does, so the installed app always writes them to the platform's default data folder; the app
# creates the folder (0700) at start (CrashLogFolder).
if [ "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')" -ge 25 ]; then
  case "$(uname -s)" in
    Darwin) logs='$HOME/Library/Application Support/PatentDesk/logs' ;;
    MINGW*|MSYS*|CYGWIN*) logs='$APPDATA/PatentDesk/logs' ;;
    *) logs='$HOME/.local/share/PatentDesk/logs' ;;
  esac
  # Quoted: the macOS folder has a space, and jpackage splits an unquoted option at spaces.
  args+=(--java-options "\"-XX:ErrorFile=$logs/hs_err_pid%p.log\"" --java-options "\"-XX:ReplayDataFile=$logs/replay_pid%p.log\"")
else
  echo "installer: jpackage before JDK 25 cannot expand \$HOME: the app's crash reports stay in its working directory"
fi
case "$type" in
  deb) args+=(--linux-shortcut --linux-menu-group Office --linux-app-category office) ;;
  rpm) args+=(--linux-shortcut --linux-menu-group Office) ;;
  msi|exe) args+=(--win-menu --win-shortcut --win-dir-chooser) ;;
  dmg|pkg) [ -n "${PATENTDESK_MAC_SIGN_IDENTITY:-}" ] && args+=(--mac-sign --mac-signing-key-user-name "$PATENTDESK_MAC_SIGN_IDENTITY") ;;
esac
"$JAVA_HOME/bin/jpackage" "${args[@]}"
# The runtime option above exists from JDK 23; an older runtime would refuse to start.
[ "$("$work/runtime/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')" -ge 23 ] \
  || sed -i '/sun-misc-unsafe-memory-access/d' "$dest"/PatentDesk/lib/app/PatentDesk.cfg 2>/dev/null || true
echo "installer: wrote $(ls -d "$dest"/PatentDesk* 2>/dev/null | tr '\n' ' ')"

if [ "$verify" = 1 ]; then
  [ "$type" = app-image ] || { echo "installer: --verify checks the app-image type" >&2; exit 2; }
  exe="$dest/PatentDesk/bin/PatentDesk"
  "$exe" --version
  printf '1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is round.\n' > "$work/claims.txt"
  "$exe" check "$work/claims.txt" --format json >/dev/null
  if [ -n "${DISPLAY:-}" ]; then "$exe" app --smoke
  elif command -v xvfb-run >/dev/null; then xvfb-run -a -s '-screen 0 1600x1000x24' "$exe" app --smoke
  else echo "installer: no display and no xvfb-run: skipped the app smoke run"; fi
  echo "installer: verified $exe"
fi
