#!/bin/sh
# The seed article (../shared/data/seed, dated 2022-07-05): coreference for
# actors.  "The Kremlin spokesman" is Peskov and speaks the quote "No. This
# is not so."; "the NATO chief" is Stoltenberg and speaks "But we are
# disappointed"; "The Chinese leader" is Xi Jinping; "he acknowledged" is
# Stoltenberg; "the 30-nation alliance" is NATO.  Skipped without ../shared.
set -u
. "$4/tests/cli/lib/seed.sh"

quotes=$("$PGN" quotes --date 2022-07-05 "$SEED") || fail "peregrine quotes failed"
actors=$("$PGN" actors --date 2022-07-05 "$SEED") || fail "peregrine actors failed"

# quote speakers, one a line: "content<TAB>speaker entry<TAB>speaker code"
speakers=$(printf '%s\n' "$quotes" | python3 -c '
import json, sys
for l in sys.stdin:
    for q in json.loads(l).get("quotes", []):
        s = q.get("speaker") or {}
        print("%s\t%s\t%s" % (q["text"].replace("\t", " "), s.get("entry"), s.get("code")))
') || fail "quotes output is not JSON lines"
# coref mentions, one a line: "text<TAB>entry<TAB>code<TAB>antecedent text"
corefs=$(printf '%s\n' "$actors" | python3 -c '
import json, sys
for l in sys.stdin:
    for m in json.loads(l).get("mentions", []):
        if m["how"] == "coref":
            print("%s\t%s\t%s\t%s" % (m["text"], m["entry"], m["code"], m["antecedent"]["text"]))
') || fail "actors output is not JSON lines"

speaker() {  # CONTENT-PREFIX ENTRY CODE
    printf '%s\n' "$speakers" | awk -F '\t' -v p="$1" -v e="$2" -v c="$3" \
        'index($1, p) == 1 || index($1, "\"" p) == 1 { if ($2 == e && $3 == c) found = 1 } END { exit !found }' ||
        fail "the quote beginning '$1' is not spoken by $2 ($3)"
}
speaker 'No. This is not so.' 'Dmitry Peskov' RUSGOV
speaker 'But we are disappointed' 'Jens Stoltenberg' IGOWSTNAT
speaker 'that China will soon be' 'Jens Stoltenberg' IGOWSTNAT

coref() {  # TEXT ENTRY ANTECEDENT-PATTERN
    printf '%s\n' "$corefs" | awk -F '\t' -v t="$1" -v e="$2" -v a="$3" \
        '$1 == t && $2 == e && $4 ~ a { found = 1 } END { exit !found }' ||
        fail "no coref mention '$1' resolved to $2 (antecedent matching '$3')"
}
coref 'The Chinese leader' 'Xi Jinping' 'Xi Jinping'
coref 'the NATO chief' 'Jens Stoltenberg' 'Stoltenberg'
coref 'he' 'Jens Stoltenberg' 'Stoltenberg'
# "its President Vladimir Putin": Russia's, not NATO's
coref 'its' 'Russia' '^Russia$'
# descriptions the KB does not know: "the 30-nation alliance" (and "the
# alliance" Stoltenberg speaks of) is NATO, named just before
coref 'the 30-nation alliance' 'NATO' '^NATO$'
coref 'the alliance' 'NATO' '^NATO$'
echo "seed_coref: ok"
