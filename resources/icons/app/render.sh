#!/usr/bin/env bash
# Renders the application icon SVG into the committed PNG sizes, the Windows .ico and the macOS .icns.
# Run it after editing io.github.btcworker.BtcWorker.svg (needs rsvg-convert, icotool and png2icns:
# apt install librsvg2-bin icoutils icnsutils). The outputs are committed so builds need none of these tools.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
svg="$here/io.github.btcworker.BtcWorker.svg"

for size in 16 32 48 64 128 256 512; do
    mkdir -p "$here/png/${size}"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/png/${size}/io.github.btcworker.BtcWorker.png"
done

# The 256 px image is stored as PNG inside the .ico (Vista and later read it), which keeps the file small.
icotool --create --output "$root/packaging/windows/btc-worker.ico" \
    "$here"/png/{16,32,48,64,128}/io.github.btcworker.BtcWorker.png \
    --raw="$here/png/256/io.github.btcworker.BtcWorker.png"
# png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns "$root/packaging/macos/btc-worker.icns" \
    "$here"/png/{16,32,48,128,256,512}/io.github.btcworker.BtcWorker.png >/dev/null
echo "render: icons written"
