#!/bin/sh
# `peregrine code` and `peregrine eval events`: options, usage errors, and
# the scorer reading our development set.
set -u
PGN=$1
SRC=${4:-.}
fail() { echo "FAIL: $*"; exit 1; }

"$PGN" code --format nosuch /dev/null 2>/dev/null; [ $? -eq 2 ] || fail "bad --format should exit 2"
"$PGN" code --input nosuch /dev/null 2>/dev/null; [ $? -eq 2 ] || fail "bad --input should exit 2"
"$PGN" eval events 2>/dev/null; [ $? -eq 2 ] || fail "eval events without --gold should exit 2"
"$PGN" eval events --gold /nonexistent/gold.jsonl 2>/tmp/pgn_ev_err.$$; rc=$?
[ $rc -eq 1 ] || fail "missing gold file should exit 1"
grep -q "/nonexistent/gold.jsonl" /tmp/pgn_ev_err.$$ || fail "error should name the gold file"
rm -f /tmp/pgn_ev_err.$$
"$PGN" code --data /nonexistent /dev/null 2>/dev/null; [ $? -eq 1 ] || fail "missing data dir should exit 1"
"$PGN" code --format gdelt /dev/null 2>/dev/null | head -n 1 | grep -q '^GLOBALEVENTID	SQLDATE' ||
    fail "gdelt output starts with its header"
out=$("$PGN" eval events --gold "$SRC/tests/data/events/dev.jsonl" 2>/dev/null)
echo "$out" | grep -q '^texts *4[0-9][0-9] ' || fail "dev set has at least 400 texts"
echo "$out" | grep -q '^category accuracy' || fail "category accuracy printed"
echo "$out" | grep -q '^whole events P/R/F1' || fail "whole-event P/R/F1 printed"
echo "events: ok"
