#!/usr/bin/env bash
# Builds the DEB with CPack from a configured build tree and checks what a user would get: lintian with no
# error and no warning, control fields, file list, licence and changelog, desktop/AppStream validity, icons,
# man page, systemd unit, and that the packaged binary runs (--version, then --headless serving
# /electrum/servers on a free loopback port).
# Usage: check_deb.sh <build-dir> <project-version> [<dir to keep the .deb in>].
# Exit 77 (skipped) when the Debian tools are missing.
# scripts/cleanroom-test.sh installs the kept .deb in a minimal Debian root.
set -euo pipefail

build_dir="$(cd "$1" && pwd)"
version="$2"
keep_dir="${3:-}"
deb_version="$version-1" # CPACK_DEBIAN_PACKAGE_RELEASE
app_id=io.github.btcworker.BtcWorker

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "-- $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli curl timeout; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is not installed (bash scripts/setup.sh installs it)"
        exit 77
    }
done
[ -x "$build_dir/app/btc-worker" ] || fail "$build_dir/app/btc-worker is not built"

work="$(mktemp -d "${TMPDIR:-/tmp}/btcw-packaging.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "cpack -G DEB"
(cd "$build_dir" && timeout 300 cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out"
deb="${debs[0]}"
[ "$(basename "$deb")" = "btc-worker_${deb_version}_$(dpkg --print-architecture).deb" ] || fail "file name $(basename "$deb")"

step "lintian (no error, no warning)"
# --fail-on error,warning: info tags are shown but do not fail (hardening-no-fortify-functions is one: the
# compiler proved every libc call in the binary safe, so it emitted no __*_chk call for lintian to find).
if ! timeout 300 lintian --fail-on error,warning --tag-display-limit 0 --display-info "$deb" >"$work/lintian.log" 2>&1; then
    cat "$work/lintian.log" >&2
    fail "lintian"
fi
sed 's/^/   /' "$work/lintian.log"

step "control fields of $(basename "$deb")"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = btc-worker ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$deb_version" ] || fail "Version is '$(field Version)', the project is $version"
[ "$(field Section)" = net ] || fail "Section is '$(field Section)'"
depends="$(field Depends)"
grep -q 'libqt6core6' <<<"$depends" || fail "Depends lacks the Qt 6 core library: $depends"
grep -q 'libqt6network6' <<<"$depends" || fail "Depends lacks the Qt 6 network library: $depends"
grep -q 'libssl' <<<"$depends" || fail "Depends lacks OpenSSL: $depends"
grep -q 'libqt6svg6' <<<"$depends" || fail "Depends lacks the SVG icon engine (libqt6svg6): $depends"
grep -q 'qt6-qpa-plugins' <<<"$depends" || fail "Depends lacks the Qt platform plugins: $depends"
grep -qw 'tor' <<<"$(field Recommends)" || fail "Recommends is '$(field Recommends)'"
grep -qw 'redis-server' <<<"$(field Suggests)" || fail "Suggests is '$(field Suggests)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Description | wc -l)" -ge 3 ] || fail "Description has no long text"
synopsis="$(field Description | head -n1)"
field Description | tail -n +2 | grep -qiF "$synopsis" && fail "the long description repeats the synopsis '$synopsis'"

step "file list"
dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/files"
expected=(
    ./usr/bin/btc-worker
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/btc-worker.1.gz
    ./usr/lib/systemd/user/btc-worker.service
    ./usr/share/doc/btc-worker/copyright
    ./usr/share/doc/btc-worker/changelog.Debian.gz
)
for size in 16 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/files" || fail "the package lacks $path"
done
if grep -q '^\./usr/local/\|_CPack_Packages' "$work/files"; then
    fail "the package has files outside /usr: $(grep '^\./usr/local/\|_CPack_Packages' "$work/files" | head -3)"
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"

step "desktop entry and AppStream metadata"
desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no <release> for version $version"
icon="$(sed -n 's/^Icon=//p' "$share/applications/$app_id.desktop")"
[ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon names no installed icon"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo does not launch $app_id.desktop"

step "icon sizes"
png_size() { # width x height from the PNG header (IHDR at byte 16)
    od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}
for size in 16 32 48 64 128 256 512; do
    got="$(png_size "$share/icons/hicolor/${size}x${size}/apps/$app_id.png")"
    [ "$got" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $got"
done

step "licence and changelog"
doc="$share/doc/btc-worker"
head -n1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "the copyright file is not machine-readable (DEP-5)"
grep -qx 'License: Expat' "$doc/copyright" || fail "the copyright file does not give the MIT (Expat) licence"
gzip -dc "$doc/changelog.Debian.gz" | head -n1 | grep -q "^btc-worker ($deb_version) " ||
    fail "changelog.Debian.gz does not start with version $deb_version"
grep -q '<project_license>MIT</project_license>' "$share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no project_license MIT"

step "systemd user unit"
unit="$root/usr/lib/systemd/user/btc-worker.service"
grep -qx 'ExecStart=/usr/bin/btc-worker --headless' "$unit" || fail "ExecStart: $(grep ExecStart "$unit")"
for line in Restart=on-failure NoNewPrivileges=yes PrivateTmp=yes WantedBy=default.target; do
    grep -qx "$line" "$unit" || fail "the unit lacks $line"
done
if command -v systemd-analyze >/dev/null; then
    # verify wants ExecStart to exist, so point a copy at the extracted binary.
    sed "s|^ExecStart=/usr/bin/btc-worker|ExecStart=$root/usr/bin/btc-worker|" "$unit" >"$work/btc-worker.service"
    timeout 30 systemd-analyze verify --man=no "$work/btc-worker.service" 2>"$work/verify.log" ||
        { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }
    if grep -v 'Failed to parse system call, ignoring' "$work/verify.log" | grep -q 'btc-worker.service'; then
        cat "$work/verify.log" >&2
        fail "systemd-analyze warns about the unit"
    fi
fi

binary="$root/usr/bin/btc-worker"
step "man page against --help"
page="$work/btc-worker.1"
gzip -dc "$share/man/man1/btc-worker.1.gz" >"$page"
grep -q "^\.TH BTC-WORKER 1 .*\"btc-worker $version\"" "$page" || fail "the man page header: $(grep '^\.TH' "$page")"
options="$("$binary" --help | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)"
[ "$(wc -l <<<"$options")" -ge 5 ] || fail "--help lists too few options: $options"
while read -r option; do
    grep -qF -- "\\fB${option//-/\\-}\\fR" "$page" || fail "the man page does not document $option"
done <<<"$options"
if command -v man >/dev/null; then
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 timeout 30 man --warnings -l "$page" 2>&1 >/dev/null || true)"
    [ -z "$warnings" ] || fail "man reports: $warnings"
fi

step "the packaged binary runs"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
got="$(timeout 20 "$binary" --version)" || fail "--version failed"
[ "$got" = "btc-worker $version" ] || fail "--version printed '$got'"

timeout 60 "$binary" --headless --api-bind 127.0.0.1 --api-port 0 --no-tor --data-dir "$work/data" \
    >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 100); do # up to 20 s for the "listening on" line
    url="$(sed -n 's|.*listening on \(http://127\.0\.0\.1:[0-9]*\).*|\1|p' "$work/server.out")"
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
[ -n "$url" ] || { cat "$work/server.out" "$work/server.err" >&2; fail "the headless server did not start"; }
# The API wants the per-start token from the cookie next to the data (Authorization: Bearer).
[ -s "$work/data/api.cookie" ] || fail "no API token in $work/data/api.cookie"
status="$(curl -sS --max-time 10 -H "Authorization: Bearer $(cat "$work/data/api.cookie")" -o "$work/servers.json" \
    -w '%{http_code}' "$url/electrum/servers?network=mainnet")" ||
    fail "curl $url/electrum/servers"
[ "$status" = 200 ] || fail "/electrum/servers answered $status: $(head -c 300 "$work/servers.json")"
grep -qE '"count": *[1-9]' "$work/servers.json" ||
    fail "/electrum/servers lists no bundled servers: $(head -c 300 "$work/servers.json")"

kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=""
[ "$code" -eq 0 ] || fail "the headless server exited with $code on SIGTERM (124 means it ignored it)"

if [ -n "$keep_dir" ]; then
    mkdir -p "$keep_dir"
    rm -f "$keep_dir"/btc-worker_*.deb
    cp "$deb" "$keep_dir/"
    echo "-- kept $keep_dir/$(basename "$deb")"
fi

echo "PASS: $(basename "$deb")"
