#!/bin/sh
# `peregrine eval tokenize` on a small CoNLL-U file written by us
# (tests/data/tokenize_small.conllu): the figures are worked out by hand.
# Tokens and words all match; of the 6 gold sentences, "He stayed home" and
# "and slept." are one system sentence (no mark between them), so 4 of the
# 5 system sentences are right: P 80.00, R 66.67, F1 72.73.
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }

out=$("$PGN" eval tokenize --gold "$DATA/tokenize_small.conllu") || fail "exit status $?"
echo "$out"
echo "$out" | grep -q "(2 documents, 3 paragraphs, 100 bytes of text)" || fail "header"
echo "$out" | grep -Eq '^Tokens +100\.00 +100\.00 +100\.00 +25 +25 +25$' || fail "tokens"
echo "$out" | grep -Eq '^Words +100\.00 +100\.00 +100\.00 +27 +27 +27$' || fail "words"
echo "$out" | grep -Eq '^Sentences +80\.00 +66\.67 +72\.73 +6 +5 +4$' || fail "sentences"

# --errors names the unmatched sentences.
"$PGN" eval tokenize --gold "$DATA/tokenize_small.conllu" --errors |
    grep -q "^sys-sentence	He stayed home and slept." || fail "--errors"

# Usage and bad input: exit 2 without --gold, 1 with a clear message for a
# missing file, a directory, and a malformed file.
"$PGN" eval tokenize 2>/dev/null; [ $? -eq 2 ] || fail "no --gold should exit 2"
"$PGN" eval tokenize --help | grep -q "usage: peregrine eval tokenize" || fail "--help"
err=$("$PGN" eval tokenize --gold "$DATA/no-such-file.conllu" 2>&1); [ $? -eq 1 ] || fail "missing file"
echo "$err" | grep -q "no-such-file.conllu" || fail "missing file not named: $err"
"$PGN" eval tokenize --gold "$DATA" >/dev/null 2>&1; [ $? -eq 1 ] || fail "directory"
tmp=$(mktemp)
printf '# text = A b\n1\tA\n2\tc\n\n' >"$tmp"
err=$("$PGN" eval tokenize --gold "$tmp" 2>&1); [ $? -eq 1 ] || fail "mismatched forms"
echo "$err" | grep -q ":3: the form does not match" || fail "mismatch should name line 3: $err"
printf '# text = A\nx\n' >"$tmp"
err=$("$PGN" eval tokenize --gold "$tmp" 2>&1); [ $? -eq 1 ] || fail "bad line"
echo "$err" | grep -q ":2:" || fail "bad line should name line 2: $err"
rm -f "$tmp"
echo "eval_tokenize: ok"
