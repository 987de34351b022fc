#!/bin/sh
# peregrine eval quotes on the PolNeAR dev split (../shared/data/polnear):
# prints precision, recall and F1 of sources, cues and contents.  Skipped
# (77) when ../shared is absent.  The figures are reported, not timed; the
# checks are floors that catch regressions: of the rules alone (no parse;
# measured source overlap F1 0.72, content 0.76), and of the parse frames
# with the learned cue model data/models/quotes.pgnm (--parse, as `peregrine
# code` runs; measured source 0.770, content 0.782 -- the rules alone with the
# parse give 0.72 and 0.76, below the floor: a model that is not loaded or
# no longer helps fails here).
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
awk -v s="$src" -v c="$con" 'BEGIN { exit !(s >= 0.68 && c >= 0.72) }' \
    || fail "overlap F1 fell: source $src, content $con"
fig=$("$PGN" eval quotes --gold "$DEV" --parse) || fail "eval quotes --parse exit status"
echo "$fig"
src=$(f1 source)
con=$(f1 content)
awk -v s="$src" -v c="$con" 'BEGIN { exit !(s >= 0.755 && c >= 0.77) }' \
    || fail "overlap F1 with the parse and the quotes model fell: source $src, content $con"
echo "polnear: ok"
