#!/bin/sh
# `peregrine kb` and `peregrine actors`: lookups on dates, coverage counts,
# errors naming file and line, PETRARCH dictionaries from --actors/--agents.
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }

"$PGN" kb lookup Putin --date 2010-06-01 | grep -q '"code":"RUSGOV".*"role":"prime minister"' ||
    fail "Putin in 2010 is prime minister"
"$PGN" kb lookup "Jens Stoltenberg" --date 2022-07-05 | grep -q '"code":"IGOWSTNAT"' ||
    fail "Stoltenberg in 2022 is NATO's"
"$PGN" kb lookup Kremlin --date 1985 | grep -q '"code":"USRGOV"' || fail "the Kremlin in 1985 is Soviet"
"$PGN" kb lookup "Nobody Atall" 2>/dev/null; [ $? -eq 1 ] || fail "unknown name should exit 1"
"$PGN" kb lookup Putin --date July 2>/dev/null; [ $? -eq 2 ] || fail "bad date should exit 2"

stats=$("$PGN" kb stats) || fail "kb stats"
for k in countries organisations people roles; do
    echo "$stats" | grep -Eq "^$k +[1-9][0-9]*$" || fail "kb stats has no $k count"
done

# a malformed KB: the error names the file and the line
out=$("$PGN" kb stats --kb "$DATA/kb/bad/dup" 2>&1); [ $? -eq 1 ] || fail "bad KB should exit 1"
echo "$out" | grep -q "countries.txt:2:" || fail "error does not name countries.txt:2: $out"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# PETRARCH dictionaries of ours
out=$("$PGN" kb check --no-kb --actors "$DATA/kb/petrarch/actors.txt" --agents "$DATA/kb/petrarch/agents.txt" 2>&1)
echo "$out" | grep -q "actors.txt:17:" || fail "kb check does not report actors.txt:17: $out"
echo "Freedonian soldiers rebelled." > "$tmp/f.txt"
"$PGN" actors --no-kb --actors "$DATA/kb/petrarch/actors.txt" \
    --agents "$DATA/kb/petrarch/agents.txt" --date 1940-01-01 "$tmp/f.txt" 2>/dev/null | grep -q '"code":"FRDMIL"' ||
    fail "PETRARCH actor + agent should give FRDMIL"

# actors: JSON lines, undated documents say so
echo "The Kremlin said no." > "$tmp/k.txt"
"$PGN" actors "$tmp/k.txt" | grep -q '"undated":true' || fail "undated flag"
"$PGN" actors --date 2022-01-01 "$tmp/k.txt" | grep -q '"text":"The Kremlin","start":0,"end":11' ||
    fail "mention span"
echo "kb_cli: ok"
