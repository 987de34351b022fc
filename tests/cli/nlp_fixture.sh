#!/bin/sh
# train / parse / eval ud on the fixture treebank (tests/data/fixture.conllu):
# models are trained into a temporary directory, CoNLL-U comes back with the
# given tokenization, multi-word tokens and comments, and a damaged model is
# an error naming the file (exit 1), not a crash.
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; rm -rf "$tmp"; exit 1; }
tmp=$(mktemp -d)
fx="$DATA/fixture.conllu"

"$PGN" train tagger --train "$fx" --dev "$fx" --out "$tmp/m" --seed 2 --epochs 5 >"$tmp/log" \
    || fail "train tagger"
grep -q "tagger epoch 5: .*dev UPOS" "$tmp/log" || fail "train tagger prints dev accuracy per epoch"
"$PGN" train parser --train "$fx" --dev "$fx" --out "$tmp/m" --seed 2 --epochs 5 >"$tmp/log" \
    || fail "train parser"
grep -q "parser epoch 5: .*dev UAS" "$tmp/log" || fail "train parser prints dev accuracy per epoch"
"$PGN" train tagger --out "$tmp/m" 2>/dev/null; [ $? -eq 2 ] || fail "train without --train exits 2"
"$PGN" train parser --train "$fx" --out "$tmp/none" --epochs 1 >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "train parser with no tagger exits 1"
grep -q "tagger.pgnm" "$tmp/err" || fail "train parser with no tagger names tagger.pgnm"
[ ! -e "$tmp/none/parser.pgnm" ] || fail "train parser with no tagger writes no model"

"$PGN" parse --input conllu --model "$tmp/m" "$fx" >"$tmp/out.conllu" || fail "parse --input conllu"
[ "$(grep -c '^# sent_id' "$tmp/out.conllu")" = 37 ] || fail "sentences kept"
[ "$(grep -cP '^\d+\t' "$tmp/out.conllu")" = "$(grep -cP '^\d+\t' "$fx")" ] || fail "words kept"
grep -qP "^2-3\tdidn't\t" "$tmp/out.conllu" || fail "multi-word token kept"
grep -qP "^3\tcondemned\tcondemn\tVERB\tVBD\t.*\t0\troot\t" "$tmp/out.conllu" \
    || grep -qP "^2\tcondemned\tcondemn\tVERB\tVBD\t.*\t0\troot\t" "$tmp/out.conllu" \
    || fail "a known verb is tagged, lemmatized and made root"

"$PGN" eval ud --gold "$fx" --model "$tmp/m" >"$tmp/eval" || fail "eval ud"
for k in UPOS XPOS UFeats Lemma UAS LAS; do
    grep -q "^$k " "$tmp/eval" || fail "eval ud prints $k"
done
awk '/^UPOS/ { if ($2 < 95) exit 1 }' "$tmp/eval" || fail "UPOS on training sentences"
# the kept epoch (best UAS + LAS, first of equals) printed the dev figures
# the saved model gets behind the same tagger: same tags, same weights
awk '/^parser epoch/ { for (i = 1; i < NF; i++) { if ($i == "UAS") u = $(i + 1); if ($i == "LAS") l = $(i + 1) }
                       if (u + l > best) { best = u + l; bu = u; bl = l } }
     END { print bu, bl }' "$tmp/log" >"$tmp/logged"
awk '/^UAS / { u = $2 } /^LAS / { l = $2 } END { print u, l }' "$tmp/eval" >"$tmp/evald"
cmp -s "$tmp/logged" "$tmp/evald" \
    || fail "training log's dev UAS/LAS $(cat "$tmp/logged") differ from eval ud's $(cat "$tmp/evald")"

# --branches: selectional branching keeps every word and gives each a head;
# a value out of range (or not a number) is a usage error
"$PGN" parse --input conllu --model "$tmp/m" --branches 4 "$fx" >"$tmp/b.conllu" \
    || fail "parse --branches 4"
[ "$(grep -cP '^\d+\t' "$tmp/b.conllu")" = "$(grep -cP '^\d+\t' "$fx")" ] || fail "--branches: words kept"
[ "$(grep -P '^\d+\t' "$tmp/b.conllu" | awk -F'\t' '$7 == 0' | wc -l)" = 37 ] \
    || fail "--branches: one root per sentence"
"$PGN" eval ud --gold "$fx" --model "$tmp/m" --branches 2 | grep -q "^UAS " || fail "eval ud --branches"
for bad in 65 -1 x ""; do
    "$PGN" parse --model "$tmp/m" --branches "$bad" "$fx" >/dev/null 2>&1
    [ $? -eq 2 ] || fail "--branches '$bad' exits 2"
done
# --branch-margin: a margin above every step's is the unlimited search
"$PGN" parse --input conllu --model "$tmp/m" --branches 4 --branch-margin 1000000 "$fx" \
    >"$tmp/bm.conllu" || fail "parse --branch-margin"
cmp -s "$tmp/b.conllu" "$tmp/bm.conllu" || fail "--branch-margin 1000000 differs from no margin"
"$PGN" eval ud --gold "$fx" --model "$tmp/m" --branches 1 --branch-margin 1 | grep -q "^UAS " \
    || fail "eval ud --branch-margin"
for bad in -1 x "" nan; do
    "$PGN" parse --model "$tmp/m" --branches 1 --branch-margin "$bad" "$fx" >/dev/null 2>&1
    [ $? -eq 2 ] || fail "--branch-margin '$bad' exits 2"
done

printf 'The minister condemned the attack .\n' >"$tmp/a.txt"
"$PGN" parse --model "$tmp/m" "$tmp/a.txt" >"$tmp/a.conllu" || fail "parse text"
grep -qP "^2\tminister\tminister\tNOUN\tNN\t" "$tmp/a.conllu" || fail "parse text output"

head -c 300 "$tmp/m/parser.pgnm" >"$tmp/m/p2" && mv "$tmp/m/p2" "$tmp/m/parser.pgnm"
"$PGN" parse --input conllu --model "$tmp/m" "$fx" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] || fail "damaged model exits 1"
grep -q "parser.pgnm" "$tmp/err" || fail "damaged model error names the file"
"$PGN" parse --input conllu --model "$tmp/nowhere" "$fx" >/dev/null 2>&1
[ $? -eq 1 ] || fail "missing model exits 1"
rm -rf "$tmp"
echo "nlp_fixture: ok"
