#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says; prints the files and how to fix them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/btcw-format.$$; then
    grep -o '^[^:]*:[0-9]*:[0-9]*: error' /tmp/btcw-format.$$ | cut -d: -f1 | sort -u | sed 's/^/  not formatted: /' >&2
    echo "Run: clang-format -i <file> (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -1))" >&2
    rm -f /tmp/btcw-format.$$
    exit 1
fi
rm -f /tmp/btcw-format.$$
echo "format: ${#files[@]} files formatted as .clang-format says"
