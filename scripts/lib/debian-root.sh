# shellcheck shell=bash
# Minimal Debian roots for the clean-room install test and the Qt 6.8 build (sourced, not run).
# The mirror is the one this machine's apt already uses; nothing here names a mirror host.
#   debian_mirror                         prints the first non-security URI of the apt sources
#   root_create DIR SUITE CACHE [PKG,…]   debootstrap --variant=minbase, .debs cached in CACHE
#   root_mount DIR CACHE                  /proc, /sys, /dev, /dev/pts and CACHE as apt's archive cache
#   root_run DIR CMD…                     runs CMD in the root (chroot, clean environment)
#   root_apt DIR PKG…                     apt-get install in the root, no recommends
#   root_cleanup DIR                      kills what still runs in the root, unmounts everything under it
# Each function returns non-zero on failure; callers use set -e and trap root_cleanup on EXIT.

debian_mirror() {
    local uri=""
    if [ -n "${BTCW_DEBIAN_MIRROR:-}" ]; then
        echo "$BTCW_DEBIAN_MIRROR"
        return 0
    fi
    # deb822 sources: "URIs: …" lines; the security archive has another layout, so skip it.
    uri="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }' |
        grep -v -- '-security' | head -n1 || true)"
    if [ -z "$uri" ]; then
        uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; break } }' |
            grep -v -- '-security' | head -n1 || true)"
    fi
    [ -n "$uri" ] || {
        echo "debian_mirror: no URI in /etc/apt/sources.list{,.d/}; set BTCW_DEBIAN_MIRROR" >&2
        return 1
    }
    echo "${uri%/}"
}

root_create() {
    local dir="$1" suite="$2" cache="$3" include="${4:-}" mirror
    mirror="$(debian_mirror)" || return 1
    mkdir -p "$cache"
    rm -rf "$dir"
    mkdir -p "$dir"
    local args=(--variant=minbase --cache-dir="$(cd "$cache" && pwd)")
    [ -z "$include" ] || args+=(--include="$include")
    if ! timeout 900 debootstrap "${args[@]}" "$suite" "$dir" "$mirror" >"$dir.debootstrap.log" 2>&1; then
        tail -n 30 "$dir.debootstrap.log" >&2
        [ ! -f "$dir/debootstrap/debootstrap.log" ] || tail -n 30 "$dir/debootstrap/debootstrap.log" >&2
        return 1
    fi
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    # Services in the root must not start (there is no init); apt must never ask.
    printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
    chmod 755 "$dir/usr/sbin/policy-rc.d"
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\nAcquire::Retries "3";\n' \
        >"$dir/etc/apt/apt.conf.d/90btcw"
}

# /dev is a small tmpfs with the host's device files bound one by one (no host directory is bound, so nothing
# mounted inside the root can reach the host's /dev); root_cleanup unmounts whatever is mounted under DIR.
root_mount() {
    local dir="$1" cache="$2" node
    mkdir -p "$dir/proc" "$dir/sys" "$dir/dev" "$dir/var/cache/apt/archives" "$cache"
    mount -t proc proc "$dir/proc"
    mount -t sysfs -o ro sysfs "$dir/sys"
    mount -t tmpfs -o mode=755,size=16m btcw-dev "$dir/dev"
    for node in null zero full random urandom tty; do
        touch "$dir/dev/$node"
        mount --bind "/dev/$node" "$dir/dev/$node"
    done
    mkdir -p "$dir/dev/pts" "$dir/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$dir/dev/pts"
    ln -s pts/ptmx "$dir/dev/ptmx"
    mount -t tmpfs -o size=256m btcw-shm "$dir/dev/shm"
    ln -s /proc/self/fd "$dir/dev/fd"
    ln -s /proc/self/fd/0 "$dir/dev/stdin"
    ln -s /proc/self/fd/1 "$dir/dev/stdout"
    ln -s /proc/self/fd/2 "$dir/dev/stderr"
    mount --bind "$cache" "$dir/var/cache/apt/archives"
}

root_run() {
    local dir="$1"
    shift
    chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

root_apt() {
    local dir="$1"
    shift
    root_run "$dir" timeout 900 apt-get update -qq &&
        root_run "$dir" timeout 1800 apt-get install -y -qq --no-install-recommends "$@"
}

# Processes whose root directory is DIR (or below it).
root_pids() {
    local dir pid link
    dir="$(readlink -f "$1")"
    for pid in /proc/[0-9]*; do
        link="$(readlink "$pid/root" 2>/dev/null)" || continue
        case "$link" in "$dir" | "$dir"/*) echo "${pid#/proc/}" ;; esac
    done
}

root_cleanup() {
    local dir="$1" pids mounts m
    [ -d "$dir" ] || return 0
    dir="$(readlink -f "$dir")"
    pids="$(root_pids "$dir")"
    if [ -n "$pids" ]; then
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null || true
        sleep 1
        pids="$(root_pids "$dir")"
        # shellcheck disable=SC2086
        [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
    fi
    # Deepest first; a lazy unmount when something still holds one.
    mounts="$(awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r)"
    for m in $mounts; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "root_cleanup: could not unmount $m" >&2
    done
    if awk -v d="$dir" 'index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        echo "root_cleanup: mounts remain under $dir" >&2
        return 1
    fi
}
