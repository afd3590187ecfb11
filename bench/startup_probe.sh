#!/usr/bin/env bash
# Starts `btc-worker --headless` on a free port and returns as soon as it prints that the API is listening, then
# stops it. Timed by hyperfine in bench/run.sh. Usage: startup_probe.sh BINARY DATA_DIR
set -euo pipefail
bin=$1
data=$2
coproc APP { exec "$bin" --headless --api-port 0 --data-dir "$data" --no-tor --allow-private-targets 2>/dev/null; }
pid=$APP_PID
status=1
while IFS= read -r -t 10 line <&"${APP[0]}"; do
    if [[ $line == *"listening on"* ]]; then
        status=0
        break
    fi
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exit $status
