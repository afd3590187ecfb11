#!/usr/bin/env bash
# Installs what is missing, builds once with warnings as errors, runs every test (unit, integration, gui, tor, redis),
# then builds with ASan+UBSan and runs the unit tests again under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/check-format.sh
jobs=$(nproc)

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"

if [ "${BTCW_SKIP_SANITIZERS:-0}" != 1 ]; then
    cmake --preset asan >/dev/null
    # Only what the unit tests need: their binaries (ctest names them after their targets).
    mapfile -t unit_targets < <(ctest --test-dir build/asan -N -L unit | awk '/Test +#[0-9]+:/ {print $3}')
    cmake --build --preset asan -j "$jobs" --target "${unit_targets[@]}"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j "$jobs"
fi

# Fuzzing: each libFuzzer target for BTCW_FUZZ_SECONDS (default 30) on a copy of fuzz/corpus/.
if [ "${BTCW_SKIP_FUZZ:-0}" != 1 ]; then bash scripts/fuzz.sh "${BTCW_FUZZ_SECONDS:-30}"; fi
