#!/bin/sh
# peregrine eval quotes on the PolNeAR dev split (../shared/data/polnear):
# prints precision, recall and F1 of sources, cues and contents.  Skipped
# (77) when ../shared is absent.  The figures are reported, not timed; the
# check is a floor that catches regressions of the rules, well below the
# figures measured when they were written (source overlap F1 0.72, content
# overlap F1 0.73).
set -u
PGN=$1
SHARED=$3
DEV="$SHARED/data/polnear/dev"
[ -d "$DEV/text" ] && [ -d "$DEV/attributions" ] || { echo "polnear: ../shared absent, skipped"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
fig=$("$PGN" eval quotes --gold "$DEV") || fail "eval quotes exit status"
echo "$fig"
f1() { echo "$fig" | awk -v l="$1" '$1 == l { print $NF }'; }
src=$(f1 source)
con=$(f1 content)
awk -v s="$src" -v c="$con" 'BEGIN { exit !(s >= 0.60 && c >= 0.60) }' \
    || fail "overlap F1 fell: source $src, content $con"
echo "polnear: ok"
