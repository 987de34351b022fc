#!/bin/sh
# peregrine quotes and eval quotes: JSON output of a hand-written article,
# and the scorer's figures on a tiny brat fixture (tests/data/quotes) whose
# system annotations are fixed, so the expected figures are worked out by
# hand: sources 1 exact and 2 overlapping of 4 predicted, 3 gold (one
# predicted span overlaps an already matched gold span and does not count);
# cues 2 of 3; contents 1 exact, 3 overlapping.  The fixture also has a
# second annotator's file (vote_b2.ann, one attribution) that must be
# ignored: the first annotator in name order is used.
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }

# --no-actors: the exact output must not depend on the KB's contents
out=$("$PGN" quotes --no-actors "$DATA/quotes/brat/text/vote.txt") || fail "quotes exit status"
echo "$out" | grep -q '"text":"\\"We are ready for an election,\\"","start":30,"end":61,"direct":true,"speaker":{"text":"the minister","start":62,"end":74},"cue":{"text":"told","start":75,"end":79},"date":null}' \
    || fail "direct quote with speaker and cue: $out"
echo "$out" | grep -q '"speaker":{"text":"two aides"' || fail "according to: $out"
# with the KB (the default) speakers covered by an actor mention get a code
out=$("$PGN" quotes "$DATA/quotes/brat/text/vote.txt") || fail "quotes with the KB exit status"
echo "$out" | grep -q '"speaker":{"text":"the minister","start":62,"end":74' || fail "with the KB: $out"
"$PGN" quotes --kb /nonexistent "$DATA/quotes/brat/text/vote.txt" >/dev/null 2>&1 && fail "a missing KB should fail"

fig=$("$PGN" eval quotes --gold "$DATA/quotes/brat" --system "$DATA/quotes/system") || fail "eval exit status"
echo "$fig"
echo "$fig" | grep -Eq '^source +3 +4 \| 0\.250 0\.333 0\.286 \| 0\.500 0\.667 0\.571$' || fail "source figures"
echo "$fig" | grep -Eq '^cue +3 +3 \| 0\.667 0\.667 0\.667 \| 0\.667 0\.667 0\.667$' || fail "cue figures"
echo "$fig" | grep -Eq '^content +3 +3 \| 0\.333 0\.333 0\.333 \| 1\.000 1\.000 1\.000$' || fail "content figures"

# --write: Peregrine's attributions as brat files, which --system scores to
# the same figures as the run that wrote them
w=$(mktemp -d)
run=$("$PGN" eval quotes --gold "$DATA/quotes/brat" --write "$w" | tail -3) || { rm -rf "$w"; fail "--write exit status"; }
grep -q "^T[0-9]*	Source 62 74	the minister$" "$w/vote_peregrine.ann" || { cat "$w/vote_peregrine.ann"; rm -rf "$w"; fail "--write source line"; }
grep -q "^E1	Source:T1 Cue:T2 Content:T3$" "$w/vote_peregrine.ann" || { cat "$w/vote_peregrine.ann"; rm -rf "$w"; fail "--write relation line"; }
back=$("$PGN" eval quotes --gold "$DATA/quotes/brat" --system "$w" | tail -3)
rm -rf "$w"
[ "$run" = "$back" ] || fail "--write then --system: $run / $back"
"$PGN" eval quotes --gold "$DATA/quotes/brat" --write /nonexistent/dir >/dev/null 2>&1 && fail "--write to a missing directory should fail"

# errors: a malformed span line names its file and line; bad usage exits 2
tmp=$(mktemp -d)
mkdir -p "$tmp/text" "$tmp/attributions"
cp "$DATA/quotes/brat/text/vote.txt" "$tmp/text/"
printf 'T1\tSource 5 x\tminister\n' > "$tmp/attributions/vote_a1.ann"
"$PGN" eval quotes --gold "$tmp" 2>"$tmp/err" >/dev/null; rc=$?
grep -q "vote_a1.ann:1: malformed span line" "$tmp/err" || { rm -rf "$tmp"; fail "malformed line message"; }
[ $rc -eq 1 ] || { rm -rf "$tmp"; fail "malformed .ann should exit 1, got $rc"; }
# training reads the gold with the same reader, so it refuses the same line
"$PGN" train quotes --train "$tmp" --out "$tmp/q.pgnm" 2>"$tmp/err" >/dev/null; rc=$?
grep -q "peregrine train quotes: .*vote_a1.ann:1: malformed span line" "$tmp/err" \
    || { cat "$tmp/err"; rm -rf "$tmp"; fail "train: malformed line message"; }
[ $rc -eq 1 ] && [ ! -e "$tmp/q.pgnm" ] || { rm -rf "$tmp"; fail "train on a malformed .ann should exit 1 and write nothing, got $rc"; }
rm -rf "$tmp"
"$PGN" eval quotes 2>/dev/null; [ $? -eq 2 ] || fail "no --gold should exit 2"
"$PGN" eval quotes --gold /nonexistent 2>/dev/null; [ $? -eq 1 ] || fail "missing dir should exit 1"
echo "quotes: ok"
