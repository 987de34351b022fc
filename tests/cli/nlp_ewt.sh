#!/bin/sh
# The committed models on UD English EWT dev (needs ../shared; skipped
# otherwise).  Figures are printed, only sanity-checked: accuracy targets are
# reported by `peregrine eval ud` and data/models/README, not asserted here.
set -u
PGN=$1
SHARED=$3
SRC=$4
dev="$SHARED/data/ud-en-ewt/en_ewt-ud-dev.conllu"
[ -f "$dev" ] || { echo "nlp_ewt: skipped (no $dev)"; exit 77; }
[ -f "$SRC/data/models/tagger.pgnm" ] || { echo "nlp_ewt: skipped (no models)"; exit 77; }
out=$("$PGN" eval ud --gold "$dev" --model "$SRC/data/models") || { echo "FAIL: eval ud"; exit 1; }
echo "$out"
echo "$out" | awk '/^UPOS/ { ok = $2 > 90 } END { exit !ok }' || { echo "FAIL: UPOS"; exit 1; }
echo "nlp_ewt: ok"
