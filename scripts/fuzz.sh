#!/usr/bin/env bash
# Builds the libFuzzer targets (build/fuzz, clang, ASan+UBSan) and runs each for N seconds (default 60)
# on a copy of its seed corpus in fuzz/corpus-work/. Fails if any target crashes; prints executions per target.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
targets=(fuzz_lineframer_jsonrpc fuzz_serveraddress fuzz_queryrequest fuzz_serversjson fuzz_requesthead fuzz_notifications
    fuzz_batchbody)
build=build/fuzz

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DBTCW_FUZZ=ON \
    -DBTCW_BUILD_GUI=OFF -DBTCW_BUILD_TESTS=OFF -DBTCW_WERROR=ON >/dev/null
cmake --build "$build" -j 2 --target "${targets[@]}"

failed=()
for target in "${targets[@]}"; do
    work="fuzz/corpus-work/$target"
    artifacts="fuzz/corpus-work/artifacts/$target/"
    mkdir -p "$work" "$artifacts"
    cp -n fuzz/corpus/"$target"/* "$work"/ # keeps what earlier runs found
    log="fuzz/corpus-work/$target.log"
    if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$artifacts" "$work" >"$log" 2>&1; then
        result=ok
    else
        result=CRASH
        failed+=("$target")
    fi
    # libFuzzer's last status line: "#<executions> DONE cov: … exec/s: …"
    execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    rate=$(grep -Eo 'exec/s: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    printf '%-26s %-5s %12s executions in %ss (%s exec/s)\n' "$target" "$result" "${execs:-?}" "$seconds" "${rate:-?}"
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "Crashes in: ${failed[*]} (logs and inputs in fuzz/corpus-work/)" >&2
    for target in "${failed[@]}"; do tail -40 "fuzz/corpus-work/$target.log" >&2; done
    exit 1
fi
