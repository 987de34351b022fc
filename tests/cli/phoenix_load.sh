#!/bin/sh
# All of ../shared/data/phoenix loads through --actors/--agents; problems are
# reported with file and line, never fatal.  Skipped without ../shared.
set -u
PGN=$1
SHARED=$3
P="$SHARED/data/phoenix"
[ -d "$P" ] || { echo "phoenix dictionaries absent: skipped"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
out=$("$PGN" kb stats --no-kb --actors "$P/Phoenix.Countries.actors.txt" \
      --actors "$P/Phoenix.International.actors.txt" --actors "$P/Phoenix.MilNonState.actors.txt" \
      --agents "$P/Phoenix.agents.txt" 2>&1) || fail "loading phoenix failed: $out"
echo "$out" | grep -Eq '^petrarch actors +[0-9]{4,}$' || fail "too few actors: $out"
"$PGN" kb check --no-kb --actors "$P/Phoenix.International.actors.txt" 2>&1 |
    grep -E 'Phoenix.International.actors.txt:[0-9]+:' >/dev/null || echo "(no problems in International)"
echo "phoenix_load: ok"
