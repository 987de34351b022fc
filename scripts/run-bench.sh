#!/bin/sh
# scripts/run-bench.sh BUILD_DIR -- runs every bench program built in
# BUILD_DIR/bench and prints its figures.  Benchmarks never fail on time.
set -eu
build=$1
for b in "$build"/bench/bench_*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b"
done
