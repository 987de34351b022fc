/* src/text/lexicon.c -- lookups in the compiled word lists (lexicon.h). */
#include "lexicon.h"

#include <string.h>

/* Words longer than this are in no list; it bounds the stack key. */
#define MAX_WORD 32

static const pgn__word *find_key(const pgn__word *table, size_t n_table,
                                 const char *key) {
    size_t lo = 0, hi = n_table;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        /* The first byte settles most probes without a call (the order
        ** is strcmp's: bytes as unsigned char). */
        int c = (unsigned char)key[0] - (unsigned char)table[mid].key[0];
        if (c == 0) c = strcmp(key, table[mid].key);
        if (c == 0) return &table[mid];
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

const pgn__word *pgn__word_find(const pgn__word *table, size_t n_table,
                                const char *s, size_t n) {
    char key[MAX_WORD + 1];
    if (n == 0 || n > MAX_WORD) return NULL;
    memcpy(key, s, n);
    key[n] = '\0';
    const pgn__word *w = find_key(table, n_table, key);
    if (w && (w->flags & PGN__WORD_EXACT)) return w;
    int lowered = 0;
    for (size_t i = 0; i < n; i++)
        if (key[i] >= 'A' && key[i] <= 'Z') {
            key[i] = (char)(key[i] - 'A' + 'a');
            lowered = 1;
        }
    if (lowered) w = find_key(table, n_table, key);
    return w && !(w->flags & PGN__WORD_EXACT) ? w : NULL;
}
