#!/bin/sh
# `peregrine code -j N`: the same output, in input order, whatever N is,
# with error records in their place; a bad -j is a usage error.
set -u
PGN=$1
DATA=$2
ROOT=$4
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Enough documents for several batches on 3 threads (8 per thread each).
set --
for i in 1 2 3 4 5 6 7; do
    for f in "$DATA"/articles/*.txt "$ROOT"/examples/*.txt; do set -- "$@" "$f"; done
done
set -- "$@" /nonexistent/file.txt "$DATA/articles/feed.jsonl"

"$PGN" code -j 1 "$@" > "$tmp/j1" 2>/dev/null; s1=$?
"$PGN" code -j 3 "$@" > "$tmp/j3" 2>/dev/null; s3=$?
[ $s1 -eq 1 ] || fail "-j 1: exit $s1, want 1 (one missing file, one bad JSONL line)"
[ $s3 -eq 1 ] || fail "-j 3: exit $s3, want 1"
cmp -s "$tmp/j1" "$tmp/j3" || fail "-j 3 output differs from -j 1"
n=$(grep -c '' "$tmp/j3")
[ "$n" -eq $(( $# - 2 + 1 + 6 )) ] || fail "expected one line per record, got $n"
grep -c '"events":\[{' "$tmp/j3" | grep -qv '^0$' || fail "no events coded at all"
line=$(grep -n '"error"' "$tmp/j3" | head -n 1 | cut -d: -f1)
[ "$line" -eq $(( $# - 1 )) ] || fail "the missing file's error record is at line $line"

# Output that cannot be written stops the stream: one message, exit 1, no
# hang with documents still being read or processed (on Linux /dev/full
# fails every write).
if [ -w /dev/full ]; then
    for j in 1 3; do
        "$PGN" code -j $j "$@" > /dev/full 2> "$tmp/full"; s=$?
        [ $s -eq 1 ] || fail "-j $j into /dev/full: exit $s, want 1"
        [ "$(grep -c 'write failed' "$tmp/full")" -eq 1 ] || fail "-j $j into /dev/full: want one write error"
    done
fi

"$PGN" code -j 0 "$DATA/articles/wire_style.txt" > /dev/null 2>&1
[ $? -eq 2 ] || fail "-j 0 should be a usage error"
echo "code_jobs: ok"
