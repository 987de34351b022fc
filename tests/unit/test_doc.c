/* tests/unit/test_doc.c -- documents: text repair, offsets, accessors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "doc/doc.h"
#include "peregrine.h"

static void invalid_utf8_is_replaced_and_reported(void **state) {
    (void)state;
    pgn_doc *doc = NULL;
    pgn_error err;
    const char text[] = "Caf\xC3\xA9 ok \xFF\xFE bad.";
    assert_int_equal(pgn_doc_from_text(text, sizeof text - 1, NULL, &doc, &err), 0);
    size_t len;
    const char *t = pgn_doc_text(doc, &len);
    assert_non_null(strstr(t, "\xEF\xBF\xBD\xEF\xBF\xBD"));
    assert_int_equal(pgn_doc_n_warnings(doc), 1);
    const pgn_error *w = pgn_doc_warning(doc, 0);
    assert_int_equal(w->code, PGN_EUTF8);
    assert_int_equal(w->byte, 9);
    /* one character per input character, one per bad byte */
    assert_int_equal(pgn_doc_char_length(doc), 15);
    pgn_doc_free(doc);
}

static void nul_bytes_keep_offsets(void **state) {
    (void)state;
    pgn_doc *doc = NULL;
    pgn_error err;
    const char text[] = "Hello\0world";
    assert_int_equal(pgn_doc_from_text(text, sizeof text - 1, NULL, &doc, &err), 0);
    assert_int_equal(pgn_doc_char_length(doc), 11);
    assert_int_equal(pgn_doc_n_warnings(doc), 1);
    assert_int_equal(pgn_doc_warning(doc, 0)->byte, 5);
    pgn_doc_free(doc);
}

static void token_offsets_count_characters(void **state) {
    (void)state;
    pgn_doc *doc = NULL;
    pgn_error err;
    const char *text = "\xC3\xA9t\xC3\xA9 Paris";
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    assert_true(pgn_doc_n_sentences(doc) >= 1);
    pgn_sentence_view sv;
    assert_int_equal(pgn_doc_sentence(doc, 0, &sv), 0);
    pgn_token_view tv;
    size_t last = sv.n_tokens - 1;
    assert_int_equal(pgn_doc_token(doc, 0, last, &tv), 0);
    assert_string_equal(tv.form, "Paris");
    assert_int_equal(tv.start, 4);
    assert_int_equal(tv.end, 9);
    assert_int_equal(tv.byte_start, 6);
    pgn_doc_free(doc);
}

static void empty_text_gives_empty_doc(void **state) {
    (void)state;
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text("", 0, NULL, &doc, &err), 0);
    assert_int_equal(pgn_doc_n_sentences(doc), 0);
    assert_int_equal(pgn_doc_sentence(doc, 0, &(pgn_sentence_view){0}), PGN_EINVAL);
    pgn_doc_free(doc);
}

static void accessors_accept_null(void **state) {
    (void)state;
    pgn_doc_free(NULL);
    assert_int_equal(pgn_doc_n_sentences(NULL), 0);
    assert_null(pgn_doc_get_meta(NULL));
}

static void error_format_names_the_place(void **state) {
    (void)state;
    pgn_error err = {PGN_ESYNTAX, "kb.txt", 12, 340, "unknown code"};
    char buf[256];
    assert_string_equal(pgn_error_format(&err, buf, sizeof buf),
                        "kb.txt:12: byte 340: unknown code (syntax error)");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invalid_utf8_is_replaced_and_reported),
        cmocka_unit_test(nul_bytes_keep_offsets),
        cmocka_unit_test(token_offsets_count_characters),
        cmocka_unit_test(empty_text_gives_empty_doc),
        cmocka_unit_test(accessors_accept_null),
        cmocka_unit_test(error_format_names_the_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
