/* src/base/arena.c -- region allocator (see arena.h for why). */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "peregrine.h"

#define ARENA_ALIGN 16
#define ARENA_MIN_CHUNK (64 * 1024)

typedef struct chunk {
    struct chunk *prev;
    size_t cap, used;
    /* payload follows, aligned */
} chunk;

struct pgn__arena {
    chunk *head;
    void *last;       /* last allocation, which may grow in place */
    size_t total;     /* bytes taken from malloc */
    size_t limit;     /* 0: none */
    long fail_after;  /* <0: never */
};

#define CHUNK_HDR ((sizeof(chunk) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

static size_t align_up(size_t n) { return (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1); }

pgn__arena *pgn__arena_new(size_t limit) {
    pgn__arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->limit = limit;
    a->fail_after = -1;
    return a;
}

void pgn__arena_free(pgn__arena *a) {
    if (!a) return;
    chunk *c = a->head;
    while (c) {
        chunk *p = c->prev;
        free(c);
        c = p;
    }
    free(a);
}

void pgn__arena_fail_after(pgn__arena *a, long n) { a->fail_after = n; }

size_t pgn__arena_used(const pgn__arena *a) { return a->total; }

static int injected_failure(pgn__arena *a) {
    if (a->fail_after < 0) return 0;
    if (a->fail_after == 0) return 1;
    a->fail_after--;
    return 0;
}

static chunk *new_chunk(pgn__arena *a, size_t need) {
    size_t cap = need > ARENA_MIN_CHUNK ? need : ARENA_MIN_CHUNK;
    /* Chunks double with the arena's size so a large document needs few. */
    if (a->total / 2 > cap) cap = a->total / 2;
    if (a->limit && a->total + CHUNK_HDR + cap > a->limit) {
        if (a->total + CHUNK_HDR + need > a->limit) return NULL;
        cap = need;
    }
    chunk *c = malloc(CHUNK_HDR + cap);
    if (!c) return NULL;
    c->prev = a->head;
    c->cap = cap;
    c->used = 0;
    a->head = c;
    a->total += CHUNK_HDR + cap;
    return c;
}

void *pgn__arena_alloc(pgn__arena *a, size_t n) {
    if (injected_failure(a)) return NULL;
    if (n == 0) n = 1;
    if (n > SIZE_MAX / 2) return NULL;
    size_t need = align_up(n);
    chunk *c = a->head;
    if (!c || c->cap - c->used < need) {
        c = new_chunk(a, need);
        if (!c) return NULL;
    }
    void *p = (char *)c + CHUNK_HDR + c->used;
    c->used += need;
    a->last = p;
    return p;
}

void *pgn__arena_calloc(pgn__arena *a, size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) return NULL;
    void *p = pgn__arena_alloc(a, count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

void *pgn__arena_grow(pgn__arena *a, void *old, size_t old_n, size_t new_n) {
    if (!old) return pgn__arena_alloc(a, new_n);
    if (new_n <= old_n) return old;
    chunk *c = a->head;
    if (old == a->last && c) {
        size_t old_need = align_up(old_n), new_need = align_up(new_n);
        if (new_need - old_need <= c->cap - c->used) {
            if (injected_failure(a)) return NULL;
            c->used += new_need - old_need;
            return old;
        }
    }
    void *p = pgn__arena_alloc(a, new_n);
    if (p) memcpy(p, old, old_n);
    return p;
}

char *pgn__arena_strndup(pgn__arena *a, const char *s, size_t n) {
    char *p = pgn__arena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *pgn__arena_strdup(pgn__arena *a, const char *s) {
    return s ? pgn__arena_strndup(a, s, strlen(s)) : NULL;
}

int pgn__vec_grow(pgn__arena *a, void **v, size_t *cap, size_t elem) {
    size_t ncap = *cap ? *cap * 2 : 16;
    if (ncap > SIZE_MAX / elem) return PGN_ENOMEM;
    void *p = pgn__arena_grow(a, *v, *cap * elem, ncap * elem);
    if (!p) return PGN_ENOMEM;
    *v = p;
    *cap = ncap;
    return 0;
}
