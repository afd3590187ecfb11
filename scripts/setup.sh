#!/usr/bin/env bash
# Installs what BTC Worker needs to build, test and run on Debian 12 (apt packages, then the npm web assets).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # build
    build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev clang-format
    # Qt 6 and friends (qt6-httpserver-dev needs qt6-websockets-dev)
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev
    libssl-dev libhiredis-dev
    # run time and tests: Tor, Redis, a virtual display for screenshots
    tor redis-server xvfb xauth
    # packaging checks: desktop and AppStream validators, icon renderers (resources/icons/app/render.sh), man
    desktop-file-utils appstream librsvg2-bin icoutils icnsutils man-db curl lintian python3-yaml
    # clean-room install test and the Qt 6.8 build: minimal Debian roots made with debootstrap
    debootstrap
    # benchmarks (bench/run.sh)
    wrk hyperfine nginx-light
    # the /metrics tests: promtool lints the output, a real prometheus scrapes it on loopback
    prometheus
    # the privacy proof (tst_onionapi): every connect() of the program under "all via Tor", traced
    strace
)

# npm fetches the Swagger UI assets; use the machine's own Node.js if it has one (mixing in Debian's npm breaks it).
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Swagger UI is compiled into the binary from npm's swagger-ui-dist (pinned by package-lock.json).
if [ ! -f resources/swagger/node_modules/swagger-ui-dist/swagger-ui-bundle.js ]; then
    echo "setup: fetching swagger-ui-dist with npm"
    npm ci --prefix resources/swagger --no-audit --no-fund --loglevel=error
fi
echo "setup: done"
