/* src/base/arena.h -- region allocator: one per document.
**
** Everything a document owns (its text, tokens, sentences, tags, arcs,
** events) is carved out of its arena and freed at once with it, so no stage
** frees objects one by one.  An arena has a byte limit, which keeps memory
** bounded on any input, and a test hook that makes the Nth allocation fail
** so tests can walk every allocation-failure path.
*/
#ifndef PGN_BASE_ARENA_H
#define PGN_BASE_ARENA_H

#include <stddef.h>

typedef struct pgn__arena pgn__arena;

/* limit: most bytes the arena may hold, 0 for no limit.  NULL on failure. */
pgn__arena *pgn__arena_new(size_t limit);
void pgn__arena_free(pgn__arena *a);

/* Aligned for any object; NULL when memory or the limit is exhausted. */
void *pgn__arena_alloc(pgn__arena *a, size_t n);
void *pgn__arena_calloc(pgn__arena *a, size_t count, size_t size);
/* Grows the last or any earlier allocation; the old block stays in the
** arena (it is reclaimed with it).  In place when old was the last one. */
void *pgn__arena_grow(pgn__arena *a, void *old, size_t old_n, size_t new_n);
char *pgn__arena_strndup(pgn__arena *a, const char *s, size_t n);
char *pgn__arena_strdup(pgn__arena *a, const char *s);

size_t pgn__arena_used(const pgn__arena *a);

/* Test hook: the allocation after the next n succeed fails (n < 0: never). */
void pgn__arena_fail_after(pgn__arena *a, long n);

/* A growable array in an arena.  Use with PGN__VEC_PUSH. */
#define PGN__VEC(type) struct { type *v; size_t n, cap; }

/* Makes room for one more element; evaluates to 0 or PGN_ENOMEM. */
#define PGN__VEC_RESERVE(arena, vec)                                         \
    ((vec).n < (vec).cap ? 0 : pgn__vec_grow((arena), (void **)&(vec).v,    \
                                             &(vec).cap, sizeof *(vec).v))

int pgn__vec_grow(pgn__arena *a, void **v, size_t *cap, size_t elem);

#endif
