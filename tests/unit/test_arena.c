/* tests/unit/test_arena.c -- the per-document arena. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/arena.h"

static void allocations_are_aligned_and_distinct(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    assert_non_null(a);
    char *p = pgn__arena_alloc(a, 3);
    char *q = pgn__arena_alloc(a, 5);
    assert_non_null(p);
    assert_non_null(q);
    assert_true(p != q);
    assert_int_equal((uintptr_t)q % 16, 0);
    memset(p, 'x', 3);
    memset(q, 'y', 5);
    assert_int_equal(p[2], 'x');
    pgn__arena_free(a);
}

static void grow_keeps_contents(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    int *v = pgn__arena_alloc(a, 4 * sizeof *v);
    for (int i = 0; i < 4; i++) v[i] = i;
    pgn__arena_alloc(a, 8); /* v is no longer the last allocation */
    int *w = pgn__arena_grow(a, v, 4 * sizeof *v, 100000 * sizeof *v);
    assert_non_null(w);
    for (int i = 0; i < 4; i++) assert_int_equal(w[i], i);
    pgn__arena_free(a);
}

static void limit_bounds_memory(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(1 << 20);
    size_t got = 0;
    while (pgn__arena_alloc(a, 4096)) got += 4096;
    assert_true(got > 512 * 1024);
    assert_true(pgn__arena_used(a) <= 1 << 20);
    pgn__arena_free(a);
}

static void injected_failure_hits_nth_allocation(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    pgn__arena_fail_after(a, 2);
    assert_non_null(pgn__arena_alloc(a, 1));
    assert_non_null(pgn__arena_alloc(a, 1));
    assert_null(pgn__arena_alloc(a, 1));
    pgn__arena_free(a);
}

static void vector_grows(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    PGN__VEC(long) v = {0};
    for (long i = 0; i < 10000; i++) {
        assert_int_equal(PGN__VEC_RESERVE(a, v), 0);
        v.v[v.n++] = i;
    }
    for (long i = 0; i < 10000; i++) assert_int_equal(v.v[i], i);
    pgn__arena_free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocations_are_aligned_and_distinct),
        cmocka_unit_test(grow_keeps_contents),
        cmocka_unit_test(limit_bounds_memory),
        cmocka_unit_test(injected_failure_hits_nth_allocation),
        cmocka_unit_test(vector_grows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
