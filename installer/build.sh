#!/usr/bin/env bash
# Builds self-contained PatentDesk installers with jlink + jpackage (JDK 25, or any JDK 21+ with jpackage), writes
# SHA256SUMS over what it built and, given a key, signs them:
#   installer/build.sh [--type TYPE]... [--dest DIR] [--gpg-key ID [--gpg-passphrase-env VAR]]
#                      [--keystore FILE --storepass-env VAR --alias A] [--cuda] [--reuse-build] [--verify]
#   TYPE: app-image, deb, rpm (Linux); msi, exe (Windows, WiX); dmg, pkg (macOS); several --type make several packages.
#   --dest DIR        where the packages, SHA256SUMS and SHA256SUMS.asc go (default installer/target/dist)
#   --gpg-key ID      signs SHA256SUMS with `gpg --detach-sign --armor` (GNUPGHOME from the environment)
#   --keystore FILE --storepass-env VAR --alias A   signs every jar in the package as jarsigner does
#   --cuda            builds with -Pcuda (ONNX Runtime's CUDA provider); the package is called patentdesk-cuda
#   --reuse-build     packages app/target as an earlier `mvn package` (or ./test) left it, without running Maven
#   --verify          runs the app-image's launcher: --version, a claims check and (under a display or xvfb-run) --smoke
# Windows: PATENTDESK_WIN_SIGN_SHA1 (certificate thumbprint) signs the launcher and the installer with signtool.
# macOS: PATENTDESK_MAC_SIGN_IDENTITY signs (jpackage --mac-sign); PATENTDESK_NOTARY_PROFILE then notarizes and staples.
# Check a build with installer/verify DIR --keyring KEYRING. No key or keystore ever lives in this repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
types=(); dest="$root/installer/target/dist"; verify=0; reuse=0; cuda=0
gpg_key=""; gpg_pass_env=""; keystore=""; storepass_env=""; alias_name=""
die() { echo "installer: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --type) [ $# -ge 2 ] || die "--type needs a value"; IFS=, read -r -a more <<<"$2"; types+=("${more[@]}"); shift 2 ;;
    --dest) [ $# -ge 2 ] || die "--dest needs a folder"; dest="$2"; shift 2 ;;
    --gpg-key) [ $# -ge 2 ] || die "--gpg-key needs a key id"; gpg_key="$2"; shift 2 ;;
    --gpg-passphrase-env) [ $# -ge 2 ] || die "--gpg-passphrase-env needs a variable name"; gpg_pass_env="$2"; shift 2 ;;
    --keystore) [ $# -ge 2 ] || die "--keystore needs a file"; keystore="$2"; shift 2 ;;
    --storepass-env) [ $# -ge 2 ] || die "--storepass-env needs a variable name"; storepass_env="$2"; shift 2 ;;
    --alias) [ $# -ge 2 ] || die "--alias needs a name"; alias_name="$2"; shift 2 ;;
    --cuda) cuda=1; shift ;;
    --reuse-build) reuse=1; shift ;;
    --verify) verify=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
[ ${#types[@]} -gt 0 ] || types=(app-image)

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64) platform=linux-aarch64 ;;
  Darwin-x86_64) platform=mac-x64 ;;
  Darwin-arm64) platform=mac-aarch64 ;;
  MINGW*-x86_64|MSYS*-x86_64|CYGWIN*-x86_64) platform=win-x64 ;;
  *) die "no installer for $(uname -s) $(uname -m)" ;;
esac
for t in "${types[@]}"; do
  case "$t:$platform" in
    app-image:*|deb:linux-*|rpm:linux-*|msi:win-*|exe:win-*|dmg:mac-*|pkg:mac-*) ;;
    *) die "cannot build --type $t on $platform (deb/rpm on Linux, msi/exe on Windows, dmg/pkg on macOS)" ;;
  esac
done

for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
  [ -n "$j" ] && [ -x "$j/bin/jpackage" ] && { export JAVA_HOME="$j"; break; }
done
[ -x "${JAVA_HOME:-}/bin/jpackage" ] || die "needs a JDK 21+ with jpackage; set JAVA_HOME"
jdk="$JAVA_HOME/bin"

# Check the signing material before the long build, so that a wrong key id fails in a second, not after minutes.
if [ -n "$gpg_key" ]; then
  command -v gpg >/dev/null || die "--gpg-key needs gpg (apt-get install gpg)"
  gpg --batch --list-secret-keys "$gpg_key" >/dev/null 2>&1 \
    || die "no secret key $gpg_key in ${GNUPGHOME:-$HOME/.gnupg} (set GNUPGHOME to the keyring that holds it)"
  [ -z "$gpg_pass_env" ] || [ -n "${!gpg_pass_env:-}" ] || die "--gpg-passphrase-env: \$$gpg_pass_env is empty"
fi
if [ -n "$keystore$storepass_env$alias_name" ]; then
  [ -n "$keystore" ] && [ -n "$storepass_env" ] && [ -n "$alias_name" ] \
    || die "jar signing needs all three of --keystore, --storepass-env and --alias"
  [ -f "$keystore" ] || die "--keystore $keystore: no such file"
  [ -n "${!storepass_env:-}" ] || die "--storepass-env: \$$storepass_env is empty"
  "$jdk/keytool" -list -keystore "$keystore" -storepass:env "$storepass_env" -alias "$alias_name" >/dev/null 2>&1 \
    || die "keystore $keystore has no entry $alias_name, or \$$storepass_env is not its password"
fi

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
app_version="${version%%-*}"                        # jpackage wants digits and dots only
package_name=patentdesk; ort_skip='onnxruntime_gpu-*.jar'
[ "$cuda" = 0 ] || { package_name=patentdesk-cuda; ort_skip='onnxruntime-[0-9]*.jar'; }
start=$SECONDS

if [ "$reuse" = 1 ]; then
  [ -f "$root/app/target/patentdesk.jar" ] || die "--reuse-build: no app/target/patentdesk.jar; run mvn package first"
else
  profile=(); [ "$cuda" = 0 ] || profile=(-Pcuda)
  echo "installer: building PatentDesk $version with Maven ${profile[*]:-}"
  (cd "$root" && mvn -B -q -DskipTests -Dmaven.test.skip=true "${profile[@]}" -pl app -am package)
fi
# The variant's ONNX Runtime jar must be there (lib/ may hold the other variant's too, from an earlier build).
ort_want='onnxruntime-[0-9]*.jar'; [ "$cuda" = 0 ] || ort_want='onnxruntime_gpu-*.jar'
compgen -G "$root/app/target/lib/$ort_want" >/dev/null \
  || die "app/target/lib has no $ort_want for this variant (a -Pcuda build has only the GPU one): run without --reuse-build"

work="$root/installer/target/work"; rm -rf "$work"; mkdir -p "$work/jars/javafx" "$work/input/javafx" "$dest"
cp "$root/app/target/patentdesk.jar" "$work/jars/"
for f in "$root"/app/target/lib/*.jar; do
  name="$(basename "$f")"
  # shellcheck disable=SC2254 # the pattern is meant to match
  case "$name" in
    $ort_skip) ;;                                    # the other variant's ONNX Runtime, from an earlier build
    javafx-*) [[ "$name" =~ -[0-9.]+-[a-z0-9-]+\.jar$ ]] && cp "$f" "$work/jars/javafx/" ;;  # platform jars only
    *) cp "$f" "$work/jars/" ;;
  esac
done
# ONNX Runtime, DJL tokenizers, SQLite JDBC and JNA carry every platform's native libraries; keep this platform's.
"$jdk/java" "$root/installer/tools/StripForeignNatives.java" "$platform" "$work/input" "$work"/jars/*.jar
"$jdk/java" "$root/installer/tools/StripForeignNatives.java" "$platform" "$work/input/javafx" "$work"/jars/javafx/*.jar
rm -rf "$work/jars"

# macOS notarization inspects the native libraries inside jars too: they get the Developer ID signature, before
# jarsigner (which must see the jars' final contents).
if [[ "$platform" = mac-* ]] && [ -n "${PATENTDESK_MAC_SIGN_IDENTITY:-}" ]; then
  tmp="$(mktemp -d)"
  for jar in "$work"/input/*.jar "$work"/input/javafx/*.jar; do
    unzip -Z1 "$jar" | grep -E '\.(dylib|jnilib)$' > "$tmp/libs" || continue
    (cd "$tmp" && xargs unzip -q -o "$jar" < libs \
      && xargs codesign --force --timestamp --options runtime --sign "Developer ID Application: $PATENTDESK_MAC_SIGN_IDENTITY" < libs \
      && xargs "$jdk/jar" uf "$jar" < libs)
  done
  rm -rf "$tmp"
fi

if [ -n "$keystore" ]; then
  jars=("$work"/input/*.jar "$work"/input/javafx/*.jar)
  echo "installer: signing ${#jars[@]} jars with $alias_name from $keystore"
  # jarsigner's engine (jdk.security.jarsigner) in one JVM: 71 jarsigner runs took minutes (tools/SignJars.java).
  "$jdk/java" "$root/installer/tools/SignJars.java" "$keystore" "$storepass_env" "$alias_name" "${jars[@]}"
fi

"$jdk/java" -Djava.awt.headless=true "$root/installer/tools/MakeIcons.java" "$work/icons"

# A runtime with just the JDK modules PatentDesk and its libraries use (JavaFX comes as jars on the module path).
modules="$("$jdk/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 \
  --module-path "$work/input/javafx" --class-path "$work/input/*" "$work/input/patentdesk.jar" 2>/dev/null \
  | tr ',' '\n' | grep -v -x -e 'javafx\..*' -e jdk.jdi -e jdk.attach | paste -sd, -)"
# jdk.jdi and jdk.attach (with the debugger agent they pull in) serve only Javassist's HotSwapper, which nothing calls.
# javafx.swing needs java.desktop; the rest are loaded reflectively (SQLite JDBC, DJL, fonts, zip file systems).
modules="${modules:+$modules,}java.desktop,jdk.unsupported.desktop,java.logging,java.naming,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.localedata"
# Locale data for the languages of the offices PatentDesk serves and their neighbours (9 MB less than all of CLDR);
# another locale formats dates and numbers as the root locale does.
locales=en,de,fr,es,it,nl,pt,sv,da,fi,nb,pl,cs,ja,zh,ko
"$jdk/jlink" --add-modules "$modules" --include-locales="$locales" --strip-debug --no-header-files --no-man-pages \
  --strip-native-commands --compress=zip-6 --output "$work/runtime"

args=(--name PatentDesk --app-version "$app_version" --vendor "PatentDesk"
  --description "Patent drafting with live claim checking and a local language model"
  --input "$work/input" --main-jar patentdesk.jar --main-class io.patentdesk.app.Main
  --runtime-image "$work/runtime"
  --java-options "--module-path \$APPDIR/javafx --add-modules javafx.controls,javafx.swing"
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics"
  --java-options "-Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8")
while IFS= read -r line; do                          # memory settings shared with ./patentdesk
  case "$line" in ''|'#'*) ;; *) args+=(--java-options "$line") ;; esac
done < "$root/app/jvm.options"
# Crash reports (hs_err_pid*.log) and JIT replay files into the data folder's logs/ instead of the working directory.
# The native launcher expands environment variables in these options from JDK 25 on (JDK-8341641; earlier ones pass
# "$HOME" literally, so they get none). It cannot choose between PATENTDESK_DATA_DIR, XDG_DATA_HOME and the default
# as ./patentdesk does, so the installed app always writes them to the platform's default data folder; the app
# creates the folder (0700) at start (CrashLogFolder).
java_spec="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$work/runtime/release")"
# The option exists from JDK 23; an older runtime would refuse to start with it.
[ "$java_spec" -lt 23 ] || args+=(--java-options "--sun-misc-unsafe-memory-access=allow")
if [ "$java_spec" -ge 25 ]; then
  case "$platform" in
    mac-*) logs='$HOME/Library/Application Support/PatentDesk/logs' ;;
    win-*) logs='$APPDATA/PatentDesk/logs' ;;
    *) logs='$HOME/.local/share/PatentDesk/logs' ;;
  esac
  # Quoted: the macOS folder has a space, and jpackage splits an unquoted option at spaces.
  args+=(--java-options "\"-XX:ErrorFile=$logs/hs_err_pid%p.log\"" --java-options "\"-XX:ReplayDataFile=$logs/replay_pid%p.log\"")
else
  echo "installer: jpackage before JDK 25 cannot expand \$HOME: the app's crash reports stay in its working directory"
fi

# Dependencies beyond the ones jpackage finds for the Java runtime's own libraries (X11, ALSA, xdg-utils for the menu
# entry): JavaFX's native code comes inside its jars, so jpackage cannot see that it needs GTK 3, OpenGL and
# fontconfig (Debian 13 and Ubuntu 24.04 renamed GTK's package libgtk-3-0t64). An rpm built on a Debian machine gets
# no dependencies found by jpackage (it asks the empty rpm database), hence X11's test extension and ALSA by name.
deb_deps="libgtk-3-0t64 | libgtk-3-0, libgl1, libfontconfig1"
rpm_deps="gtk3, mesa-libGL, fontconfig, libXtst, alsa-lib"
# jpackage writes "Maintainer: <vendor> <email>" from this address.
maintainer="${PATENTDESK_DEB_MAINTAINER:-packaging@patentdesk.io}"

win_sign() {                                         # signtool, when the publisher's certificate is installed
  [ -n "${PATENTDESK_WIN_SIGN_SHA1:-}" ] || return 0
  signtool sign /sha1 "$PATENTDESK_WIN_SIGN_SHA1" /fd SHA256 /tr "${PATENTDESK_TSA_URL:-http://timestamp.digicert.com}" /td SHA256 "$@"
}

written=()                                           # what SHA256SUMS lists, relative to $dest
for type in "${types[@]}"; do
  out="$work/out-$type"; rm -rf "$out"; mkdir -p "$out"
  targs=(); icon="$work/icons/patentdesk.png"
  case "$type" in
    deb) targs=(--linux-package-name "$package_name" --linux-deb-maintainer "$maintainer" --linux-package-deps "$deb_deps"
           --linux-shortcut --linux-menu-group Office --linux-app-category office) ;;
    rpm) targs=(--linux-package-name "$package_name" --linux-package-deps "$rpm_deps" --linux-shortcut --linux-menu-group Office) ;;
    msi|exe) icon="$work/icons/patentdesk.ico"
       # A fixed upgrade code: a newer installer replaces the installed version instead of installing beside it.
       targs=(--win-menu --win-menu-group PatentDesk --win-shortcut --win-dir-chooser
              --win-upgrade-uuid 6f0f4c1e-2b7a-4d0e-9b2c-5d1e8a7c3f10) ;;
    dmg|pkg) icon="$work/icons/patentdesk.icns"
       targs=(--mac-package-identifier io.patentdesk.PatentDesk --mac-package-name PatentDesk)
       if [ -n "${PATENTDESK_MAC_SIGN_IDENTITY:-}" ]; then
         targs+=(--mac-sign --mac-signing-key-user-name "$PATENTDESK_MAC_SIGN_IDENTITY")
       fi ;;
    app-image) [ "$platform" != win-x64 ] || icon="$work/icons/patentdesk.ico"
       [[ "$platform" != mac-* ]] || icon="$work/icons/patentdesk.icns" ;;
  esac
  if [[ "$type" = msi || "$type" = exe ]] && [ -n "${PATENTDESK_WIN_SIGN_SHA1:-}" ]; then
    # Sign the launcher inside the image first, then build the installer from that image and sign the installer.
    "$jdk/jpackage" --type app-image "${args[@]}" --icon "$icon" --dest "$work/win-image"
    win_sign "$work/win-image/PatentDesk/PatentDesk.exe"
    "$jdk/jpackage" --type "$type" --name PatentDesk --app-version "$app_version" --vendor PatentDesk \
      --app-image "$work/win-image/PatentDesk" "${targs[@]}" --dest "$out"
    win_sign "$out"/*."$type"
  else
    "$jdk/jpackage" --type "$type" "${args[@]}" "${targs[@]}" --icon "$icon" --dest "$out"
  fi
  if [[ "$type" = dmg || "$type" = pkg ]] && [ -n "${PATENTDESK_NOTARY_PROFILE:-}" ]; then
    for f in "$out"/*."$type"; do
      xcrun notarytool submit "$f" --keychain-profile "$PATENTDESK_NOTARY_PROFILE" --wait
      xcrun stapler staple "$f"
    done
  fi
  for f in "$out"/*; do
    name="$(basename "$f")"; rm -rf "${dest:?}/$name"; mv "$f" "$dest/"
    if [ -d "$dest/$name" ]; then
      while IFS= read -r -d '' g; do written+=("${g#./}"); done < <(cd "$dest" && find "./$name" -type f -print0 | sort -z)
    else
      written+=("$name")
    fi
  done
done

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$@"; else shasum -a 256 "$@"; fi; }
(cd "$dest" && rm -f SHA256SUMS SHA256SUMS.asc && sha256 -- "${written[@]}" > SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS)
if [ -n "$gpg_key" ]; then
  pass=(); [ -z "$gpg_pass_env" ] || pass=(--pinentry-mode loopback --passphrase-fd 0)
  printf '%s' "${gpg_pass_env:+${!gpg_pass_env}}" \
    | gpg --batch --yes "${pass[@]}" --local-user "$gpg_key" --armor --detach-sign --output "$dest/SHA256SUMS.asc" "$dest/SHA256SUMS"
fi
echo "installer: wrote $(cd "$dest" && ls -d -- * | grep -v -x -e SHA256SUMS -e SHA256SUMS.asc | tr '\n' ' ')+ SHA256SUMS${gpg_key:+ + SHA256SUMS.asc} in $dest ($((SECONDS - start)) s)"

if [ "$verify" = 1 ]; then
  exe="$dest/PatentDesk/bin/PatentDesk"
  [ -x "$exe" ] || die "--verify runs the Linux app-image: build it with --type app-image"
  "$exe" --version
  printf '1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is round.\n' > "$work/claims.txt"
  "$exe" check "$work/claims.txt" --format json >/dev/null
  if [ -n "${DISPLAY:-}" ]; then "$exe" app --smoke
  elif command -v xvfb-run >/dev/null; then xvfb-run -a -s '-screen 0 1600x1000x24' "$exe" app --smoke
  else echo "installer: no display and no xvfb-run: skipped the app smoke run"; fi
  echo "installer: verified $exe"
fi
