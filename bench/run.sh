#!/usr/bin/env bash
# Builds the benchmark programs (Release, build/bench), runs every benchmark on loopback, prints a table and
# writes bench/results/<date>.md. Bounded: every step has a timeout; the whole run takes a few minutes.
# The API rows measure the shipped btc-worker with default settings (fresh HOME/XDG dirs, token from api.cookie),
# against nginx-light serving the same bytes as the HTTP floor; btcw-bench-api-host (limits lifted) is an EXTRA row.
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

for tool in wrk hyperfine curl cmake ninja python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/setup.sh installs it)" >&2; exit 2; }
done

targets=(btc-worker btcw-test-electrum-server btcw-bench-api-host btcw-bench-latency btcw-bench-server-farm
         btcw-bench-scan btcw-bench-parsers btcw-bench-model btcw-bench-verify-headers)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "bench: building ${targets[*]} (Release) in $build"
    timeout 1800 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBTCW_BUILD_TESTS=ON -DBTCW_BUILD_BENCH=ON >"$work/cmake.log" ||
        { cat "$work/cmake.log"; exit 1; }
    timeout 3000 ninja -C "$build" -j2 "${targets[@]}" >"$work/ninja.log" || { tail -50 "$work/ninja.log"; exit 1; }
fi
bin_app=$build/app/btc-worker
bin_server=$build/tests/support/btcw-test-electrum-server
b=$build/bench

rows=()     # "benchmark|figure|target|verdict|load" lines of the summary table (load: 1-min load average at the row)
commands=() # the exact commands run
row() {
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    rows+=("$1|$2|$3|$4|$load")
    printf '  %-52s %-44s %-22s %-7s load %s\n' "$1" "$2" "$3" "$4" "$load"
}
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

# The shipped binary as a user starts it for a loopback test: default settings from a fresh HOME and XDG dirs.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
mkdir -p "$work/app" "$work/home"
app_port=$(free_port)
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    XDG_CACHE_HOME=$work/home/.cache XDG_STATE_HOME=$work/home/.local/state \
    "$bin_app" --headless --api-port "$app_port" --data-dir "$work/app" --allow-private-targets --no-launch-tor \
    >"$work/app.out" 2>"$work/app.err" &
pids+=($!)
wait_line "$work/app.out" 'listening on' >/dev/null
app_token=$(tr -d '[:space:]' <"$work/app/api.cookie")
note_cmd "HOME=<tmp>/home XDG_{CONFIG,DATA,CACHE,STATE}_HOME=<tmp>/home/... $bin_app --headless --api-port $app_port --data-dir <tmp>/app --allow-private-targets --no-launch-tor   # token: <tmp>/app/api.cookie"

query="/electrum/query?url=127.0.0.1&port=$tcp&ssl=false&method=blockchain.block.header&params=%5B1%5D"
app_auth="Authorization: Bearer $app_token"
curl -s -o /dev/null -m 10 -H "$app_auth" "http://127.0.0.1:$app_port$query" # warm the cache once
mkdir -p "$work/nginx/html"
curl -s -D "$work/query.headers" -o "$work/nginx/html/answer.json" -m 10 -H "$app_auth" "http://127.0.0.1:$app_port$query"
cache_status=$(sed -n 's/^[Cc]ache-[Ss]tatus: *//p' "$work/query.headers" | tr -d '\r')
body_bytes=$(wc -c <"$work/nginx/html/answer.json")
echo "bench: second identical query answered with Cache-Status: ${cache_status:-<none>}, $body_bytes body bytes"
note_cmd "curl -H 'Authorization: Bearer <token>' 'http://127.0.0.1:$app_port$query'   # twice: warm, then the body nginx serves"
# The limit-lifted host (extra rows and the latency program) shares the test server; warm its cache too.
auth="Authorization: Bearer $token"
curl -s -o /dev/null -m 10 -H "$auth" "http://127.0.0.1:$api$query"

# --- API throughput and latency with wrk ---------------------------------------------------------------------
echo "bench: wrk, ${duration}s per run"
loadavg() { cut -d' ' -f1 /proc/loadavg; }
run_wrk() { # name port token path connections
    local name=$1 port=$2 tok=$3 path=$4 c=$5 out threads
    out=$work/wrk-$name-$c.txt
    threads=$((c < 2 ? c : 2))
    timeout $((duration + 30)) wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 5s --latency \
        -H "Authorization: Bearer $tok" "http://127.0.0.1:$port$path" >"$out" 2>&1 || true
    local rps p50 p99 non2xx errors total
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(wrk_ms "$out" 50%)
    p99=$(wrk_ms "$out" 99%)
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out")
    total=$(awk '/requests in/ { print $1 }' "$out")
    errors=$(sed -n 's/^ *Socket errors: *//p' "$out")
    echo "$rps|$p50|$p99|${non2xx:-0}|${total:-0}|${errors:-none}|$(loadavg)"
}
# run_wrk runs in a subshell (process substitution), so its command is noted here, before it runs.
note_wrk() { note_cmd "wrk -t2 -c$5 -d${duration}s --timeout 5s --latency -H 'Authorization: Bearer <token>' 'http://127.0.0.1:$2$4'   # $1"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.0f", 100 * a / b; else print "?" }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
both() { if [ "$1" = met ] && [ "$2" = met ]; then echo met; else echo missed; fi; }
yes_met() { if "$@"; then echo met; else echo missed; fi; }
sock() { [ "$1" != none ] && echo ", socket errors: $1"; true; }

# nginx-light: the HTTP floor of this machine, the same bytes as the cached answer, 1 and 2 worker processes.
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "bench: nginx is missing (apt-get install nginx-light; scripts/setup.sh installs it)" >&2; exit 2; }
declare -A nginx_rps
for workers in 1 2; do
    nport=$(free_port)
    d=$work/nginx
    user_line=""
    [ "$(id -u)" = 0 ] && user_line="user root root;"
    cat >"$d/nginx-$workers.conf" <<NGINX
worker_processes $workers;
$user_line
pid $d/nginx-$workers.pid;
error_log $d/error-$workers.log;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $d/tmp-body; proxy_temp_path $d/tmp-proxy; fastcgi_temp_path $d/tmp-fastcgi;
    uwsgi_temp_path $d/tmp-uwsgi; scgi_temp_path $d/tmp-scgi;
    server {
        listen 127.0.0.1:$nport;
        location / { root $d/html; default_type application/json; try_files /answer.json =404; }
    }
}
NGINX
    "$nginx_bin" -p "$d" -c "$d/nginx-$workers.conf" -g 'daemon off;' >"$d/out-$workers.log" 2>&1 &
    npid=$!
    pids+=($npid)
    for i in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$nport/x" && break; sleep 0.05; done
    cmp -s <(curl -s "http://127.0.0.1:$nport$query") "$d/html/answer.json" || echo "bench: nginx body differs" >&2
    note_cmd "$nginx_bin -p <tmp>/nginx -c <tmp>/nginx/nginx-$workers.conf -g 'daemon off;'   # worker_processes $workers, keepalive_requests 1000000, access_log off, answer.json as application/json"
    note_wrk "nginx$workers" "$nport" "$app_token" "$query" 16
    IFS='|' read -r rps p50 p99 non2xx total errors la < <(run_wrk "nginx$workers" "$nport" "$app_token" "$query" 16)
    nginx_rps[$workers]=$rps
    row "nginx-light floor, worker_processes $workers, same $body_bytes bytes, c=16" \
        "$rps req/s, p50 $p50 ms, p99 $p99 ms, $non2xx non-2xx" "floor" "-"
    kill "$npid" 2>/dev/null || true
    wait "$npid" 2>/dev/null || true
done

# The shipped binary, default settings, token holder. The cached entry lives 15 s (block.header [1] on a 20-block
# regtest chain), so warm it again right before the run; a 5 s run then sees at most one miss.
curl -s -o /dev/null -m 10 -H "$app_auth" "http://127.0.0.1:$app_port$query"
note_wrk app-query "$app_port" "$app_token" "$query" 16
IFS='|' read -r rps p50 p99 non2xx total errors la < <(run_wrk app-query "$app_port" "$app_token" "$query" 16)
row "btc-worker cached /electrum/query (block.header [1]) c=16" \
    "$rps req/s, p50 $p50 ms, p99 $p99 ms$(sock "$errors")" ">= 25,000 req/s, p99 <= 2 ms" \
    "$(both "$(yes_met ge "${rps:-0}" 25000)" "$(verdict "${p99:-999}" 2.0000001)")"
row "  same run: non-2xx answers" "$non2xx of $total" "0" "$(yes_met [ "${non2xx:-1}" = 0 ])"
row "  same run: % of nginx" \
    "$(pct "$rps" "${nginx_rps[2]}") % of nginx with 2 workers ($(pct "$rps" "${nginx_rps[1]}") % of 1 worker); btc-worker has 2 HTTP threads here" \
    ">= 60 % (same workers)" "$(yes_met ge "$(pct "$rps" "${nginx_rps[2]}")" 60)"
note_wrk app-servers "$app_port" "$app_token" /electrum/servers 16
IFS='|' read -r rps p50 p99 non2xx total errors la < <(run_wrk app-servers "$app_port" "$app_token" /electrum/servers 16)
row "btc-worker /electrum/servers c=16" \
    "$rps req/s, p50 $p50 ms, p99 $p99 ms$(sock "$errors")" ">= 30,000 req/s, p99 <= 2 ms" \
    "$(both "$(yes_met ge "${rps:-0}" 30000)" "$(verdict "${p99:-999}" 2.0000001)")"
row "  same run: non-2xx answers" "$non2xx of $total" "0" "$(yes_met [ "${non2xx:-1}" = 0 ])"

# 1,000 get_balance: a sequential loop over one kept-alive connection, then the same kind of calls as one batch.
echo "bench: 1,000 get_balance"
balance() { # mode seed
    timeout 120 python3 "$root/bench/balance_calls.py" --port "$app_port" --token-file "$work/app/api.cookie" \
        --server-port "$tcp" --mode "$1" --seed "$2"
}
note_cmd "python3 bench/balance_calls.py --port $app_port --token-file <tmp>/app/api.cookie --server-port $tcp --mode loop --seed loop   # 1,000 GET /electrum/query, one http.client connection, distinct scripthashes"
IFS='|' read -r ms bad < <(balance loop loop)
row "1,000 get_balance, sequential keep-alive loop (cold)" "$ms ms, $bad not 200" "<= 0.5 s" \
    "$(if [ "$bad" = 0 ]; then verdict "$ms" 500.0000001; else echo missed; fi)"
for pass in cold cached; do
    note_cmd "python3 bench/balance_calls.py --port $app_port --token-file <tmp>/app/api.cookie --server-port $tcp --mode batch --seed batch   # one POST /electrum/batch of 1,000 calls, $pass"
    IFS='|' read -r ms bad < <(balance batch batch)
    row "1,000 get_balance as one POST /electrum/batch ($pass)" "$ms ms, $bad failed items" "<= 150 ms" \
        "$(if [ "$bad" = 0 ]; then verdict "$ms" 150.0000001; else echo missed; fi)"
done

# Extra rows: btcw-bench-api-host, the same ApiServer code with rate and connection limits lifted (not what users get).
for endpoint in servers query; do
    path=/electrum/servers
    [ $endpoint = query ] && path=$query
    note_wrk "host-$endpoint" "$api" "$token" "$path" 16
    IFS='|' read -r rps p50 p99 non2xx total errors la < <(run_wrk "host-$endpoint" "$api" "$token" "$path" 16)
    row "EXTRA, limits lifted (btcw-bench-api-host): $endpoint c=16" \
        "$rps req/s, p50 $p50 ms, p99 $p99 ms, $non2xx non-2xx" "-" "-"
done

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
note_cmd "$b/btcw-bench-verify-headers"
v=$(grep '^RESULT verify_2016_headers' <<<"$(timeout 120 "$b/btcw-bench-verify-headers")")
row "Verify 2,016 headers (one retarget period)" "median $(field "$v" memory_median_ms) ms (max $(field "$v" memory_max_ms) ms; into the store $(field "$v" store_median_ms) ms)" "<= 20 ms" \
    "$(verdict "$(field "$v" memory_median_ms)" 20)"

# --- verify=true on transaction.get: its cost in round trips of a far server (20 ms a reply) ----------------------
echo "bench: verified transaction.get"
"$bin_server" --reply-delay 20 --blocks 100 >"$work/delayed.out" 2>"$work/delayed.err" &
pids+=($!)
line=$(wait_line "$work/delayed.out" '^tcp=')
delayed=$(sed -n 's/^tcp=\([0-9]*\).*/\1/p' <<<"$line")
note_cmd "$bin_server --reply-delay 20 --blocks 100"
note_cmd "$b/btcw-bench-latency --api-port $app_port --token-file <tmp>/app/api.cookie --verified-tx-port $delayed --samples 20   # the shipped btc-worker"
timeout 300 "$b/btcw-bench-latency" --api-port "$app_port" --token-file "$work/app/api.cookie" \
    --verified-tx-port "$delayed" --samples 20 >"$work/verified.out"
vrt=$(grep '^RESULT delayed_rpc_roundtrip ' "$work/verified.out")
vplain=$(grep '^RESULT api_tx_get_plain ' "$work/verified.out")
vver=$(grep '^RESULT api_tx_get_verified ' "$work/verified.out")
row "verify=true transaction.get, server 20 ms a reply" \
    "plain p50 $(field "$vplain" p50_ms) ms, verified $(field "$vver" p50_ms) ms (round trip $(field "$vrt" p50_ms) ms): +$(field "$vver" extra_round_trips) round trips" \
    "<= 1 extra round trip (< 1.2 measured)" "$(verdict "$(field "$vver" extra_round_trips)" 1.2)"

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
    echo "| Benchmark | Figure | Target | Verdict | Load (1 min) |"
    echo "| --- | --- | --- | --- | --- |"
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
