#!/bin/sh
# The learned quotes model in the pipeline: `peregrine code` with a data
# directory whose models/quotes.pgnm is damaged must stop with a clear error
# naming the file, not run without it; without the file it codes with the
# quote rules alone; with the committed file it codes.
set -u
PGN=$1
ROOT=$4
fail() { echo "FAIL: $*"; exit 1; }
TMP=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/models"
for d in "$ROOT"/data/*; do
    [ "$(basename "$d")" = models ] || ln -s "$d" "$TMP/$(basename "$d")"
done
for f in "$ROOT"/data/models/*.pgnm; do ln -s "$f" "$TMP/models/"; done
printf 'Senator Jane Smith said on Monday that the talks with Iran had failed.\n' > "$TMP/in.txt"
PEREGRINE_DATA=$TMP "$PGN" code "$TMP/in.txt" > "$TMP/ok.json" 2> "$TMP/ok.err" \
    || fail "code with the committed model: $(cat "$TMP/ok.err")"
grep -q '"cue"' "$TMP/ok.json" || fail "no quote found with the committed model"
# damaged: one byte flipped in the middle
rm "$TMP/models/quotes.pgnm"
size=$(wc -c < "$ROOT/data/models/quotes.pgnm")
half=$((size / 2))
{ head -c "$half" "$ROOT/data/models/quotes.pgnm"; printf 'X'
  tail -c "$((size - half - 1))" "$ROOT/data/models/quotes.pgnm"; } > "$TMP/models/quotes.pgnm"
cmp -s "$TMP/models/quotes.pgnm" "$ROOT/data/models/quotes.pgnm" && fail "the copy is not damaged"
if PEREGRINE_DATA=$TMP "$PGN" code "$TMP/in.txt" > /dev/null 2> "$TMP/bad.err"; then
    fail "a damaged quotes model was accepted"
fi
grep -q 'quotes.pgnm' "$TMP/bad.err" || fail "the error does not name the file: $(cat "$TMP/bad.err")"
grep -qi 'checksum' "$TMP/bad.err" || fail "the error does not say what is wrong: $(cat "$TMP/bad.err")"
# absent: rules only
rm "$TMP/models/quotes.pgnm"
PEREGRINE_DATA=$TMP "$PGN" code "$TMP/in.txt" > /dev/null 2> "$TMP/none.err" \
    || fail "code without a quotes model: $(cat "$TMP/none.err")"
echo "quotes_model: ok"
