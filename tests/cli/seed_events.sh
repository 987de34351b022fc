#!/bin/sh
# The seed article's events (../shared/data/seed): Xi's reported refusal to
# visit Russia is coded as Xi's (CHNGOV -> RUS, 125), and no one visits
# Russia: neither the Kremlin, which only refutes the reports, nor Putin, who
# holds an invitation to visit China ("and Xi Jinping -- to visit Russia").
# Skipped (77) when ../shared is absent.
set -u
. "$4/tests/cli/lib/seed.sh"
rows=$("$PGN" code --format tsv "$SEED" | tail -n +2 | cut -f 6,10,14) || fail "code exit status"
tab=$(printf '\t')
printf '%s\n' "$rows" | grep -q "^CHNGOV${tab}RUS${tab}125$" || fail "Xi's refusal to visit Russia"
printf '%s\n' "$rows" | grep -q "^RUSGOV${tab}RUS${tab}042$" && fail "a Russian visit to Russia"
printf '%s\n' "$rows" | grep -q "^RUSGOV${tab}RUSGOV${tab}042$" && fail "a Russian visit to Russia"
echo "seed_events: ok"
