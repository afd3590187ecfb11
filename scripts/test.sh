#!/usr/bin/env bash
# Installs what is missing, builds once with warnings as errors, runs every test (unit, integration, gui, tor, redis,
# packaging), installs the DEB in a clean Debian 12 root, builds and tests against Qt 6.8 in a Debian 13 root, then
# builds with ASan+UBSan and runs the unit tests again under the sanitizers, then fuzzes. Each stage prints its time.
# Skips for developers (CI runs everything): BTCW_SKIP_CLEANROOM=1, BTCW_SKIP_QT68=1, BTCW_SKIP_SANITIZERS=1,
# BTCW_SKIP_FUZZ=1.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
started=$SECONDS

# stage NAME CMD…: runs CMD and prints "== stage NAME: <seconds> s" (also when it fails).
stage() {
    local name="$1" t0=$SECONDS code=0
    shift
    echo "== stage $name"
    "$@" || code=$?
    echo "== stage $name: $((SECONDS - t0)) s$( ((code == 0)) || echo " (failed with $code)")"
    return "$code"
}
skipped() { echo "== stage $1: skipped ($2=1)"; }

build_ci() {
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j "$jobs"
}
asan() {
    cmake --preset asan >/dev/null
    # Only what the unit tests need: their binaries (ctest names them after their targets).
    mapfile -t unit_targets < <(ctest --test-dir build/asan -N -L unit | awk '/Test +#[0-9]+:/ {print $3}')
    cmake --build --preset asan -j "$jobs" --target "${unit_targets[@]}"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j "$jobs"
}

stage setup bash scripts/setup.sh
stage format bash scripts/check-format.sh
stage build build_ci
# Every label, packaging included: its test keeps the checked DEB in build/ci/packages for the clean room.
stage ctest ctest --preset ci -j "$jobs"

# The DEB in a fresh minimal Debian 12 root: Depends complete, --help in German, API with token, window with SVG
# icons, purge leaves nothing (a few minutes, mostly debootstrap and apt).
if [ "${BTCW_SKIP_CLEANROOM:-0}" != 1 ]; then
    stage cleanroom timeout --kill-after=30 1200 bash scripts/cleanroom-test.sh
else skipped cleanroom BTCW_SKIP_CLEANROOM; fi

# Qt 6.8 (Debian 13) in its own root: unit and API tests only in this run, to keep CI within its time
# budget; `bash scripts/test-qt68.sh --all` runs every label.
if [ "${BTCW_SKIP_QT68:-0}" != 1 ]; then
    stage qt68 timeout --kill-after=60 2700 bash scripts/test-qt68.sh
else skipped qt68 BTCW_SKIP_QT68; fi

if [ "${BTCW_SKIP_SANITIZERS:-0}" != 1 ]; then
    stage asan asan
else skipped asan BTCW_SKIP_SANITIZERS; fi

# Fuzzing: each libFuzzer target for BTCW_FUZZ_SECONDS (default 30) on a copy of fuzz/corpus/.
if [ "${BTCW_SKIP_FUZZ:-0}" != 1 ]; then
    stage fuzz bash scripts/fuzz.sh "${BTCW_FUZZ_SECONDS:-30}"
else skipped fuzz BTCW_SKIP_FUZZ; fi
echo "== all stages: $((SECONDS - started)) s"
