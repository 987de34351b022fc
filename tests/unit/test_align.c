/* tests/unit/test_align.c -- the CoNLL 2018 alignment (src/text/align.c) on
** small hand-made cases whose scores are worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/arena.h"
#include "peregrine.h"
#include "text/align.h"

static void test_spans(void **state) {
    (void)state;
    /* gold: [0,3) [3,5) [5,9); system: [0,3) [3,9) */
    const pgn__aspan gold[] = {{0, 3}, {3, 5}, {5, 9}};
    const pgn__aspan sys[] = {{0, 3}, {3, 9}};
    pgn__prf p;
    pgn__align_spans(gold, 3, sys, 2, &p);
    assert_int_equal(p.gold, 3);
    assert_int_equal(p.sys, 2);
    assert_int_equal(p.correct, 1);
    assert_float_equal(pgn__prf_precision(&p), 0.5, 1e-12);
    assert_float_equal(pgn__prf_recall(&p), 1.0 / 3, 1e-12);
    assert_float_equal(pgn__prf_f1(&p), 0.4, 1e-12);
    /* Identical lists score 1; empty lists score 0 without dividing by 0. */
    pgn__align_spans(gold, 3, gold, 3, &p);
    assert_float_equal(pgn__prf_f1(&p), 1.0, 1e-12);
    pgn__align_spans(NULL, 0, NULL, 0, &p);
    assert_float_equal(pgn__prf_f1(&p), 0.0, 1e-12);
    assert_float_equal(pgn__prf_precision(&p), 0.0, 1e-12);
}

static void test_words_without_mwt(void **state) {
    (void)state;
    /* "a bc d": system merges "bc d". */
    const pgn__aword gold[] = {{{0, 1}, "a", 0}, {{1, 3}, "bc", 0}, {{3, 4}, "d", 0}};
    const pgn__aword sys[] = {{{0, 1}, "a", 0}, {{1, 4}, "bcd", 0}};
    pgn__arena *a = pgn__arena_new(0);
    long map[3];
    pgn__prf p;
    assert_int_equal(pgn__align_words(gold, 3, sys, 2, a, map, &p), 0);
    assert_int_equal(p.correct, 1);
    assert_int_equal(map[0], 0);
    assert_int_equal(map[1], -1);
    assert_int_equal(map[2], -1);
    pgn__arena_free(a);
}

static void test_words_with_mwt(void **state) {
    (void)state;
    /* "don't go" (non-space positions: d0 o1 n2 '3 t4 g5 o6).
    ** gold: MWT "don't" = "do" + "n't", then "go".
    ** system 1: the same split: all three words align.
    ** system 2: "don't" unsplit, not an MWT: only "go" aligns.
    ** system 3: MWT split differently ("don" + "'t"): LCS finds none of
    ** the two, "go" aligns. */
    const pgn__aword gold[] = {{{0, 5}, "do", 1}, {{0, 5}, "n't", 1}, {{5, 7}, "go", 0}};
    const pgn__aword sys1[] = {{{0, 5}, "Do", 1}, {{0, 5}, "n't", 1}, {{5, 7}, "go", 0}};
    const pgn__aword sys2[] = {{{0, 5}, "don't", 0}, {{5, 7}, "go", 0}};
    const pgn__aword sys3[] = {{{0, 5}, "don", 1}, {{0, 5}, "'t", 1}, {{5, 7}, "go", 0}};
    pgn__arena *a = pgn__arena_new(0);
    long map[3];
    pgn__prf p;
    assert_int_equal(pgn__align_words(gold, 3, sys1, 3, a, map, &p), 0);
    assert_int_equal(p.correct, 3);   /* case-folded forms match */
    assert_int_equal(map[0], 0);
    assert_int_equal(map[1], 1);
    assert_int_equal(map[2], 2);
    assert_int_equal(pgn__align_words(gold, 3, sys2, 2, a, map, &p), 0);
    assert_int_equal(p.correct, 1);
    assert_int_equal(map[0], -1);
    assert_int_equal(map[2], 1);
    assert_int_equal(pgn__align_words(gold, 3, sys3, 3, a, NULL, &p), 0);
    assert_int_equal(p.correct, 1);
    assert_int_equal(p.gold, 3);
    assert_int_equal(p.sys, 3);
    /* A partial LCS: gold "can" "not" vs system "can" "n't": one word. */
    const pgn__aword g2[] = {{{0, 6}, "can", 1}, {{0, 6}, "not", 1}};
    const pgn__aword s2[] = {{{0, 6}, "can", 1}, {{0, 6}, "n't", 1}};
    assert_int_equal(pgn__align_words(g2, 2, s2, 2, a, map, &p), 0);
    assert_int_equal(p.correct, 1);
    assert_int_equal(map[0], 0);
    assert_int_equal(map[1], -1);
    pgn__arena_free(a);
}

static void test_words_out_of_memory(void **state) {
    (void)state;
    const pgn__aword gold[] = {{{0, 5}, "do", 1}, {{0, 5}, "n't", 1}};
    pgn__arena *a = pgn__arena_new(0);
    pgn__arena_fail_after(a, 0);
    pgn__prf p;
    assert_int_equal(pgn__align_words(gold, 2, gold, 2, a, NULL, &p), PGN_ENOMEM);
    pgn__arena_free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_words_without_mwt),
        cmocka_unit_test(test_words_with_mwt),
        cmocka_unit_test(test_words_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
