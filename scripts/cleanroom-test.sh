#!/usr/bin/env bash
# Clean-room install test: installs the built DEB into a fresh minimal Debian 12 root (debootstrap minbase, no
# recommends, so the package's Depends alone must be enough) and checks what a user gets: --version, German
# --help, the headless API answering with the token from its cookie, the window under Xvfb with the SVG icon
# engine loaded, and apt-get purge leaving none of the package's files behind. Prints each step's time.
# Usage: scripts/cleanroom-test.sh [DEB]   (default: build/ci/packages/btc-worker_*.deb, kept by the packaging
# test). Needs root, debootstrap and the network to the Debian mirror the machine's apt sources name.
# Caches (.debs) stay in build/cache; the root is build/cleanroom/root and is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/debian-root.sh

[ "$(id -u)" -eq 0 ] || { echo "cleanroom: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "cleanroom: debootstrap is missing (bash scripts/setup.sh)" >&2; exit 1; }
deb="${1:-}"
if [ -z "$deb" ]; then
    debs=(build/ci/packages/btc-worker_*.deb)
    deb="${debs[0]}"
fi
[ -f "$deb" ] || { echo "cleanroom: no package at '$deb' (ctest --preset ci -L packaging keeps one)" >&2; exit 1; }
deb="$(readlink -f "$deb")"
version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}"

work="$PWD/build/cleanroom"
root="$work/root"
cache="$PWD/build/cache"
out="$work/out"
server_pid=""
cleanup() {
    local code=$?
    [ -z "$server_pid" ] || kill -KILL "$server_pid" 2>/dev/null || true
    if root_cleanup "$root"; then
        rm -rf --one-file-system "$root"
    else
        echo "cleanroom: left $root in place because something is still mounted under it" >&2
        code=1
    fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "cleanroom: FAIL: $*" >&2
    exit 1
}
started=$SECONDS
step_started=$SECONDS
step() {
    local now=$SECONDS
    [ -z "${step_name:-}" ] || echo "   ($((now - step_started)) s)"
    step_name="$1"
    step_started=$now
    echo "-- $1"
}
in_root() { root_run "$root" "$@"; }

rm -rf "$out"
mkdir -p "$work" "$out"
step "debootstrap --variant=minbase bookworm from $(debian_mirror)"
root_cleanup "$root" && rm -rf --one-file-system "$root"
root_create "$root" bookworm "$cache/debootstrap-bookworm"
root_mount "$root" "$cache/apt-bookworm"

step "apt-get install ./$(basename "$deb") (no recommends)"
cp "$deb" "$root/tmp/"
root_apt "$root" "./tmp/$(basename "$deb")" >"$out/apt-install.log" 2>&1 ||
    { tail -n 40 "$out/apt-install.log" >&2; fail "apt-get install of the package"; }
in_root dpkg-query -W -f='${Status}\n' btc-worker | grep -q 'install ok installed' || fail "btc-worker is not installed"
# Everything the package put on the system, to check after the purge.
in_root dpkg -L btc-worker >"$out/files.txt"
grep -qx /usr/bin/btc-worker "$out/files.txt" || fail "dpkg -L does not list /usr/bin/btc-worker"

step "btc-worker --version"
got="$(in_root timeout 30 btc-worker --version)" || fail "--version failed"
[ "$got" = "btc-worker $version" ] || fail "--version printed '$got', expected 'btc-worker $version'"
echo "   $got"

step "German --help (LANG=de_DE.UTF-8)"
in_root env LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 timeout 30 btc-worker --help >"$out/help-de.txt" 2>&1 ||
    { cat "$out/help-de.txt" >&2; fail "--help failed"; }
grep -qF 'Diese Hilfe anzeigen und beenden.' "$out/help-de.txt" || { cat "$out/help-de.txt" >&2; fail "--help is not German"; }
grep -qF 'Die lokale REST-API nicht bereitstellen.' "$out/help-de.txt" || fail "--no-api is not described in German"
echo "   $(grep -F 'Diese Hilfe' "$out/help-de.txt" | sed 's/^ *//')"

step "headless API with the token from api.cookie"
# Port 0: the system picks a free port and the program prints it. The root shares this machine's network.
timeout 60 chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    btc-worker --headless --api-bind 127.0.0.1 --api-port 0 --no-tor --data-dir /tmp/btcw-data \
    >"$out/headless.out" 2>"$out/headless.err" &
server_pid=$!
url=""
for _ in $(seq 150); do # up to 30 s
    url="$(sed -n 's|.*listening on \(http://127\.0\.0\.1:[0-9]*\).*|\1|p' "$out/headless.out" "$out/headless.err" | head -n1)"
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
[ -n "$url" ] || { cat "$out/headless.out" "$out/headless.err" >&2; fail "the headless API did not start"; }
cookie="$root/tmp/btcw-data/api.cookie"
[ -s "$cookie" ] || fail "no token in /tmp/btcw-data/api.cookie"
[ "$(stat -c %a "$cookie")" = 600 ] || fail "api.cookie has mode $(stat -c %a "$cookie"), not 600"
status="$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$url/electrum/servers?network=mainnet")"
[ "$status" = 401 ] || fail "/electrum/servers without the token answered $status, not 401"
status="$(curl -sS --max-time 10 -H "Authorization: Bearer $(cat "$cookie")" -o "$out/servers.json" \
    -w '%{http_code}' "$url/electrum/servers?network=mainnet")" || fail "curl $url/electrum/servers"
[ "$status" = 200 ] || fail "/electrum/servers answered $status: $(head -c 300 "$out/servers.json")"
grep -qE '"count": *[1-9]' "$out/servers.json" || fail "/electrum/servers lists no servers: $(head -c 300 "$out/servers.json")"
echo "   $url/electrum/servers: 200, $(grep -oE '"count": *[0-9]+' "$out/servers.json" | head -n1)"
kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=""
[ "$code" -eq 0 ] || fail "the headless API exited with $code on SIGTERM"
[ ! -e "$cookie" ] || fail "api.cookie was not removed on exit"

step "the window under Xvfb, with the SVG icon engine (apt-get install xvfb xauth in the root)"
root_apt "$root" xvfb xauth >"$out/apt-xvfb.log" 2>&1 || { tail -n 40 "$out/apt-xvfb.log" >&2; fail "installing xvfb"; }
# The window runs until timeout ends it (124); Qt's plugin loader says which libraries it loaded. (Xcursor and
# libsecret are optional: Qt and QtKeychain do without them.)
code=0
in_root env QT_DEBUG_PLUGINS=1 QT_QPA_PLATFORM=xcb timeout 60 xvfb-run -a -s '-screen 0 1280x800x24' \
    timeout 15 btc-worker --no-api --no-tor --data-dir /tmp/btcw-gui >"$out/window.log" 2>&1 || code=$?
[ "$code" -eq 124 ] || { tail -n 60 "$out/window.log" >&2; fail "the window exited with $code before 15 s (124 expected)"; }
loaded() { grep -qE "$1\"? loaded library|loaded library.*$1" "$out/window.log"; } # Qt 6.4: "<path>" loaded library
loaded 'platforms/libqxcb\.so' ||
    { grep -i 'qxcb\|platform' "$out/window.log" | tail -n 20 >&2; fail "the xcb platform plugin was not loaded"; }
loaded 'iconengines/libqsvgicon\.so' ||
    { grep -i 'svg\|iconengine' "$out/window.log" | tail -n 20 >&2; fail "the SVG icon engine (libqsvgicon) was not loaded"; }
if grep -qiE 'Cannot load library.*(libqsvgicon|libqxcb)' "$out/window.log"; then
    grep -iE 'Cannot load library' "$out/window.log" >&2
    fail "a needed plugin failed to load"
fi
grep -E 'libqsvgicon\.so' "$out/window.log" | grep 'loaded library' | head -n1 | sed 's/^/   /'

step "apt-get purge btc-worker leaves nothing behind"
in_root apt-get purge -y -qq btc-worker >"$out/purge.log" 2>&1 || { cat "$out/purge.log" >&2; fail "apt-get purge"; }
in_root dpkg-query -W -f='${Status}\n' btc-worker 2>/dev/null | grep -qx 'install ok installed' && fail "btc-worker is still installed"
left=()
while read -r path; do
    [ -n "$path" ] && [ "$path" != /. ] || continue
    # Directories the package shares with others (/usr/bin, /usr/share/…) stay; anything of its own must go.
    if [ -d "$root$path" ] && [ ! -L "$root$path" ]; then
        case "$path" in */btc-worker) [ -z "$(ls -A "$root$path")" ] || left+=("$path/") ;; esac
        continue
    fi
    [ ! -e "$root$path" ] && [ ! -L "$root$path" ] || left+=("$path")
done <"$out/files.txt"
[ ! -d "$root/usr/share/doc/btc-worker" ] || left+=(/usr/share/doc/btc-worker/)
((${#left[@]} == 0)) || fail "left after purge: ${left[*]}"
echo "   $(grep -vc '^/\.$' "$out/files.txt") paths listed by dpkg -L, none left"

step "done"
echo "cleanroom: PASS: $(basename "$deb") in a minimal Debian 12 root, $((SECONDS - started)) s in all"
