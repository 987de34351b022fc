/* tests/unit/test_lin_layout.c -- the in-memory layout a linear model gets
** when it is read (src/nlp/model_io.c pgn__r_lin): two-class features kept
** in their slot, many-class features as dense rows, short lists in the
** empty slots of their slot's cache line (one-entry features of models of
** one or two classes in their slot as well).  A model written and
** read back must score exactly as the plain layout it was written from,
** with and without slot collisions, and with too many classes to inline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "nlp/nlp_int.h"

enum { SLOTS = 16 };

/* A feature key landing in slot s with fingerprint fp (odd, 16 bits). */
static uint64_t key(uint32_t s, uint32_t fp) { return (uint64_t)fp << 48 | s; }

typedef struct hand {
    pgn__lin m;
    uint32_t slot[2 * SLOTS];
    uint32_t ent[64];
} hand;

/* Puts a feature with cnt entries into the first free slot from s (linear
** probing, as the tables are built). */
static void put(hand *h, uint32_t s, uint32_t fp, uint32_t cnt) {
    while (h->slot[2 * s]) s = (s + 1) % SLOTS;
    h->slot[2 * s] = fp;
    h->slot[2 * s + 1] = cnt;   /* offsets set by finish() */
}

/* Fills the entries, in slot order (the writer relies on it): entry j of a
** feature has class first + j * step and weight base - 60 + 13 j. */
static void finish(hand *h, const uint32_t spec[][6], size_t n_spec) {
    uint32_t off = 0;
    for (uint32_t s = 0; s < SLOTS; s++) {
        if (!h->slot[2 * s]) continue;
        uint32_t cnt = h->slot[2 * s + 1];
        const uint32_t *sp = NULL;
        for (size_t k = 0; k < n_spec; k++)
            if (spec[k][1] == h->slot[2 * s]) sp = spec[k];
        assert_non_null(sp);
        for (uint32_t j = 0; j < cnt; j++) {
            uint32_t cls = sp[3] + j * sp[4];
            int w = (int)sp[5] - 60 + (int)j * 13;
            h->ent[off + j] = cls << 16 | (uint16_t)(int16_t)w;
        }
        h->slot[2 * s + 1] = off << 8 | cnt;
        off += cnt;
    }
    h->m.n_entries = off;
}

/* spec: slot, fp, count, first class, class step, weight base */
static const uint32_t spec[][6] = {
    {1, 0x0101, 1, 5, 1, 67},    /* one class */
    {2, 0x0203, 2, 3, 97, 10},   /* two classes: inlined */
    {2, 0x0205, 2, 7, 1, 200},   /* two, collides with the one above */
    {3, 0x0307, 3, 0, 50, 90},   /* three */
    {4, 0x0409, 20, 0, 5, 30},   /* twenty: a dense row */
    {9, 0x090b, 2, 0, 101, 61},  /* two, the last classes */
    {8, 0x080d, 1, 61, 1, 70},   /* one, behind the first line's storage */
};

static void build(hand *h, const uint32_t sp[][6], size_t n_spec, uint32_t n_classes) {
    memset(h, 0, sizeof *h);
    for (size_t k = 0; k < n_spec; k++) put(h, sp[k][0], sp[k][1], sp[k][2]);
    finish(h, sp, n_spec);
    h->m.n_classes = n_classes;
    h->m.mask = SLOTS - 1;
    h->m.scale = 1.0f;
    h->m.slot = h->slot;
    h->m.ent = h->ent;
}

/* Writes h's model and reads it back into loaded. */
static void write_read(const hand *h, pgn__lin *loaded) {
    pgn__wbuf w = {0};
    pgn__w_lin(&w, &h->m);
    assert_false(w.oom);
    pgn__rbuf r = {w.b, w.len, 0, 0};
    assert_int_equal(pgn__r_lin(&r, loaded), 0);
    free(w.b);
}

/* Each of the nf features alone scores the same in both layouts (one
** lookup, no neighbours to hide a slip). */
static void each_alone_same(const pgn__lin *plain, const pgn__lin *loaded, const uint64_t *f,
                            size_t nf) {
    for (size_t k = 0; k < nf; k++) {
        int32_t a[256] = {0}, b[256] = {0};
        pgn__lin_score(plain, &f[k], 1, a);
        pgn__lin_score(loaded, &f[k], 1, b);
        assert_memory_equal(a, b, sizeof a);
    }
}

static void same_scores(uint32_t n_classes) {
    hand h;
    build(&h, spec, sizeof spec / sizeof *spec, n_classes);
    pgn__lin loaded;
    write_read(&h, &loaded);
    assert_int_equal(loaded.n_dense, 1);
    if (n_classes <= 128) {
        /* the two-class features are marked as inlined */
        size_t inl = 0;
        for (uint32_t s = 0; s < SLOTS; s++) inl += (loaded.slot[2 * s] & PGN__LIN_INLINE) != 0;
        assert_int_equal(inl, 3);
        /* the lists of slots 1, 4 (the three-class feature, pushed on by
        ** the collision) and 8 went into empty slots of their lines */
        size_t local = 0;
        for (uint32_t s = 0; s < SLOTS; s++)
            local += (loaded.slot[2 * s] & 0xFFFFu) &&
                     (loaded.slot[2 * s] & (PGN__LIN_INLINE | PGN__LIN_LOCAL)) == PGN__LIN_LOCAL;
        assert_int_equal(local, 3);
    }
    uint64_t f[12];
    size_t nf = 0;
    for (size_t k = 0; k < sizeof spec / sizeof *spec; k++) f[nf++] = key(spec[k][0], spec[k][1]);
    f[nf++] = key(2, 0x0777);   /* absent, probes past the collision */
    f[nf++] = key(12, 0x0101);  /* absent, empty slot */
    f[nf++] = key(4, 0x0409);   /* the dense row again: rows add up */
    /* absent: slot 6 is empty, so the probe stops there even though it now
    ** holds entries and the feature at slot 8 has this fingerprint */
    f[nf++] = key(6, 0x080d);
    int32_t a[256] = {0}, b[256] = {0};
    pgn__lin_score(&h.m, f, nf, a);
    pgn__lin_score(&loaded, f, nf, b);
    assert_memory_equal(a, b, sizeof a);
    /* hand-checked: class 3 only from the inlined pair (10 - 60); class
    ** 100 from the pair (10 - 60 + 13) and the three-class feature's third
    ** entry (90 - 60 + 26); class 101 from the last pair (61 - 60 + 13) */
    assert_int_equal(b[3], -50);
    assert_int_equal(b[100], -37 + 56);
    assert_int_equal(b[101], 14);
    /* class 0 from the dense row, twice (30 - 60), the three-class
    ** feature's first entry (90 - 60) and the last pair's (61 - 60) */
    assert_int_equal(b[0], 2 * -30 + 30 + 1);
    /* class 61 once, from the feature at slot 8 (70 - 60), not again
    ** from the absent key that starts at slot 6 */
    assert_int_equal(b[61], 10);
    each_alone_same(&h.m, &loaded, f, nf);
    pgn__lin_free(&loaded);
}

static void inlined_and_dense(void **state) {
    (void)state;
    same_scores(104);
}

static void too_many_classes_to_inline(void **state) {
    (void)state;
    same_scores(200);
}

/* A model of one or two classes (the quote finder's) keeps its
** one-entry features in their slot too, with a second entry adding 0: it
** scores as the plain layout, feature by feature and all together. */
static const uint32_t small_spec[][6] = {
    {1, 0x0101, 1, 1, 1, 67},    /* one entry, class 1 */
    {1, 0x0103, 2, 0, 1, 10},    /* two, collides with the one above */
    {3, 0x0305, 1, 0, 1, 120},   /* one entry, class 0 */
    {15, 0x0f07, 1, 0, 1, 2},    /* one entry, in the last slot */
};

static void small_same_scores(uint32_t n_classes) {
    hand h;
    size_t n_spec = sizeof small_spec / sizeof *small_spec;
    uint32_t spec[4][6];
    memcpy(spec, small_spec, sizeof spec);
    /* one class: every entry class 0, a single entry each */
    for (size_t k = 0; n_classes == 1 && k < n_spec; k++) {
        spec[k][2] = 1;
        spec[k][3] = 0;
    }
    build(&h, (const uint32_t(*)[6])spec, n_spec, n_classes);
    pgn__lin loaded;
    write_read(&h, &loaded);
    size_t inl = 0;
    for (uint32_t s = 0; s < SLOTS; s++) inl += (loaded.slot[2 * s] & PGN__LIN_INLINE) != 0;
    assert_int_equal(inl, n_spec);
    uint64_t f[8];
    size_t nf = 0;
    for (size_t k = 0; k < n_spec; k++) f[nf++] = key(spec[k][0], spec[k][1]);
    f[nf++] = key(1, 0x0777);   /* absent, probes past the collision */
    f[nf++] = key(9, 0x0101);   /* absent, empty slot */
    int32_t a[2] = {0, 0}, b[2] = {0, 0};
    pgn__lin_score(&h.m, f, nf, a);
    pgn__lin_score(&loaded, f, nf, b);
    assert_memory_equal(a, b, sizeof a);
    each_alone_same(&h.m, &loaded, f, nf);
    pgn__lin_free(&loaded);
}

static void one_entry_inlined_in_small_models(void **state) {
    (void)state;
    small_same_scores(2);
    small_same_scores(1);
}

/* pgn__lin_argmax (vector code when the CPU has AVX2): the first class of
** the highest score, whatever the length (tails of fewer than eight), ties
** and negative scores; compared with a plain loop. */
static void argmax_is_the_first_maximum(void **state) {
    (void)state;
    int32_t s[300];
    uint64_t rng = 7;
    for (uint32_t n = 1; n <= 260; n++)
        for (int round = 0; round < 20; round++) {
            /* few distinct values, so that ties are common */
            for (uint32_t c = 0; c < n; c++)
                s[c] = (int32_t)(pgn__rng(&rng) % 7) * (round & 1 ? 100000 : -3) - 2;
            if (round == 5) s[n - 1] = INT32_MAX;        /* the last one */
            if (round == 6) for (uint32_t c = 0; c < n; c++) s[c] = INT32_MIN;
            uint32_t best = 0;
            for (uint32_t c = 1; c < n; c++)
                if (s[c] > s[best]) best = c;
            assert_int_equal(pgn__lin_argmax(s, n), best);
        }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inlined_and_dense),
        cmocka_unit_test(too_many_classes_to_inline),
        cmocka_unit_test(one_entry_inlined_in_small_models),
        cmocka_unit_test(argmax_is_the_first_maximum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
