/* tests/unit/test_conllu.c -- the CoNLL-U reader and writer (src/nlp/conllu.c):
** the fixture treebank, a byte-exact round trip, and errors that name the
** file and line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "nlp/conllu.h"
#include "nlp/nlp_int.h"

#define FIXTURE PGN_TEST_DATA "/fixture.conllu"

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    b[n] = '\0';
    *len = (size_t)n;
    return b;
}

static void reads_fixture(void **state) {
    (void)state;
    pgn__treebank *tb;
    pgn_error err;
    assert_int_equal(pgn__conllu_read_file(FIXTURE, &tb, &err), 0);
    assert_int_equal(tb->n, 37);
    const pgn__ud_sent *s = &tb->s[36];
    assert_int_equal(s->n, 11);
    assert_string_equal(s->w[1].form, "did");
    assert_string_equal(s->w[1].lemma, "do");
    assert_string_equal(s->w[8].deprel, "acl:relcl");
    assert_int_equal(s->w[8].head, 5);
    assert_string_equal(s->w[5].misc, "SpaceAfter=No");
    assert_null(s->w[0].misc);
    /* two comments, one range before word 2, one empty node after word 6 */
    assert_int_equal(s->n_x, 4);
    assert_int_equal(s->x[2].kind, PGN__UD_RANGE);
    assert_int_equal(s->x[2].before, 1);
    assert_int_equal(s->x[2].first, 2);
    assert_int_equal(s->x[2].last, 3);
    assert_int_equal(s->x[3].kind, PGN__UD_EMPTY);
    assert_int_equal(s->x[3].before, 6);
    assert_int_equal(tb->s[0].line, 1);
    pgn__treebank_free(tb);
}

static void round_trip_is_byte_exact(void **state) {
    (void)state;
    size_t len;
    char *orig = slurp(FIXTURE, &len);
    pgn__treebank *tb;
    pgn_error err;
    assert_int_equal(pgn__conllu_read_mem("fixture", orig, len, &tb, &err), 0);
    pgn__wbuf w = {0};
    for (size_t i = 0; i < tb->n; i++) assert_int_equal(pgn__conllu_write_sent(&w, &tb->s[i]), 0);
    assert_int_equal(w.len, len);
    assert_memory_equal(w.b, orig, len);
    free(w.b);
    pgn__treebank_free(tb);
    free(orig);
}

static void expect_error(const char *text, int code, long line) {
    pgn__treebank *tb = (pgn__treebank *)1;
    pgn_error err;
    int rc = pgn__conllu_read_mem("bad.conllu", text, strlen(text), &tb, &err);
    assert_int_equal(rc, code);
    assert_null(tb);
    assert_string_equal(err.file, "bad.conllu");
    assert_int_equal(err.line, line);
    assert_true(strlen(err.msg) > 0);
}

#define W(id, form, head) id "\t" form "\t" form "\tX\tX\t_\t" head "\tdep\t_\t_\n"

static void errors_name_file_and_line(void **state) {
    (void)state;
    expect_error("# c\n1\tA\tb\n", PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "0") W("3", "b", "1"), PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "0") W("2", "b", "7") "\n", PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "0") W("2", "b", "x"), PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "1"), PGN_ESYNTAX, 1);
    expect_error(W("1", "a", "0") "\n" W("1", "\xff", "0"), PGN_EUTF8, 3);
    expect_error(W("1", "a", "0") "1\ta\ta\tX\tX\t_\t0\tdep\t_\t_\textra\n", PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "0") "3-4\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "0") "1\t\ta\tX\tX\t_\t0\tdep\t_\t_\n", PGN_ESYNTAX, 2);
    expect_error(W("1", "a", "0") W("2", "b", "1") "# late comment\n", PGN_ESYNTAX, 3);

    pgn__treebank *tb;
    pgn_error err;
    assert_int_equal(pgn__conllu_read_mem("empty", "\n\n", 2, &tb, &err), PGN_EEMPTY);
    assert_int_equal(pgn__conllu_read_file("/nonexistent/x.conllu", &tb, &err), PGN_EIO);
    assert_string_equal(err.file, "/nonexistent/x.conllu");
}

static void tolerant_of_crlf_and_missing_final_newline(void **state) {
    (void)state;
    const char *t = "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\r\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_";
    pgn__treebank *tb;
    pgn_error err;
    assert_int_equal(pgn__conllu_read_mem("ok", t, strlen(t), &tb, &err), 0);
    assert_int_equal(tb->n, 1);
    assert_int_equal(tb->s[0].n, 2);
    assert_string_equal(tb->s[0].w[0].deprel, "root");
    assert_null(tb->s[0].w[1].misc);
    pgn__treebank_free(tb);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_fixture),
        cmocka_unit_test(round_trip_is_byte_exact),
        cmocka_unit_test(errors_name_file_and_line),
        cmocka_unit_test(tolerant_of_crlf_and_missing_final_newline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
