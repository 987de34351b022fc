#!/bin/sh
# The command's usage contract: help for every subcommand, exit status 2 on
# usage errors, a version line.
set -u
PGN=$1
fail() { echo "FAIL: $*"; exit 1; }

"$PGN" --help | grep -q "usage: peregrine" || fail "--help"
for c in read parse code actors kb quotes dates eval train version; do
    "$PGN" "$c" --help >/dev/null || fail "$c --help exits non-zero"
    "$PGN" "$c" --help | grep -q "usage: peregrine $c" || fail "$c --help has no usage line"
done
"$PGN" version | grep -Eq '^peregrine [0-9]+\.[0-9]+\.[0-9]+$' || fail "version"
"$PGN" nosuchcommand 2>/dev/null; [ $? -eq 2 ] || fail "unknown command should exit 2"
"$PGN" 2>/dev/null; [ $? -eq 2 ] || fail "no command should exit 2"
"$PGN" read --input nope /dev/null 2>/dev/null; [ $? -eq 2 ] || fail "bad --input should exit 2"
echo "usage: ok"
