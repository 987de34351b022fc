#!/bin/sh
# The whole pipeline from raw text on UD English EWT dev (`eval ud --raw`;
# needs ../shared, skipped otherwise).  Figures are printed and only
# sanity-checked; the targets are reported by `peregrine eval ud --raw`.
set -u
PGN=$1
SHARED=$3
SRC=$4
dev="$SHARED/data/ud-en-ewt/en_ewt-ud-dev.conllu"
[ -f "$dev" ] || { echo "nlp_ewt_raw: skipped (no $dev)"; exit 77; }
[ -f "$SRC/data/models/parser.pgnm" ] || { echo "nlp_ewt_raw: skipped (no models)"; exit 77; }
out=$("$PGN" eval ud --raw --gold "$dev" --model "$SRC/data/models") \
    || { echo "FAIL: eval ud --raw"; exit 1; }
echo "$out"
for m in Tokens Sentences Words UPOS XPOS UFeats Lemmas UAS LAS; do
    echo "$out" | awk -v m="$m" '$1 == m { ok = $4 > 50 && $5 > 1000 } END { exit !ok }' \
        || { echo "FAIL: $m"; exit 1; }
done
echo "nlp_ewt_raw: ok"
