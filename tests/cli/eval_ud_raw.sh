#!/bin/sh
# `eval ud --raw` on tests/data/ud_raw_small.conllu with the committed models:
# the figures were counted by hand from the differences listed in the
# fixture's header (17 gold words, 18 system words, 16 aligned).
set -u
PGN=$1
DATA=$2
SRC=$4
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$SRC/data/models/parser.pgnm" ] || { echo "eval_ud_raw: skipped (no models)"; exit 77; }
out=$("$PGN" eval ud --raw --gold "$DATA/ud_raw_small.conllu" --model "$SRC/data/models") \
    || fail "eval ud --raw"
echo "$out"
# metric gold system correct
check() {
    echo "$out" | awk -v m="$1" -v g="$2" -v s="$3" -v c="$4" -v f="$5" \
        '$1 == m { found = 1; ok = $5 == g && $6 == s && $7 == c && $4 == f } END { exit !(found && ok) }' \
        || fail "$1: want gold $2 system $3 correct $4 F1 $5"
}
check Tokens 17 18 16 91.43
check Sentences 3 4 2 57.14
check Words 17 18 16 91.43
check UPOS 17 18 15 85.71
check XPOS 17 18 15 85.71
check UFeats 17 18 16 91.43
check Lemmas 17 18 16 91.43
check UAS 17 18 13 74.29
check LAS 17 18 12 68.57
"$PGN" eval ud --raw --gold "$DATA/no-such-file.conllu" --model "$SRC/data/models" 2>/dev/null
[ $? -ne 0 ] || fail "a missing gold file is an error"
echo "eval_ud_raw: ok"
