# tests/cli/lib/seed.sh -- sourced by the seed-article tests (not a test:
# the CLI tests are the *.sh files one level up).  With the caller's
# arguments (binary, tests/data, ../shared, source root) it sets PGN and
# SEED, skips (77) when ../shared is absent, and defines fail().
PGN=$1
SEED="$3/data/seed/000_531a3ddd1fc5c7d1.txt"
[ -f "$SEED" ] || { echo "$(basename "$0"): the seed article is absent (../shared), skipped"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
