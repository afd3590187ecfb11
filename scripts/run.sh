#!/usr/bin/env bash
# Installs what is missing, builds BTC Worker (release) and starts it; extra arguments go to btc-worker
# (for example --headless, --api-port 5001).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/btc-worker "$@"
