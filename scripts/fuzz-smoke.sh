#!/bin/sh
# scripts/fuzz-smoke.sh BUILD_DIR SECONDS -- runs every fuzz target built in
# BUILD_DIR/fuzz for SECONDS on a copy of its seed corpus (fuzz/corpus/NAME).
# Fails when a target crashes, leaks or times out.
set -eu
build=$1
secs=$2
root=$(cd "$(dirname "$0")/.." && pwd)
found=0
for t in "$build"/fuzz/fuzz_*; do
    [ -x "$t" ] || continue
    found=1
    name=$(basename "$t")
    work=$(mktemp -d)
    if [ -d "$root/fuzz/corpus/$name" ]; then
        cp -r "$root/fuzz/corpus/$name/." "$work/"
    fi
    echo "fuzz-smoke: $name for ${secs}s"
    "$t" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
         -print_final_stats=1 "$work" 2>"$work.log" || {
        tail -n 60 "$work.log"
        echo "fuzz-smoke: $name FAILED"
        exit 1
    }
    grep -E "stat::number_of_executed_units" "$work.log" || true
    rm -rf "$work" "$work.log"
done
[ "$found" = 1 ] || { echo "fuzz-smoke: no fuzz targets in $build/fuzz"; exit 1; }
echo "fuzz-smoke: all targets ran clean"
