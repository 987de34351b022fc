#!/bin/sh
# scripts/install-deps.sh -- install the Debian 12 packages Peregrine needs to
# build, test, fuzz and run its demo.  Does nothing when all are present, so
# `make demo` and `make test` can call it on every run.  python3 reads
# JSON output in a few CLI tests.
set -eu

PACKAGES="build-essential cmake pkg-config clang libclang-rt-14-dev \
zlib1g-dev libzstd-dev libdeflate-dev libutf8proc-dev libjansson-dev libcmocka-dev \
libsqlite3-dev zstd gzip python3"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root or sudo to install:$missing" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
