#!/usr/bin/env bash
# Builds the benchmark programs (Release, build/bench), runs every benchmark on loopback, prints a table and
# writes bench/results/<date>.md. Bounded: every step has a timeout; the whole run takes a few minutes.
# Environment: DURATION (seconds per wrk run, default 5), SKIP_BUILD=1 (use what build/bench has),
# RESULTS (output file, default bench/results/<YYYY-MM-DD>.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/bench
duration=${DURATION:-5}
results=${RESULTS:-$root/bench/results/$(date -u +%F).md}
work=$(mktemp -d /tmp/btcw-bench.XXXXXX)
export XDG_CONFIG_HOME=$work/config # no user settings leak into the measured processes
export QT_QPA_PLATFORM=offscreen
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk hyperfine curl cmake ninja; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/setup.sh installs it)" >&2; exit 2; }
done

targets=(btc-worker btcw-test-electrum-server btcw-bench-api-host btcw-bench-latency btcw-bench-server-farm
         btcw-bench-scan btcw-bench-parsers btcw-bench-model)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "bench: building ${targets[*]} (Release) in $build"
    timeout 1800 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBTCW_BUILD_TESTS=ON -DBTCW_BUILD_BENCH=ON >"$work/cmake.log" ||
        { cat "$work/cmake.log"; exit 1; }
    timeout 3000 ninja -C "$build" -j2 "${targets[@]}" >"$work/ninja.log" || { tail -50 "$work/ninja.log"; exit 1; }
fi
bin_app=$build/app/btc-worker
bin_server=$build/tests/support/btcw-test-electrum-server
b=$build/bench

rows=()     # "benchmark|figure|target|verdict" lines of the summary table
commands=() # the exact commands run
row() { rows+=("$1|$2|$3|$4"); printf '  %-52s %-44s %-22s %s\n' "$1" "$2" "$3" "$4"; }
note_cmd() { commands+=("$*"); }
# Reads a "key=value" field from a RESULT line.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
# Waits (bounded) until a file has a line matching a pattern; prints that line.
wait_line() {
    local file=$1 pattern=$2 i
    for i in $(seq 1 200); do
        if grep -q -- "$pattern" "$file" 2>/dev/null; then grep -m1 -- "$pattern" "$file"; return 0; fi
        sleep 0.05
    done
    echo "bench: timed out waiting for '$pattern' in $file" >&2
    cat "$file" >&2
    return 1
}
# wrk's latency line ("50%  1.23ms") in milliseconds.
wrk_ms() {
    awk -v p="$2" '$1 == p { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.3f", v * f }' "$1"
}
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }'; }
verdict() { if lt "$1" "$2"; then echo met; else echo missed; fi; }

echo "bench: machine"
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
mem=$(free -h | awk '/^Mem:/ { print $2 }')
qt=$(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo unknown)
compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
compiler="$("$compiler" --version | head -1)"
load=$(cut -d' ' -f1-3 /proc/loadavg)
machine="- CPU: $cpu, $(nproc) cores (nproc)
- Memory: $mem
- Kernel: $(uname -sr)
- Qt: $qt; compiler: $compiler; build type Release
- Load average before the run (1/5/15 min): $load"
echo "$machine"

# --- the test Electrum server and the API hosts -------------------------------------------------------------
"$bin_server" >"$work/server.out" 2>"$work/server.err" &
pids+=($!)
line=$(wait_line "$work/server.out" '^tcp=')
tcp=$(sed -n 's/^tcp=\([0-9]*\).*/\1/p' <<<"$line")
tls=$(sed -n 's/.*tls=\([0-9]*\).*/\1/p' <<<"$line")
note_cmd "$bin_server   # printed: $line"

mkdir -p "$work/api-host"
"$b/btcw-bench-api-host" --data-dir "$work/api-host" >"$work/api-host.out" 2>"$work/api-host.err" &
pids+=($!)
line=$(wait_line "$work/api-host.out" '^port=')
api=$(sed -n 's/^port=\([0-9]*\).*/\1/p' <<<"$line")
token_file=$(sed -n 's/.*token-file=\(.*\)$/\1/p' <<<"$line")
token=$(tr -d '[:space:]' <"$token_file")
note_cmd "$b/btcw-bench-api-host --data-dir <tmp>   # the shipped ApiServer with rate/connection limits lifted"

mkdir -p "$work/app"
"$bin_app" --headless --api-port 0 --data-dir "$work/app" --no-tor --allow-private-targets \
    >"$work/app.out" 2>"$work/app.err" &
pids+=($!)
line=$(wait_line "$work/app.out" 'listening on')
app_port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\).*|\1|p' <<<"$line")
app_token=$(tr -d '[:space:]' <"$work/app/api.cookie")
note_cmd "$bin_app --headless --api-port 0 --data-dir <tmp> --no-tor --allow-private-targets"

query="/electrum/query?url=127.0.0.1&port=$tcp&ssl=false&method=server.features"
auth="Authorization: Bearer $token"
curl -s -o /dev/null -m 10 -H "$auth" "http://127.0.0.1:$api$query"
cache_status=$(curl -s -D - -o /dev/null -m 10 -H "$auth" "http://127.0.0.1:$api$query" |
    sed -n 's/^[Cc]ache-[Ss]tatus: *//p' | tr -d '\r')
echo "bench: second identical query answered with Cache-Status: ${cache_status:-<none>}"

# --- API throughput and latency with wrk ---------------------------------------------------------------------
echo "bench: wrk, ${duration}s per run"
run_wrk() { # name port token path connections
    local name=$1 port=$2 tok=$3 path=$4 c=$5 out threads
    out=$work/wrk-$name-$c.txt
    threads=$((c < 2 ? c : 2))
    note_cmd "wrk -t$threads -c$c -d${duration}s --latency -H 'Authorization: Bearer <token>' 'http://127.0.0.1:PORT$path'"
    timeout $((duration + 30)) wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 5s --latency \
        -H "Authorization: Bearer $tok" "http://127.0.0.1:$port$path" >"$out" 2>&1 || true
    local rps p50 p99 non2xx errors
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(wrk_ms "$out" 50%)
    p99=$(wrk_ms "$out" 99%)
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out")
    errors=$(sed -n 's/^ *Socket errors: *//p' "$out")
    echo "$rps|$p50|$p99|${non2xx:-0}|${errors:-none}"
}
for endpoint in servers query; do
    path=/electrum/servers
    [ $endpoint = query ] && path=$query
    for c in 1 4 16 64; do
        IFS='|' read -r rps p50 p99 non2xx errors < <(run_wrk "$endpoint" "$api" "$token" "$path" $c)
        target="-" v="-"
        if [ "$c" = 16 ]; then target="p99 < 1 ms"; v=$(verdict "${p99:-999}" 1); fi
        extra=""
        [ "$non2xx" != 0 ] && extra=", $non2xx non-2xx"
        [ "$errors" != none ] && extra="$extra, socket errors: $errors"
        row "API $endpoint ($([ $endpoint = query ] && echo "cached server.features" || echo "list")) c=$c" \
            "$rps req/s, p50 $p50 ms, p99 $p99 ms$extra" "$target" "$v"
    done
done
# The shipped binary with its default limits (50 requests/s per client, burst 100): what one client sees.
IFS='|' read -r rps p50 p99 non2xx errors < <(run_wrk shipped "$app_port" "$app_token" /electrum/servers 16)
row "btc-worker (default limits) /electrum/servers c=16" \
    "$rps req/s, p50 $p50 ms, p99 $p99 ms, $non2xx non-2xx (429)" "-" "rate limiter"

# --- uncached query vs the network floor; first query vs pooled ----------------------------------------------
echo "bench: uncached latency"
"$b/btcw-bench-server-farm" --count 10 --slow 0 --silent 0 >"$work/fresh.out" 2>"$work/fresh.err" &
pids+=($!)
wait_line "$work/fresh.out" '^ready' >/dev/null
fresh=$(sed -n 's/^server tcp=[0-9]* tls=\([0-9]*\).*/\1/p' "$work/fresh.out" | paste -sd,)
note_cmd "$b/btcw-bench-server-farm --count 10 --slow 0 --silent 0"
note_cmd "$b/btcw-bench-latency --api-port PORT --token-file F --tcp-port $tcp --fresh-tls-ports <10 ports> --samples 300"
timeout 300 "$b/btcw-bench-latency" --api-port "$api" --token-file "$token_file" --tcp-port "$tcp" \
    --fresh-tls-ports "$fresh" --samples 300 >"$work/latency.out"
lat() { grep "^RESULT $1 " "$work/latency.out"; }
raw=$(lat raw_rpc_roundtrip)
floor=$(lat api_http_floor)
floor_kept=$(lat api_http_floor_keepalive)
pooled=$(lat api_query_uncached_pooled)
cached1=$(lat api_query_cached_1client)
first=$(lat api_query_tls_first)
second=$(lat api_query_tls_pooled)
ratio=$(field "$pooled" ratio_to_raw_p50)
row "Raw JSON-RPC round trip (kept-alive TCP)" "p50 $(field "$raw" p50_ms) ms, p99 $(field "$raw" p99_ms) ms" "-" "-"
row "API floor: GET /electrum/tor (new connection)" "p50 $(field "$floor" p50_ms) ms, p99 $(field "$floor" p99_ms) ms" "-" "-"
row "API floor: GET /electrum/tor (kept-alive connection)" "p50 $(field "$floor_kept" p50_ms) ms, p99 $(field "$floor_kept" p99_ms) ms" "-" "-"
row "API query cache=false, pooled session (kept alive)" "p50 $(field "$pooled" p50_ms) ms = ${ratio}x raw" "<= 1.2x raw" \
    "$(verdict "$ratio" 1.2000001)"
row "API query cached, one client (kept alive)" "p50 $(field "$cached1" p50_ms) ms, $(field "$cached1" cache_hits)/$(field "$cached1" n) hits" "-" "-"
row "API first TLS query (connect+TLS+version)" "p50 $(field "$first" p50_ms) ms, max-ish p99 $(field "$first" p99_ms) ms" "-" "-"
row "API second TLS query (pooled)" "p50 $(field "$second" p50_ms) ms" "-" "-"

# --- health scan over 1,000 addresses -------------------------------------------------------------------------
echo "bench: scan"
"$b/btcw-bench-server-farm" --count 100 --slow 10 --silent 5 >"$work/farm.out" 2>"$work/farm.err" &
pids+=($!)
wait_line "$work/farm.out" '^ready' >/dev/null
note_cmd "$b/btcw-bench-server-farm --count 100 --slow 10 --silent 5   # 200 live addresses (20 slow, 10 silent)"
for c in 8 32 128; do
    note_cmd "$b/btcw-bench-scan --servers-file farm.out --total 1000 --concurrency $c --budget-ms 3000"
    r=$(timeout 200 "$b/btcw-bench-scan" --servers-file "$work/farm.out" --total 1000 --concurrency $c \
        --budget-ms 3000 | grep '^RESULT scan' || true)
    wall=$(field "$r" wall_ms)
    rss=$(field "$r" peak_rss_mib)
    target="-" v="-"
    if [ $c = 128 ]; then
        target="< 10 s, RSS < 150 MB"
        v=$([ "$(verdict "${wall:-1e9}" 10000)" = met ] && [ "$(verdict "${rss:-1e9}" 143.05)" = met ] && echo met || echo missed)
    fi
    row "Scan 1,000 addresses, concurrency $c" \
        "$(awk -v w="$wall" 'BEGIN { printf "%.2f", w / 1000 }') s, peak RSS $rss MiB (ok $(field "$r" ok), failed $(field "$r" failed))" \
        "$target" "$v"
done

# --- window model, parsers ------------------------------------------------------------------------------------
echo "bench: model and parsers"
note_cmd "$b/btcw-bench-model"
m=$(timeout 120 "$b/btcw-bench-model")
fs=$(grep '^RESULT model_fill_and_sort' <<<"$m")
row "Table: fill 10,000 rows + sort by host" "median $(field "$fs" median_ms) ms (max $(field "$fs" max_ms) ms)" "< 50 ms" \
    "$(verdict "$(field "$fs" median_ms)" 50)"
row "Table: set 10,000 statuses (dynamic sort on)" "median $(field "$(grep model_set_10000 <<<"$m")" median_ms) ms" "-" "-"
row "Table: re-sort 10,000 rows by latency" "median $(field "$(grep model_sort_latency <<<"$m")" median_ms) ms" "-" "-"
note_cmd "$b/btcw-bench-parsers"
p=$(timeout 120 "$b/btcw-bench-parsers")
for shape in headers_1.4_hex headers_1.6_list; do
    r=$(grep "^RESULT parse_$shape " <<<"$p")
    row "Parse 1 MB block.headers reply ($shape)" \
        "frame $(field "$r" frame_median_ms) ms + JSON $(field "$r" json_median_ms) ms ($(field "$r" total_mb_per_s) MB/s)" "-" "-"
done

# --- start-up -------------------------------------------------------------------------------------------------
echo "bench: start-up"
mkdir -p "$work/startup"
note_cmd "hyperfine --warmup 3 --runs 20 --export-json startup.json 'bench/startup_probe.sh $bin_app <tmp>' '$bin_app --version'"
timeout 300 hyperfine -N --warmup 3 --runs 20 --export-json "$work/startup.json" \
    "$root/bench/startup_probe.sh $bin_app $work/startup" "$bin_app --version" >"$work/hyperfine.txt" 2>&1 ||
    timeout 300 hyperfine --warmup 3 --runs 20 --export-json "$work/startup.json" \
        "$root/bench/startup_probe.sh $bin_app $work/startup" "$bin_app --version" >"$work/hyperfine.txt" 2>&1
read -r start_mean start_sd version_mean < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print("%.1f %.1f %.1f" % (r[0]["mean"] * 1000, r[0]["stddev"] * 1000, r[1]["mean"] * 1000))' "$work/startup.json")
row "Start (--headless) to API listening" "mean $start_mean ms ± $start_sd ms" "< 300 ms" "$(verdict "$start_mean" 300)"
row "btc-worker --version (process + libraries)" "mean $version_mean ms" "-" "-"

# --- report ---------------------------------------------------------------------------------------------------
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$(dirname "$results")"
{
    echo "# Benchmark results $(date -u +%F)"
    echo
    echo "Run by \`bench/run.sh\` at $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
    echo "Cache-Status of a repeated /electrum/query: \`${cache_status:-none}\`."
    echo
    echo "## Machine"
    echo "$machine"
    echo "- Load average after the run: $load_after"
    echo
    echo "## Results"
    echo
    echo "| Benchmark | Figure | Target | Verdict |"
    echo "| --- | --- | --- | --- |"
    for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
    echo
    echo "## Commands"
    echo
    echo '```'
    for c in "${commands[@]}"; do echo "$c"; done
    echo '```'
    echo
    echo "## Raw output"
    echo
    echo '```'
    cat "$work/latency.out"
    echo "$m"
    echo "$p"
    cat "$work/hyperfine.txt"
    echo '```'
} >"$results"
echo "bench: wrote $results"
