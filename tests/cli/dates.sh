#!/bin/sh
# peregrine dates and eval dates: JSON output against a given document
# date, and the written test set (tests/data/dates/news.tsv), which must
# score at least 95% (the accuracy figure itself is printed, not timed).
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'On July 5, the ministers met.\n\nThe summit opened on Wednesday, the day after the vote.\n' > "$tmp/a.txt"
out=$("$PGN" dates --date 2022-07-05 "$tmp/a.txt") || fail "dates exit status"
echo "$out" | grep -q '"anchor":"2022-07-05"' || fail "anchor: $out"
echo "$out" | grep -q '{"text":"July 5","start":3,"end":9,"sentence":0,"value":"2022-07-05","grain":"day","anchored":true}' \
    || fail "July 5: $out"
echo "$out" | grep -q '{"text":"Wednesday","start":52,"end":61,"sentence":1,"value":"2022-06-29","grain":"day","anchored":true}' \
    || fail "Wednesday: $out"
echo "$out" | grep -q '"text":"the day after","start":63,"end":76,"sentence":1,"value":null,"grain":"day","anchored":false' \
    || fail "unanchored: $out"
# no document date: relative expressions are not anchored
"$PGN" dates "$tmp/a.txt" | grep -q '"anchor":null' || fail "no anchor"
"$PGN" dates --date 2022-13-01 "$tmp/a.txt" 2>/dev/null; [ $? -eq 2 ] || fail "bad --date should exit 2"
"$PGN" dates --date July "$tmp/a.txt" 2>/dev/null; [ $? -eq 2 ] || fail "bad --date should exit 2"

fig=$("$PGN" eval dates --gold "$DATA/dates/news.tsv") || fail "eval dates exit status"
echo "$fig"
n=$(echo "$fig" | sed -n 's/^expressions *//p')
[ "$n" -ge 200 ] || fail "the test set has $n expressions, want >= 200"
acc=$(echo "$fig" | sed -n 's/^accuracy *\([0-9.]*\)%.*/\1/p')
awk -v a="$acc" 'BEGIN { exit !(a >= 95.0) }' || fail "date accuracy $acc% is below 95%"

# malformed test files name their line
printf '2022-07-05\tJuly 5\n' > "$tmp/bad.tsv"
"$PGN" eval dates --gold "$tmp/bad.tsv" 2>"$tmp/err"; [ $? -eq 1 ] || fail "malformed tsv exit"
grep -q "bad.tsv:1:" "$tmp/err" || fail "malformed tsv message"
echo "dates: ok"
