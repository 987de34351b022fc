#!/bin/sh
# The actor test sets (tests/data/actors, written by us; README there) must
# each keep a code accuracy of at least 95%; `peregrine eval actors` prints
# the figure, and on a failure the first errors are shown.
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }

# check SET MIN_MENTIONS: the set scores at least 95% over at least
# MIN_MENTIONS gold mentions.
check() {
    out=$("$PGN" eval actors --gold "$DATA/actors/$1.txt" --min 95) || {
        echo "$out"
        "$PGN" eval actors --gold "$DATA/actors/$1.txt" --errors | head -40
        fail "$1: code accuracy below 95%"
    }
    echo "$out"
    n=$(echo "$out" | awk '/^gold mentions/ {print $3}')
    [ "$n" -ge "$2" ] || fail "$1: fewer than $2 gold mentions ($n)"
}

check gold 300     # the development set
check heldout 100  # written after the KB and scored unchanged
check places 80    # places named as targets and locations (data/kb/places.txt)
check news2 80     # the KB's second round, written before it was first scored
echo "actors_eval: ok"
