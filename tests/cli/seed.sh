#!/bin/sh
# The seed article (../shared/data/seed): the discourse figures the issue
# asks for.  Dates against the article's date (2022-07-05): the Winter
# Olympics manifesto on February 4, the NATO summit on June 28, "earlier
# in the day" the article's own day.  Quotes: the quote beginning "No. This
# is not so." is the Kremlin spokesman's (told), the one beginning "But we
# are disappointed" the NATO chief's (added), with their actor codes from
# the KB (RUSGOV, IGOWSTNAT); who they are (Peskov,
# Stoltenberg) is coreference's part.  The article has no-break spaces, so
# the patterns allow any bytes between words.  Skipped (77) when ../shared
# is absent.
set -u
. "$4/tests/cli/lib/seed.sh"
d=$("$PGN" dates --date 2022-07-05 "$SEED") || fail "dates exit status"
echo "$d" | grep -q '"text":"February 4","start":[0-9]*,"end":[0-9]*,"sentence":[0-9]*,"value":"2022-02-04"' || fail "February 4"
echo "$d" | grep -q '"text":"June 28","start":[0-9]*,"end":[0-9]*,"sentence":[0-9]*,"value":"2022-06-28"' || fail "June 28"
echo "$d" | grep -q '"text":"earlier in the day","start":[0-9]*,"end":[0-9]*,"sentence":[0-9]*,"value":"2022-07-05"' || fail "earlier in the day"
q=$("$PGN" quotes "$SEED") || fail "quotes exit status"
echo "$q" | grep -q '"text":"\\"No. This is not so.[^}]*"direct":true,"speaker":{"text":"The[^"]*Kremlin[^"]*spokesman","start":[0-9]*,"end":[0-9]*,"code":"RUSGOV"[^}]*},"cue":{"text":"told"' \
    || fail "Peskov's quote"
echo "$q" | grep -q '"text":"\\"But we are disappointed[^}]*"direct":true,"speaker":{"text":"the[^"]*NATO[^"]*chief","start":[0-9]*,"end":[0-9]*,"code":"IGOWSTNAT"[^}]*},"cue":{"text":"added"' \
    || fail "Stoltenberg's quote"
echo "seed: ok"
