#!/bin/sh
# The seed article (../shared/data/seed, dated 2022-07-05): every actor the
# issue names is recognised with its 2022 code.  Skipped without ../shared.
set -u
. "$4/tests/cli/lib/seed.sh"

out=$("$PGN" actors --date 2022-07-05 "$SEED") || fail "peregrine actors failed"
# one mention a line: "text<TAB>code<TAB>entry"
lines=$(printf '%s\n' "$out" | python3 -c '
import json, sys
for l in sys.stdin:
    d = json.loads(l)
    for m in d.get("mentions", []):
        print("%s\t%s\t%s" % (m["text"], m["code"], m["entry"]))
') || fail "output is not JSON lines"

# expect TEXT-PATTERN CODE: some mention whose text matches has the code
expect() {
    printf '%s\n' "$lines" | awk -F '\t' -v p="$1" -v c="$2" '$1 ~ p && $2 == c {found=1} END {exit !found}' ||
        fail "no mention matching '$1' coded $2"
}
expect '^Kremlin$' RUSGOV
expect 'Peskov' RUSGOV
expect 'Xi Jinping' CHNGOV
expect 'Putin' RUSGOV
expect '^NATO$' IGOWSTNAT
expect 'Stoltenberg' IGOWSTNAT
expect '^the NATO chief$' IGOWSTNAT
expect '^China$' CHN
expect '^Russia$' RUS
expect '^Ukraine$' UKR
expect '^Beijing$' CHNGOV
expect '^The Chinese leader$' CHNGOV
echo "seed_actors: ok"
