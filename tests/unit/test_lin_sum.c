/* tests/unit/test_lin_sum.c -- one number per feature (src/nlp/linear_sum.c)
** sums exactly what the full model sums: for the committed quote model's
** cue tagger (class 1 - class 0) and source ranker (its one class), over
** keys of its features, keys that walk their slots' probe chains, and
** random keys (a few match a fingerprint falsely, and must add the same
** stray weight); the quote model opens with both tables; a model of more
** classes gets none. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "discourse/discourse.h"
#include "discourse/quotes_model.h"
#include "nlp/nlp_int.h"
#include "peregrine.h"

#define MODEL PGN_SOURCE_DIR "/data/models/quotes.pgnm"

static uint64_t next(uint64_t *x) { /* splitmix64 */
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* The model's two tables as the file holds them (before the quote model
** turns them into sum tables). */
static void read_tables(pgn__lin *cue, pgn__lin *src) {
    pgn__model_bytes mb;
    pgn_error err;
    assert_int_equal(pgn__model_open(MODEL, PGN__MODEL_QUOTES, &mb, &err), 0);
    pgn__rbuf r = {mb.b, mb.len, 0, 0};
    (void)pgn__r_u32(&r); /* version */
    (void)pgn__r_u32(&r); /* bias */
    assert_int_equal(pgn__r_lin(&r, cue), 0);
    assert_int_equal(pgn__r_lin(&r, src), 0);
    assert_int_equal(r.bad, 0);
    pgn__model_release(&mb);
}

static int32_t full_sum(const pgn__lin *m, const uint64_t *f, size_t nf) {
    int32_t sc[2] = {0, 0};
    pgn__lin_score(m, f, nf, sc);
    return m->n_classes == 2 ? sc[1] - sc[0] : sc[0];
}

/* A key: random, or the fingerprint of a feature the model has (any, or
** another one, odd too) with its slot or one up to three before it, the
** other bits random. */
static uint64_t some_key(const pgn__lin *m, uint64_t *rng) {
    uint64_t x = next(rng);
    uint32_t how = (uint32_t)(x & 3);
    if (how == 0) return x;
    uint32_t s = (uint32_t)(x >> 8) & m->mask;
    while (!(m->slot[2 * s] & 0xFFFFu)) s = (s + 1) & m->mask;
    uint64_t fp = m->slot[2 * s] & 0xFFFFu;
    if (how == 3) fp ^= 2;
    uint32_t at = (s - (uint32_t)(x >> 40) % 4) & m->mask;
    uint64_t other = next(rng) & ~(0xFFFFULL << 48) & ~(uint64_t)m->mask;
    return fp << 48 | other | at;
}

static void same_sums(const pgn__lin *m) {
    pgn__lin_sum t;
    assert_int_equal(pgn__lin_sum_build(m, &t), 0);
    assert_non_null(t.slot);
    uint64_t rng = 7, f[40];
    size_t nonzero = 0;
    for (int i = 0; i < 200000; i++) {
        f[0] = some_key(m, &rng);
        int32_t one = full_sum(m, f, 1);
        assert_int_equal(pgn__lin_sum_score(&t, f, 1), one);
        nonzero += one != 0;
    }
    assert_true(nonzero > 20000); /* the keys did find weights */
    /* false matches: random keys the model gives a weight (~1 in 30,000) */
    size_t stray = 0;
    for (int i = 0; i < 2000000; i++) {
        f[0] = next(&rng);
        int32_t one = full_sum(m, f, 1);
        assert_int_equal(pgn__lin_sum_score(&t, f, 1), one);
        stray += one != 0;
    }
    assert_true(stray > 10); /* seen: 65 and 33 */
    /* and whole feature vectors */
    for (int i = 0; i < 20000; i++) {
        size_t nf = (size_t)(next(&rng) % 41);
        for (size_t k = 0; k < nf; k++) f[k] = some_key(m, &rng);
        assert_int_equal(pgn__lin_sum_score(&t, f, nf), full_sum(m, f, nf));
    }
    pgn__lin_sum_free(&t);
    assert_null(t.slot);
}

/* The committed model's table k (0: cue tagger, 1: source ranker), of
** n_classes classes, sums as the sum table built from it. */
static void committed_table_sums(int k, uint32_t n_classes) {
    pgn__lin lin[2];
    read_tables(&lin[0], &lin[1]);
    assert_int_equal(lin[k].n_classes, n_classes);
    same_sums(&lin[k]);
    pgn__lin_free(&lin[0]);
    pgn__lin_free(&lin[1]);
}

static void test_cue_tagger_sums(void **state) {
    (void)state;
    committed_table_sums(0, 2);
}

static void test_source_ranker_sums(void **state) {
    (void)state;
    committed_table_sums(1, 1);
}

static void test_quote_model_uses_them(void **state) {
    (void)state;
    pgn_quote_model *m = NULL;
    pgn_error err;
    assert_int_equal(pgn_quote_model_open(MODEL, &m, &err), 0);
    assert_non_null(m->cue_sum.slot);
    assert_non_null(m->src_sum.slot);
    assert_null(m->lin.slot); /* the full tables are no longer kept */
    assert_null(m->src.slot);
    pgn_quote_model_close(m);
}

static void test_three_classes_refused(void **state) {
    (void)state;
    uint32_t slot[2 * 8] = {0};
    pgn__lin m = {.n_classes = 3, .mask = 7, .slot = slot};
    pgn__lin_sum t;
    assert_int_equal(pgn__lin_sum_build(&m, &t), PGN_EINVAL);
    assert_null(t.slot);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cue_tagger_sums),
        cmocka_unit_test(test_source_ranker_sums),
        cmocka_unit_test(test_quote_model_uses_them),
        cmocka_unit_test(test_three_classes_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
