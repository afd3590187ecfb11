#!/usr/bin/env bash
# Takes docs/screenshot.png: the real app window under Xvfb, showing loopback test Electrum servers after a check.
# Needs xvfb-run and ImageMagick's import (apt install xvfb imagemagick); builds btc-worker and the test server.
# SIZE=1920x1080 sets the screen and window size (xdotool); SCENE=console opens the query console on the first server and
# sends blockchain.headers.subscribe (its decoded view), SCENE=chaintips opens Servers → Chain tips, SCENE=select clicks
# the row at ROW_Y px (default 180: the fourth row, 127.0.0.2, whose check fails), SCENE=scrolled also presses End
# (the table scrolls to its last column), SCENE=live has the first server (localhost) mine a block every 4 s and asks it
# for its tip through the console: its pooled connection follows the tip, so its row's height and the details pane's
# "last block seen" move past the answer in the console on their own; SIZE=1440x900 also shows the status bar's
# new-block message (all need xdotool).
# SCENE=watch watches localhost, 127.0.0.1 and ::1 (the settings' monitor/watched), which mine a block every 4 s each,
# a little apart as they started: the Watched and Arrival columns show the arrival lags measured (SIZE=1920x1080 shows
# every column). LANG=de_DE.UTF-8 photographs the German window.
# Everything runs on loopback; the window's settings and data live in a temporary directory.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build/screenshot}"
out="${1:-$root/docs/screenshot.png}"
app="${APP:-$build/app/btc-worker}" # APP: another build of the window to photograph

if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
targets=(btcw-test-electrum-server)
[[ -n "${APP:-}" ]] || targets+=(btc-worker)
ninja -C "$build" -j2 "${targets[@]}" >/dev/null

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Starts a test server; prints "TCP TLS" once it listens.
start_server() {
    local log="$work/server$1.log"
    shift
    "$build/tests/support/btcw-test-electrum-server" "$@" >"$log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        if grep -q 'tls=' "$log"; then
            sed -n 's/.*tcp=\([0-9]*\).*tls=\([0-9]*\).*/\1 \2/p' "$log" | head -1
            return
        fi
        sleep 0.1
    done
    echo "test server did not start: $(cat "$log")" >&2
    exit 1
}

# 127.0.0.4 is in no list: localhost announces it, and peer discovery after the check adds it.
read -r p_tcp p_tls < <(start_server 5 --blocks 144 --listen 127.0.0.4)
mine=0 others=0
[[ "${SCENE:-}" != live ]] || mine=4
[[ "${SCENE:-}" != watch ]] || mine=4 others=4
read -r a_tcp a_tls < <(start_server 1 --blocks 144 --announce "127.0.0.4:$p_tcp" --mine-every "$mine")
read -r b_tcp b_tls < <(start_server 2 --blocks 144 --mine-every "$others")
read -r c_tcp c_tls < <(start_server 3 --blocks 141 --listen 127.0.0.3)
read -r d_tcp d_tls < <(start_server 4 --blocks 144 --listen ::1 --mine-every "$others")
# A server of another chain: its check fails at the features stage.
read -r e_tcp e_tls < <(start_server 6 --blocks 144 --listen 127.0.0.5 --network testnet)
# A port nothing listens on, for a server that is down.
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

mkdir -p "$work/data" "$work/config/BTC Worker"
# A well-formed v3 address (made for this picture); with Tor off the check explains why it cannot be reached.
onion="kkp4eh757uypwe2yxnnnlct2mpsqgwe4q6uzb37ujfu46jgusb2wviad.onion"
cat >"$work/data/servers.json" <<JSON
{
  "regtest": {
    "localhost": {"s": "$a_tls", "t": "$a_tcp", "version": "1.4", "pruning": "-"},
    "127.0.0.1": {"s": "$b_tls", "t": "$b_tcp", "version": "1.4", "pruning": "-"},
    "127.0.0.3": {"t": "$c_tcp", "version": "1.4", "pruning": "-"},
    "::1": {"s": "$d_tls", "version": "1.4", "pruning": "-"},
    "127.0.0.2": {"s": "$closed", "t": "$closed", "version": "1.4", "pruning": "-"},
    "127.0.0.5": {"t": "$e_tcp", "version": "1.4", "pruning": "-"},
    "$onion": {"t": "50001", "version": "1.4", "pruning": "-"}
  }
}
JSON
# The table shows only the regtest servers, and the window checks them when it opens.
cat >"$work/config/BTC Worker/btc-worker.conf" <<INI
[ui]
checkOnStart=true

[window]
filterNetwork=regtest
INI
if [[ "${SCENE:-}" == watch ]]; then
    printf '\n[monitor]\nwatched=regtest/localhost, regtest/127.0.0.1, regtest/::1\n' >>"$work/config/BTC Worker/btc-worker.conf"
fi

# The screen is the window's size, so the picture is the window alone.
size="${SIZE:-1280x760}"
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/share" XDG_RUNTIME_DIR="$work" \
    xvfb-run --auto-servernum --server-args="-screen 0 ${size}x24" bash -c '
        "$0" --data-dir "$1" --no-tor --allow-private-targets --api-port 0 &
        app=$!
        # No window manager: size the window to the screen by hand.
        xdotool search --sync --name "BTC Worker" windowmove 0 0 windowsize "${3%x*}" "${3#*x}"
        sleep 6
        case "$4" in
        console | live)
            # A row (live: the first, localhost, the server that mines), then the console (Ctrl+Shift+C), the method
            # box (Alt+M) and Ctrl+Enter to send.
            xdotool search --sync --name "BTC Worker" windowfocus --sync
            if [ "$4" = live ]; then xdotool mousemove 120 114 click 1; else xdotool mousemove 120 150 click 1; fi
            sleep 0.5
            xdotool key ctrl+shift+c
            sleep 0.5
            xdotool key alt+m ctrl+a
            xdotool type --delay 5 blockchain.headers.subscribe
            xdotool key Escape ctrl+Return
            sleep 2
            if [ "$4" = live ]; then
                # Two blocks later the row and the details pane have followed the chain past the answer in the console.
                sleep 9
            fi
            ;;
        watch)
            # Three blocks or more after the check: each watched server has announced some (and been timed). Then the
            # first row and End: the table scrolls to its last columns, Watched and Arrival.
            sleep 14
            xdotool search --sync --name "BTC Worker" windowfocus --sync
            xdotool mousemove 60 115 click 1
            sleep 0.5
            xdotool key End
            sleep 1
            ;;
        chaintips)
            xdotool search --sync --name "BTC Worker" windowfocus --sync
            xdotool key alt+s t
            sleep 1
            ;;
        scrolled)
            # The same row, then End: the table scrolls to its last column while Host stays in place.
            xdotool search --sync --name "BTC Worker" windowfocus --sync
            xdotool mousemove 60 "$5" click 1
            sleep 0.5
            xdotool key End
            sleep 1
            ;;
        select)
            # One row picked by its height on the screen (ROW_Y), so the details pane shows that server.
            xdotool search --sync --name "BTC Worker" windowfocus --sync
            xdotool mousemove 60 "$5" click 1
            sleep 1
            ;;
        esac
        import -window root "$2"
        kill $app
        wait $app 2>/dev/null || true
    ' "$app" "$work/data" "$out" "$size" "${SCENE:-table}" "${ROW_Y:-180}"
[[ -s "$out" ]] || { echo "no picture was taken (are xdotool and import installed?)" >&2; exit 1; }
echo "wrote $out"
