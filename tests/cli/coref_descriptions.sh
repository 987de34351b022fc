#!/bin/sh
# `peregrine code`: events use the actors that coreference gives definite
# descriptions the KB does not know (src/discourse/coref_desc.c).  "The two
# countries" after "China and Russia" stands for both: its events have a
# source for each, and the reciprocal "signed an agreement" makes each the
# other's target; "the 27-member bloc" after "the European Union" is the EU.
set -u
PGN=$1
fail() { echo "FAIL: $*"; exit 1; }
tmp=${TMPDIR:-/tmp}/pgn_coref_desc.$$
trap 'rm -f "$tmp"' EXIT
printf '%s\n\n%s\n\n%s\n' \
    "China and Russia held talks on Monday." \
    "The two countries signed an agreement on energy and criticised the United States." \
    "The European Union met on Tuesday, and the 27-member bloc condemned Iran." > "$tmp"
out=$("$PGN" code "$tmp") || fail "peregrine code failed"
printf '%s\n' "$out" | python3 -c '
import json, sys
d = json.loads(sys.stdin.readline())
ev = {(e["trigger"]["text"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"),
       (e["source"] or {}).get("text")) for e in d["events"]}
def want(trigger, src, tgt, text):
    if (trigger, src, tgt, text) not in ev:
        print("FAIL: no event %s %s -> %s (source text %r); events: %s" % (trigger, src, tgt, text, sorted(ev, key=str)))
        sys.exit(1)
want("criticised", "CHN", "USA", "The two countries")
want("criticised", "RUS", "USA", "The two countries")
want("signed", "CHN", "RUS", "The two countries")
want("signed", "RUS", "CHN", "The two countries")
want("condemned", "IGOEUREEC", "IRN", "the 27-member bloc")
' || exit 1
echo "coref_descriptions: ok"
