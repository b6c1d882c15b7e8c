#!/usr/bin/env bash
# End-to-end check of a signed Debian package, with throwaway keys that exist only for this run:
#   1. builds the .deb with an OpenPGP key (SHA256SUMS.asc) and a jar-signing keystore;
#   2. installer/verify passes; a flipped byte in the .deb fails naming the .deb; an altered SHA256SUMS fails on the
#      signature; a removed signature fails; an unknown key fails naming the key;
#   3. unpacks the .deb with dpkg-deb -x into a temporary root, checks its metadata and the jar signatures, and runs the
#      installed launcher with no network (unshare -n): --version, check on a sample, and app --smoke under Xvfb,
#      timing the start to a shown window.
#   installer/test-signed-deb.sh [--reuse-build] [--keep]
#   --reuse-build  packages app/target as ./test or mvn package left it (CI), instead of building it again
#   --keep         keeps the temporary folder (printed) for a look at what was built
# Needs: JDK 25 (or 21+), gpg, gpgv, fakeroot, dpkg-deb, unzip, xvfb-run, and libgtk-3-0 for the window.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_opts=(); keep=0
for a in "$@"; do
  case "$a" in
    --reuse-build) build_opts+=(--reuse-build) ;;
    --keep) keep=1 ;;
    *) echo "test-signed-deb: unknown option $a" >&2; exit 2 ;;
  esac
done
for tool in gpg gpgv fakeroot dpkg-deb unzip xvfb-run; do
  command -v "$tool" >/dev/null || { echo "test-signed-deb: needs $tool (see .ci/run for the packages)" >&2; exit 2; }
done
for j in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
  [ -n "$j" ] && [ -x "$j/bin/jpackage" ] && { export JAVA_HOME="$j"; break; }
done

# What this test checks is signing, verifying and running, not compression: dpkg-deb's default xz level takes minutes
# on two cores, level 1 seconds (a package 2 MB larger). A release build keeps the default.
export DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}"

tmp="$(mktemp -d)"
if [ "$keep" = 1 ]; then echo "test-signed-deb: keeping $tmp"; else trap 'gpgconf --homedir "$tmp/gnupg" --kill all 2>/dev/null || true; rm -rf "$tmp"' EXIT; fi
step() { echo; echo "== $*"; }
die() { echo "test-signed-deb: FAILED: $*" >&2; exit 1; }

step "throwaway signing keys"
export GNUPGHOME="$tmp/gnupg"; mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key "PatentDesk test release <release-test@example.invalid>" ed25519 sign 1d
fpr="$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr:/{print $10; exit}')"
gpg --batch --armor --export "$fpr" > "$tmp/release-key.asc"
echo "OpenPGP key $fpr"
export PATENTDESK_TEST_STOREPASS="test-$RANDOM-$RANDOM"
"$JAVA_HOME/bin/keytool" -genkeypair -keystore "$tmp/jars.p12" -storetype PKCS12 -storepass:env PATENTDESK_TEST_STOREPASS \
  -alias release -keyalg EC -groupname secp256r1 -validity 2 -dname "CN=PatentDesk test release" 2>/dev/null
echo "jar-signing keystore $tmp/jars.p12 (alias release)"

step "build the .deb"
dist="$tmp/dist"
t0=$SECONDS
"$root/installer/build.sh" --type deb --dest "$dist" --gpg-key "$fpr" \
  --keystore "$tmp/jars.p12" --storepass-env PATENTDESK_TEST_STOREPASS --alias release "${build_opts[@]}"
echo "build: $((SECONDS - t0)) s"
deb="$(cd "$dist" && ls patentdesk_*.deb)"
[ -f "$dist/SHA256SUMS" ] && [ -f "$dist/SHA256SUMS.asc" ] || die "the build wrote no SHA256SUMS or SHA256SUMS.asc"
ls -l "$dist"

step "verify the untouched build"
"$root/installer/verify" "$dist" --keyring "$tmp/release-key.asc" || die "verify rejected the untouched build"

# expect_failure LABEL MUST_CONTAIN DIR [VERIFY_ARGS...]: verify must exit 1 and say MUST_CONTAIN.
expect_failure() {
  local label="$1" needle="$2" d="$3" rc=0; shift 3
  "$root/installer/verify" "$d" "$@" > "$tmp/out" 2>&1 || rc=$?
  cat "$tmp/out"
  [ "$rc" = 1 ] || die "$label: verify exited $rc, not 1"
  grep -q -F -- "$needle" "$tmp/out" || die "$label: verify did not say \"$needle\""
  echo "-> $label: rejected as expected"
}

step "one flipped byte in the .deb"
cp -r "$dist" "$tmp/flipped"
size="$(stat -c %s "$tmp/flipped/$deb")"; offset=$((size / 2))
byte="$(od -A n -t u1 -j "$offset" -N 1 "$tmp/flipped/$deb" | tr -d ' ')"
printf "$(printf '\\%03o' $(((byte + 1) % 256)))" | dd of="$tmp/flipped/$deb" bs=1 seek="$offset" conv=notrunc status=none
cmp -s "$dist/$deb" "$tmp/flipped/$deb" && die "the byte flip changed nothing"
expect_failure "flipped byte" "FAILED $deb: checksum mismatch" "$tmp/flipped" --keyring "$tmp/release-key.asc"

step "SHA256SUMS altered to match a changed .deb"
cp -r "$tmp/flipped" "$tmp/resummed"
(cd "$tmp/resummed" && sha256sum "$deb" > SHA256SUMS)
expect_failure "altered SHA256SUMS" "FAILED SHA256SUMS: its signature does not match" "$tmp/resummed" --keyring "$tmp/release-key.asc"

step "the signature removed"
cp -r "$dist" "$tmp/unsigned"; rm "$tmp/unsigned/SHA256SUMS.asc"
expect_failure "no signature" "FAILED SHA256SUMS.asc: missing" "$tmp/unsigned" --keyring "$tmp/release-key.asc"

step "a key that did not sign it"
GNUPGHOME="$tmp/other-gnupg"; mkdir -m 700 "$GNUPGHOME"
gpg --homedir "$GNUPGHOME" --batch --quiet --passphrase '' --quick-gen-key "Someone else <other@example.invalid>" ed25519 sign 1d
gpg --homedir "$GNUPGHOME" --batch --armor --export > "$tmp/other-key.asc"
gpgconf --homedir "$GNUPGHOME" --kill all 2>/dev/null || true
export GNUPGHOME="$tmp/gnupg"
expect_failure "unknown key" "FAILED SHA256SUMS.asc: signed by key" "$dist" --keyring "$tmp/other-key.asc"

step "package metadata"
dpkg-deb -f "$dist/$deb" Package Version Maintainer Depends Section Installed-Size
grep -q 'libgtk-3-0' <<<"$(dpkg-deb -f "$dist/$deb" Depends)" || die "Depends lacks libgtk-3-0"
[ -n "$(dpkg-deb -f "$dist/$deb" Maintainer)" ] || die "no Maintainer"
rootfs="$tmp/root"; dpkg-deb -x "$dist/$deb" "$rootfs"
desktop="$(find "$rootfs/opt/patentdesk/lib" -maxdepth 1 -type f -name '*.desktop' | head -1)"
[ -n "$desktop" ] || die "no desktop entry in the package"
grep -E '^(Name|Exec|Icon|Categories)=' "$desktop"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
[ -f "$rootfs$icon" ] || die "the desktop entry's icon $icon is not in the package"
dpkg-deb -e "$dist/$deb" "$tmp/control"
grep -q 'xdg-desktop-menu install' "$tmp/control/postinst" || die "postinst does not install the desktop entry"
exe="$rootfs/opt/patentdesk/bin/PatentDesk"
[ -x "$exe" ] || die "no launcher at /opt/patentdesk/bin/PatentDesk"
echo "installed size: $(du -sh "$rootfs/opt/patentdesk" | cut -f1) (runtime $(du -sh "$rootfs/opt/patentdesk/lib/runtime" | cut -f1), jars $(du -shc "$rootfs"/opt/patentdesk/lib/app/*.jar "$rootfs"/opt/patentdesk/lib/app/javafx/*.jar | tail -1 | cut -f1))"

step "jar signatures"
# Every jar carries the signature; jarsigner -verify (one JVM each) checks the app's own jar, the one whose natives
# were stripped and a JavaFX module in full. The smoke run below loads classes from all of them, which the JVM
# refuses from a signed jar whose contents no longer match.
lib="$rootfs/opt/patentdesk/lib/app"
for jar in "$lib"/*.jar "$lib"/javafx/*.jar; do
  grep -q -E '^META-INF/[^/]+\.(SF|EC|RSA|DSA)$' <<<"$(unzip -Z1 "$jar")" || die "not signed: ${jar#"$rootfs"}"
done
for jar in "$lib/patentdesk.jar" "$lib"/onnxruntime*.jar "$lib"/javafx/javafx-graphics-*.jar; do
  grep -q '^jar verified' <<<"$("$JAVA_HOME/bin/jarsigner" -verify "$jar" 2>&1)" || die "jarsigner -verify rejects ${jar#"$rootfs"}"
done
echo "every jar is signed; jarsigner -verify accepts the three checked in full"

step "run the installed launcher offline"
# A new network namespace has only a down loopback: any attempt to reach the network fails at once.
if unshare -n true 2>/dev/null; then offline=(unshare -n)
elif unshare -rn true 2>/dev/null; then offline=(unshare -rn)   # unprivileged: a user namespace maps us to root in it
else
  offline=()
  echo "WARNING: this machine allows no network namespace (unshare -n and unshare -rn both refused, e.g. in a container"
  echo "without CAP_SYS_ADMIN or with user namespaces disabled): the launcher runs WITH network below"
fi
echo "isolation: ${offline[*]:-none}"
home="$tmp/home"; mkdir -p "$home"
run() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 ${DISPLAY:+DISPLAY=$DISPLAY} "${offline[@]}" "$@"; }
run "$exe" --version
printf '1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is round.\n3. The lamp of claim 2, wherein the filament is red.\n' > "$tmp/claims.txt"
rc=0; run "$exe" check "$tmp/claims.txt" > "$tmp/check.out" 2>&1 || rc=$?
cat "$tmp/check.out"
[ "$rc" -le 1 ] || die "check exited $rc"                                   # 1 = findings, as intended
grep -q -i 'filament' "$tmp/check.out" || die "check did not report the unintroduced 'the filament'"

# The smoke run: the window, the sample's analysis, a generation with the bundled model (first start: extracted to the
# empty cache of the throwaway HOME). The time is from starting the launcher to the line that the window is shown.
start_ns="$(date +%s%N)"
set +e
run xvfb-run -a -s '-screen 0 1600x1000x24' "$exe" app --smoke 2>&1 | while IFS= read -r line; do
  echo "$line"
  case "$line" in *"window shown"*) echo "launch to shown window: $((($(date +%s%N) - start_ns) / 1000000)) ms (wall clock, incl. the launcher)";; esac
done
smoke="${PIPESTATUS[0]}"
set -e
[ "$smoke" = 0 ] || die "app --smoke failed (exit $smoke)"
echo
echo "test-signed-deb: all checks passed ($deb, $(du -h "$dist/$deb" | cut -f1))"
