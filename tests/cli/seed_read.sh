#!/bin/sh
# The seed article of ../shared (read-only, not in the repository): the
# metadata and cleaning issue 2 asks for.  Skipped when ../shared is absent.
set -u
PGN=$1
SHARED=$3
seed="$SHARED/data/seed/000_531a3ddd1fc5c7d1.txt"
[ -f "$seed" ] || { echo "seed_read: $seed absent, skipped"; exit 77; }
fail() { echo "FAIL: $*"; echo "$out" | head -c 3000; exit 1; }

out=$("$PGN" read --no-tokens "$seed") || fail "exit status $?"
has() { printf '%s' "$out" | grep -qF -- "$1" || fail "missing $1"; }
has '"title":"Kremlin refutes reports about Xi Jinping'"'"'s denial to visit Russia at Putin'"'"'s request"'
has '"published":"2022-07-05T17:05:00+05:30"'
has '"updated":"2022-07-05T17:05:00+05:30"'
has '"byline":"Aparna Shandilya"'
has '"image_credits":["AP","self"]'
has '"kind":"heading","start":'
# (the article has a no-break space after "condemn")
printf '%s' "$out" | grep -qE '"kind":"heading","start":[0-9]+,"end":[0-9]+,"text":"Stoltenberg disappointed that China has not been able to condemn[^"]{1,3}Russian invasion of Ukraine"' ||
    fail "heading block"

# Nothing removed may be left in a kept block: cut the kept blocks out of
# the JSON ("blocks":[...] comes before "removed":[...]).
kept=$(printf '%s' "$out" | sed 's/.*"blocks":\[\(.*\)\],"removed":.*/\1/')
[ -n "$kept" ] && [ "$kept" != "$out" ] || fail "cannot find the kept blocks"
for gone in 'Advertisement' 'Image: AP | Image:self' 'Reported by' '(With agency inputs)' \
            'Published July' 'Updated July'; do
    printf '%s' "$kept" | grep -qF -- "$gone" && fail "kept blocks contain $gone"
done
# The heading is a heading block, not a paragraph.
printf '%s' "$kept" | grep -qF '"kind":"heading","start":1666,"end":1758' || fail "heading span"
# The summary paragraph appears twice in the article; both copies stay.
n=$(printf '%s' "$kept" | grep -o '"text":"On July 5, Kremlin spokesman' | wc -l)
[ "$n" -eq 2 ] || fail "summary paragraph kept $n times, want 2"
echo "seed_read: ok"
