#!/usr/bin/env bash
# The long fuzz runs of issue 17: one target for N executions (default 10 million) in one run, from its grown corpus
# in fuzz/corpus-work/ (scripts/fuzz.sh builds build/fuzz and seeds it). Runs at nice 19 beside other work; prints
# the figures fuzz/README.md records (executions, seconds, exec/s, corpus, coverage, result).
#   scripts/fuzz-long.sh TARGET [RUNS]
# One libFuzzer run in fork mode (-fork=JOBS: JOBS workers at once, each a fresh child process for a few seconds to a
# few minutes, its finds merged into the corpus; -runs counts the executions of all of them). In one long process
# the sanitizer runtime's resident size grows by 0.2-1.3 MB per 1,000 executions and the rate falls to a quarter
# within an hour (3,500 to 700 exec/s for fuzz_notifications), and the default 2 GB limit ends it with a false
# out-of-memory; the same inputs replayed without sanitizers stay at 14 MB. ASan's quarantine is 64 MB, and it keeps
# no allocation stacks (malloc_context_size=0: 20 % faster and 30 % smaller in a fresh process; a failure's input is
# kept in the artifacts, where a replay with the default options gives the full report). JOBS is one per core unless
# set; libFuzzer gives job N min(N, 300) seconds.
#   JOBS=1 scripts/fuzz-long.sh fuzz_notifications 2000000
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz-long.sh TARGET [RUNS]}
runs=${2:-10000000}
jobs=${JOBS:-$(nproc)}
binary=build/fuzz/fuzz/$target
[ -x "$binary" ] || { echo "fuzz-long: $binary is missing: run scripts/fuzz.sh first" >&2; exit 2; }
work=fuzz/corpus-work/$target
artifacts=fuzz/corpus-work/artifacts/$target/
mkdir -p "$work" "$artifacts"
cp -n fuzz/corpus/"$target"/* "$work"/
log=fuzz/corpus-work/$target.long.log
start=$(date +%s)
echo "fuzz-long: $target, $runs executions, $jobs workers, from $(ls "$work" | wc -l) inputs; log $log (started $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=64:malloc_context_size=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    nice -n 19 "$binary" -fork="$jobs" -runs="$runs" -rss_limit_mb=4096 -timeout=10 -artifact_prefix="$artifacts" "$work" \
    >"$log" 2>&1 || status=$?
seconds=$(($(date +%s) - start))
last=$(tr '\r' '\n' <"$log" | grep -E '^#[0-9]+' | tail -1)
execs=$(grep -Eo '^#[0-9]+' <<<"$last" | tr -d '#')
echo "fuzz-long: $target: ${execs:-?} executions in ${seconds}s ($(( ${execs:-0} / (seconds > 0 ? seconds : 1) )) exec/s)," \
    "$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' <<<"$last"), $(grep -Eo 'job: [0-9]+' <<<"$last") processes, exit $status" \
    "$([ "$status" = 0 ] && echo '(no failure, no leak)' || echo "(see $log and $artifacts)")"
exit "$status"
