#!/bin/sh
# `peregrine eval tokenize` on UD English EWT dev from ../shared (skipped
# when absent).  Prints the figures; checks only that they are sane (figures
# are reported, never asserted as targets here).
set -u
PGN=$1
SHARED=$3
gold="$SHARED/data/ud-en-ewt/en_ewt-ud-dev.conllu"
[ -f "$gold" ] || { echo "skipped: $gold absent"; exit 77; }
out=$("$PGN" eval tokenize --gold "$gold") || { echo "FAIL: exit status"; exit 1; }
echo "$out"
echo "$out" | grep -Eq '^Tokens +[0-9]+\.[0-9]+ +[0-9]+\.[0-9]+ +(9[0-9]|100)\.[0-9]+ ' ||
    { echo "FAIL: token F1 below 90"; exit 1; }
echo "$out" | grep -Eq '^Sentences +[0-9.]+ +[0-9.]+ +[0-9.]+ +2001 ' ||
    { echo "FAIL: sentences"; exit 1; }
