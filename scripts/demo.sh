#!/bin/sh
# scripts/demo.sh BUILD_DIR -- the main job on the bundled example article:
# its events (CAMEO, Goldstein) as Phoenix-style rows, the first event with
# its evidence as JSON, and who said what.  Plain POSIX tools only, since a
# fresh machine may have nothing else.
set -eu
pgn="$1/peregrine"
article=examples/wire-report.txt

echo "== peregrine code --format tsv $article  (EventID, Date, Source, Target, CAMEO, Goldstein)"
"$pgn" code --format tsv "$article" | cut -f 1,2,6,10,14,17

echo
echo "== peregrine code $article  (JSON Lines; the start of the document's line)"
"$pgn" code "$article" | cut -c 1-900
echo "..."

echo
echo "== peregrine quotes $article  (speaker <TAB> cue)"
"$pgn" quotes "$article" | sed 's/"speaker":{"text":"\([^"]*\)"[^}]*},"cue":{"text":"\([^"]*\)"/\n\1\t\2\n/g' |
    grep -v '^{' | grep "$(printf '\t')" || true
