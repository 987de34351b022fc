#!/bin/sh
# The actor test set (tests/data/actors/gold.txt, written by us) must keep a
# code accuracy of at least 95%; `peregrine eval actors` prints the figure.
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }

out=$("$PGN" eval actors --gold "$DATA/actors/gold.txt" --min 95) || {
    echo "$out"
    "$PGN" eval actors --gold "$DATA/actors/gold.txt" --errors | head -40
    fail "code accuracy below 95%"
}
echo "$out"
n=$(echo "$out" | awk '/^gold mentions/ {print $3}')
[ "$n" -ge 300 ] || fail "fewer than 300 gold mentions ($n)"
# the held-out set, written after the KB and scored unchanged
out=$("$PGN" eval actors --gold "$DATA/actors/heldout.txt" --min 95) || {
    echo "$out"
    fail "held-out code accuracy below 95%"
}
echo "$out"
# places named as targets and locations (data/kb/places.txt)
out=$("$PGN" eval actors --gold "$DATA/actors/places.txt" --min 95) || {
    echo "$out"
    "$PGN" eval actors --gold "$DATA/actors/places.txt" --errors | head -40
    fail "places code accuracy below 95%"
}
echo "$out"
# the second-round set (news2.txt): people, groups and sector nouns added
# in the KB's second round, written before it was first scored
out=$("$PGN" eval actors --gold "$DATA/actors/news2.txt" --min 95) || {
    echo "$out"
    "$PGN" eval actors --gold "$DATA/actors/news2.txt" --errors | head -40
    fail "news2 code accuracy below 95%"
}
echo "$out"
n=$(echo "$out" | awk '/^gold mentions/ {print $3}')
[ "$n" -ge 80 ] || fail "fewer than 80 news2 mentions ($n)"
echo "actors_eval: ok"
