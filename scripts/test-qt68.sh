#!/usr/bin/env bash
# Builds BTC Worker against Qt 6.8 (Debian 13's) in a minimal Debian 13 root and runs its tests there, with
# warnings as errors (the ci preset's settings).
# Usage: scripts/test-qt68.sh [--all]
#   default  the unit tests (label unit) and the API tests (tests/api): what CI runs, to stay in its time budget
#   --all    every test label (unit, integration, gui, tor, redis); installs tor, redis and xvfb in the root too
# Needs root, debootstrap and the network to the Debian mirror the machine's apt sources name. Everything stays in
# build/qt68 (root, build tree, ccache) and build/cache (.debs). The root is kept for the next run when it has the
# same package list; BTCW_QT68_FRESH=1 makes a new one. Processes in the root are ended and everything mounted
# under it is unmounted on exit, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/debian-root.sh

all=0
[ "${1:-}" != --all ] || all=1
[ "$(id -u)" -eq 0 ] || { echo "qt68: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "qt68: debootstrap is missing (bash scripts/setup.sh)" >&2; exit 1; }
[ -f resources/swagger/node_modules/swagger-ui-dist/swagger-ui-bundle.js ] ||
    { echo "qt68: the Swagger UI assets are missing (bash scripts/setup.sh)" >&2; exit 1; }

# scripts/setup.sh's build packages under their Debian 13 names (all unchanged in trixie), plus the SVG plugins,
# which trixie moved from libqt6svg6 into qt6-svg-plugins, and ccache.
packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6 qt6-svg-plugins
    libgl-dev libssl-dev libhiredis-dev
    prometheus # promtool, for tst_apimetrics (an API test, so part of the default run)
)
((all == 0)) || packages+=(tor redis-server xvfb xauth)

work="$PWD/build/qt68"
root="$work/root"
cache="$PWD/build/cache"
jobs="${BTCW_JOBS:-$(nproc)}"
cleanup() {
    local code=$?
    root_cleanup "$root" || code=1
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
timed() { # timed NAME CMD…: runs CMD and prints how long it took
    local name="$1" t0=$SECONDS
    shift
    echo "-- $name"
    "$@"
    echo "   ($name: $((SECONDS - t0)) s)"
}

stamp="$root/.btcw-packages"
wanted="trixie ${packages[*]}"
make_root() {
    root_cleanup "$root"
    rm -rf --one-file-system "$root"
    root_create "$root" trixie "$cache/debootstrap-trixie"
}
install_packages() {
    root_apt "$root" "${packages[@]}" >"$work/apt.log" 2>&1 || { tail -n 40 "$work/apt.log" >&2; return 1; }
    echo "$wanted" >"$stamp"
}

has_packages() { # whether the kept root was made with (at least) these packages
    local p have
    [ -f "$stamp" ] || return 1
    have=" $(cat "$stamp") "
    for p in $wanted; do [[ "$have" == *" $p "* ]] || return 1; done
}

mkdir -p "$work/build" "$work/ccache"
root_cleanup "$root" # a previous run that was killed may have left mounts
if [ "${BTCW_QT68_FRESH:-0}" = 1 ] || [ ! -f "$stamp" ]; then
    timed "debootstrap --variant=minbase trixie from $(debian_mirror)" make_root
    root_mount "$root" "$cache/apt-trixie"
    timed "apt-get install the Qt 6.8 build packages" install_packages
else
    echo "-- reusing the Debian 13 root in $root (BTCW_QT68_FRESH=1 makes a new one)"
    root_mount "$root" "$cache/apt-trixie"
    has_packages || timed "apt-get install the packages the kept root lacks" install_packages
fi
echo "   Qt $(root_run "$root" dpkg-query -W -f='${Version}' qt6-base-dev), $(root_run "$root" cmake --version | head -n1)"

# The source is mounted read-only at /src; the build tree and ccache live in build/qt68 on the host.
mkdir -p "$root/src" "$root/build" "$root/ccache"
mount --bind "$PWD" "$root/src"
mount -o remount,bind,ro "$root/src"
mount --bind "$work/build" "$root/build"
mount --bind "$work/ccache" "$root/ccache"
in_root() {
    root_run "$root" env CCACHE_DIR=/ccache CCACHE_BASEDIR=/ CMAKE_CXX_COMPILER_LAUNCHER=ccache \
        QT_QPA_PLATFORM=offscreen "$@"
}

configure() {
    # -O1 without debug information: this stage proves the code builds and passes against Qt 6.8 (with gcc 14's
    # warnings as errors); the optimised, debuggable build is the ci stage's. A third less compile time.
    in_root timeout 600 cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -DNDEBUG" -DBTCW_WERROR=ON -DBTCW_REQUIRE_KEYCHAIN=ON \
        >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; return 1; }
}
timed "configure (-O1, warnings are errors, QtKeychain required)" configure

if ((all)); then
    targets=(all)
    test_args=(-LE packaging) # the DEB is Debian 12's business (tests/packaging, scripts/cleanroom-test.sh)
    test_what="every label but packaging"
    what="every test"
else
    # The unit tests' binaries and the API tests' (ctest names tests after their targets); tst_apiunderload is a
    # GUI timing test (gui label) and stays with --all.
    mapfile -t targets < <(in_root ctest --test-dir /build -N -L unit | awk '/Test +#[0-9]+:/ {print $3}'
        in_root ctest --test-dir /build -N -R '^tst_api' -LE 'redis|tor|gui' | awk '/Test +#[0-9]+:/ {print $3}')
    mapfile -t targets < <(printf '%s\n' "${targets[@]}" | sort -u)
    targets+=(btc-worker)
    regex="$(printf '%s|' "${targets[@]}")"
    test_args=(-R "^(${regex%|})\$")
    test_what="the unit and API tests"
    what="the unit and API tests (${#targets[@]} targets; --all for every label)"
fi
timed "build $what with $jobs jobs" in_root timeout 3600 cmake --build /build -j "$jobs" --target "${targets[@]}"
in_root ccache -s | sed -n 's/^ *\(Hits\|Misses\):/   ccache \1:/p' || true

# Redis and Tor tests start their own servers; GUI tests run offscreen.
timed "ctest: $test_what" in_root timeout 3600 ctest --test-dir /build -j "$jobs" --output-on-failure \
    --timeout 600 "${test_args[@]}"

echo "qt68: PASS in $((SECONDS - started)) s (Qt $(root_run "$root" dpkg-query -W -f='${Version}' qt6-base-dev))"
