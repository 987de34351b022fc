#!/bin/sh
# `peregrine read` on its inputs: standard input, gzip and zstd files, a
# JSON Lines feed with a bad line (exit 1, an error record, the rest read),
# a directory and an empty file (clear errors, exit 1, no crash).
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Standard input, as "-" and as no file at all.
out=$("$PGN" read --no-tokens - < "$DATA/articles/wire_style.txt") || fail "stdin exit $?"
printf '%s' "$out" | grep -qF '"byline":"Nino Beridze and Aram Sargsyan"' || fail "stdin byline"
printf '%s' "$out" | grep -qF '"source":"<stdin>"' || fail "stdin source"
out=$("$PGN" read --no-tokens < "$DATA/articles/wire_style.txt") || fail "no-file stdin exit $?"
printf '%s' "$out" | grep -qF '"place":"TBILISI"' || fail "no-file stdin dateline"

# Compressed copies give the same documents.
plain=$("$PGN" read --no-tokens "$DATA/articles/portal_style.txt" | sed 's/"id":"[^"]*","source":"[^"]*"//')
if command -v gzip >/dev/null; then
    gzip -c "$DATA/articles/portal_style.txt" > "$tmp/a.gz"
    gz=$("$PGN" read --no-tokens "$tmp/a.gz" | sed 's/"id":"[^"]*","source":"[^"]*"//')
    [ "$gz" = "$plain" ] || fail "gzip differs"
fi
if command -v zstd >/dev/null; then
    zstd -q -c "$DATA/articles/portal_style.txt" > "$tmp/a.zst"
    zs=$("$PGN" read --no-tokens "$tmp/a.zst" | sed 's/"id":"[^"]*","source":"[^"]*"//')
    [ "$zs" = "$plain" ] || fail "zstd differs"
fi

# The feed: 6 records, line 3 an error record, exit status 1.
"$PGN" read --no-tokens "$DATA/articles/feed.jsonl" > "$tmp/feed.out" 2> "$tmp/feed.err"
[ $? -eq 1 ] || fail "feed with a bad line should exit 1"
[ "$(wc -l < "$tmp/feed.out")" -eq 6 ] || fail "feed should give 6 records"
sed -n 3p "$tmp/feed.out" | grep -qF '"error":{' || fail "line 3 is not an error record"
sed -n 3p "$tmp/feed.out" | grep -qF '"line":3' || fail "error record names no line"
grep -qF 'feed.jsonl:3: byte ' "$tmp/feed.err" || fail "stderr names no file:line: byte"
sed -n 5p "$tmp/feed.out" | grep -qF '"id":"feed-005"' || fail "line 5 not read after the error"

# A directory and an empty file: error records, exit 1.
"$PGN" read "$DATA" > "$tmp/dir.out" 2> "$tmp/dir.err"
[ $? -eq 1 ] || fail "directory should exit 1"
grep -qF 'directory' "$tmp/dir.err" || fail "directory message"
: > "$tmp/empty.txt"
"$PGN" read "$tmp/empty.txt" > "$tmp/empty.out" 2> "$tmp/empty.err"
[ $? -eq 1 ] || fail "empty file should exit 1"
grep -qF '"code":"empty input"' "$tmp/empty.out" || fail "empty file record"

# Binary junk: documents or errors, never a crash (status 0 or 1).
head -c 4096 "$PGN" > "$tmp/junk.bin"
"$PGN" read --no-tokens "$tmp/junk.bin" > /dev/null 2>&1
[ $? -le 1 ] || fail "binary junk crashed"
# Documents without an id are named after their file (and line, in JSONL).
"$PGN" read --no-tokens "$DATA/articles/wire_style.txt" | grep -qF '"id":"wire_style"' || fail "default id of an article"
printf '{"text":"One line."}\n' > "$tmp/noid.jsonl"
"$PGN" read --no-tokens "$tmp/noid.jsonl" | grep -qF '"id":"noid.jsonl:1"' || fail "default id of a JSONL record"
echo "read_inputs: ok"
