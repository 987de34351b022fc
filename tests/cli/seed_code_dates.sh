#!/bin/sh
# The seed article (../shared/data/seed, dated 2022-07-05) through `peregrine
# code`: the dates the issue asks for are visible in the output.
#  - the NATO summit: "At a NATO summit on June 28, ... Stoltenberg said the
#    alliance needed ..." -- the quote carries the day of its cue's clause;
#  - the Winter Olympics manifesto: "China and Russia presented a manifesto
#    ... on February 4 that was ... statement of Russian and Chinese resolve
#    to work together" -- the events told in the relative clause, with no
#    date of their own, take that day up the parse (whether or not the
#    quotes model makes "presented" a cue; if it does, that quote carries
#    the day too);
#  - "the aftermath of the invasion of Ukraine" is no date: no time
#    expression covers it and nothing is dated by it.
# Skipped (77) without ../shared.
set -u
. "$4/tests/cli/lib/seed.sh"
out=$("$PGN" code "$SEED") || fail "peregrine code failed"
printf '%s\n' "$out" | python3 -c '
import json, sys
d = json.loads(sys.stdin.readline())
def fail(msg):
    print("FAIL: " + msg); sys.exit(1)
qs = d.get("quotes", [])
def quote(cue, speaker, date):
    for q in qs:
        if (q.get("cue") or {}).get("text") == cue and speaker in (q.get("speaker") or {}).get("text", ""):
            if q.get("date") != date:
                fail("quote %s/%s dated %s, want %s" % (speaker, cue, q.get("date"), date))
            return q
    fail("no quote %s/%s" % (speaker, cue))
quote("said", "Stoltenberg", "2022-06-28")
if any((q.get("cue") or {}).get("text") == "presented" for q in qs):
    quote("presented", "China and Russia", "2022-02-04")
text = open(sys.argv[1], encoding="utf-8").read()
m0 = text.index("on February 4 that was")
m1 = text.index(".", m0)
inside = [e for e in d["events"] if m0 <= e["trigger"]["start"] < m1]
if not inside: fail("no event told in the manifesto")
for e in inside:
    if e["date"] != "2022-02-04":
        fail("event %s in the manifesto dated %s" % (e["trigger"]["text"], e["date"]))
# the quote of "the NATO chief" has no date of its own: no day in its clause
chief = quote("added", "the NATO chief", None)
# nothing is dated by "the aftermath of the invasion"
a = text.index("aftermath")
for e in d["events"]:
    if e["trigger"]["start"] <= a < e["trigger"]["end"]:
        fail("an event triggered by the aftermath")
' "$SEED" || exit 1
dates=$("$PGN" dates --date 2022-07-05 "$SEED") || fail "peregrine dates failed"
printf '%s\n' "$dates" | grep -q 'aftermath\|invasion' && fail "a time expression in the aftermath of the invasion"
echo "seed_code_dates: ok"
