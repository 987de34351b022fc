/* tests/unit/test_events_output.c -- the event writers: the JSON object of
** issue 5, PETRARCH/Phoenix TSV and GDELT 2.0 rows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>
#include <jansson.h>

#include "events_fixture.h"

typedef struct buf {
    char s[65536];
    size_t n;
} buf;

static int to_buf(void *ctx, const char *s, size_t n) {
    buf *b = ctx;
    if (b->n + n >= sizeof b->s) return -1;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return 0;
}

static pgn__ontology *ont;
static pgn__lexicon *lex;

static int setup(void **state) {
    (void)state;
    pgn_error err;
    if (pgn__ontology_load(PGN_SOURCE_DIR "/data/ontology", &ont, &err)) return -1;
    return pgn__lexicon_load(PGN_SOURCE_DIR "/data/lexicon", ont, &lex, &err) ? -1 : 0;
}

static int teardown(void **state) {
    (void)state;
    pgn__lexicon_free(lex);
    pgn__ontology_free(ont);
    return 0;
}

static pgn_doc *coded(void) {
    pgn_error err;
    /* "The Kremlin denied reports that Xi declined Putin's invitation." */
    pgn_doc *doc = fx_doc("# m 1-2 RUSGOV RUS GOV Kremlin\n# m 6 CHNGOV CHN GOV Xi_Jinping\n"
                          "# m 8 RUSGOV RUS GOV Vladimir_Putin\n"
                          "1 The the DET 2 det\n"
                          "2 Kremlin Kremlin PROPN 3 nsubj\n"
                          "3 denied deny VERB 0 root\n"
                          "4 reports report NOUN 3 obj\n"
                          "5 that that SCONJ 7 mark\n"
                          "6 Xi Xi PROPN 7 nsubj\n"
                          "7 declined decline VERB 4 acl\n"
                          "8 Putin Putin PROPN 10 nmod:poss\n"
                          "9 's 's PART 8 case\n"
                          "10 invitation invitation NOUN 7 obj\n"
                          "11 . . PUNCT 3 punct\n",
                          "2022-07-05");
    assert_non_null(doc);
    doc->meta.url = "https://example.org/a";
    doc->meta.record = 3;
    assert_int_equal(pgn__events_extract(ont, lex, doc, NULL, &err), 0);
    assert_int_equal(doc->events.n, 2);
    return doc;
}

static void json_event_object(void **state) {
    (void)state;
    pgn_doc *doc = coded();
    buf *b = calloc(1, sizeof *b);
    pgn_error err;
    assert_int_equal(pgn_doc_write_events(doc, PGN_EVENTS_JSONL, to_buf, b, &err), 0);
    assert_true(b->n > 0 && b->s[b->n - 1] == '\n');
    json_error_t je;
    json_t *o = json_loads(b->s, 0, &je);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "id")), "fx");
    json_t *evs = json_object_get(o, "events");
    assert_int_equal(json_array_size(evs), 2);
    json_t *decl = NULL;
    for (size_t i = 0; i < 2; i++)
        if (strcmp(json_string_value(json_object_get(json_array_get(evs, i), "cameo")), "125") == 0)
            decl = json_array_get(evs, i);
    assert_non_null(decl);
    static const char *const keys[] = {"sentence", "text", "source", "target", "cameo",
                                       "cameo_label", "plover", "plover_mode", "goldstein",
                                       "trigger", "date", "negated", "factuality",
                                       "attributed_to", "denied_by"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        assert_non_null(json_object_get(decl, keys[k]));
    assert_int_equal(json_integer_value(json_object_get(decl, "sentence")), 0);
    assert_string_equal(json_string_value(json_object_get(decl, "plover")), "REJECT");
    assert_string_equal(json_string_value(json_object_get(decl, "plover_mode")), "meet");
    assert_true(json_number_value(json_object_get(decl, "goldstein")) == -5.0);
    assert_string_equal(json_string_value(json_object_get(decl, "factuality")), "denied");
    assert_true(json_is_false(json_object_get(decl, "negated")));
    assert_string_equal(json_string_value(json_object_get(decl, "date")), "2022-07-05");
    json_t *src = json_object_get(decl, "source");
    assert_string_equal(json_string_value(json_object_get(src, "text")), "Xi");
    assert_string_equal(json_string_value(json_object_get(src, "code")), "CHNGOV");
    assert_string_equal(json_string_value(json_object_get(src, "country")), "CHN");
    assert_string_equal(json_string_value(json_object_get(src, "sector")), "GOV");
    /* Offsets point at the text. */
    size_t st = (size_t)json_integer_value(json_object_get(src, "start"));
    size_t en = (size_t)json_integer_value(json_object_get(src, "end"));
    assert_int_equal(en - st, 2);
    assert_memory_equal(doc->text + st, "Xi", 2);
    json_t *trg = json_object_get(decl, "trigger");
    assert_string_equal(json_string_value(json_object_get(trg, "text")), "declined");
    st = (size_t)json_integer_value(json_object_get(trg, "start"));
    assert_memory_equal(doc->text + st, "declined", 8);
    json_t *den = json_object_get(decl, "denied_by");
    assert_string_equal(json_string_value(json_object_get(den, "text")), "The Kremlin");
    assert_true(json_is_null(json_object_get(decl, "attributed_to")));
    assert_string_equal(json_string_value(json_object_get(decl, "text")), doc->text);
    json_decref(o);
    free(b);
    pgn_doc_free(doc);
}

static size_t count_fields(const char *line, size_t n) {
    size_t f = 1;
    for (size_t i = 0; i < n; i++) f += line[i] == '\t';
    return f;
}

static size_t count_lines(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static void tsv_and_gdelt_rows(void **state) {
    (void)state;
    pgn_doc *doc = coded();
    buf *b = calloc(1, sizeof *b);
    pgn_error err;
    assert_int_equal(pgn_doc_write_events(doc, PGN_EVENTS_TSV, to_buf, b, &err), 0);
    const char *nl = strchr(b->s, '\n');
    assert_non_null(nl);
    const char *hdr = pgn_events_header(PGN_EVENTS_TSV);
    assert_int_equal(count_fields(b->s, (size_t)(nl - b->s)), count_fields(hdr, strlen(hdr) - 1));
    assert_int_equal(count_fields(b->s, (size_t)(nl - b->s)), 27);
    assert_non_null(strstr(b->s, "20220705\t2022\t7\t5\t"));
    /* the denied refusal is a row, its factuality last */
    const char *refusal =
        strstr(b->s, "\tCHNGOV\tCHN\tGOV\t\tRUSGOV\tRUS\tGOV\t\t125\t12\t3\t-5.0\t");
    assert_non_null(refusal);
    nl = strchr(refusal, '\n');
    assert_true(nl - refusal > 7 && memcmp(nl - 7, "\tdenied", 7) == 0);
    assert_int_equal(count_lines(b->s), 2);
    /* a negated event is no row */
    doc->events.v[1].negated = 1;
    b->n = 0;
    assert_int_equal(pgn_doc_write_events(doc, PGN_EVENTS_TSV, to_buf, b, &err), 0);
    assert_int_equal(count_lines(b->s), 1);
    doc->events.v[1].negated = 0;
    b->n = 0;
    assert_int_equal(pgn_doc_write_events(doc, PGN_EVENTS_GDELT, to_buf, b, &err), 0);
    nl = strchr(b->s, '\n');
    hdr = pgn_events_header(PGN_EVENTS_GDELT);
    assert_int_equal(count_fields(b->s, (size_t)(nl - b->s)), 61);
    assert_int_equal(count_fields(hdr, strlen(hdr) - 1), 61);
    /* GDELT has no factuality column: the denied refusal is no row there,
    ** the Kremlin's denial is */
    assert_int_equal(count_lines(b->s), 1);
    assert_null(strstr(b->s, "\t125\t125\t12\t"));
    assert_non_null(strstr(b->s, "KREMLIN"));
    assert_true(b->s[b->n - 2] == 'a'); /* the URL ends the row */
    assert_null(pgn_events_header(PGN_EVENTS_JSONL));
    assert_int_equal(pgn_doc_write_events(doc, (pgn_events_format)9, to_buf, b, &err), PGN_EINVAL);
    free(b);
    pgn_doc_free(doc);
}

static int failing(void *ctx, const char *s, size_t n) {
    (void)ctx, (void)s, (void)n;
    return -1;
}

static void write_errors_are_reported(void **state) {
    (void)state;
    pgn_doc *doc = coded();
    pgn_error err;
    assert_int_equal(pgn_doc_write_events(doc, PGN_EVENTS_JSONL, failing, NULL, &err), PGN_EIO);
    assert_int_equal(pgn_doc_write_events(doc, PGN_EVENTS_GDELT, failing, NULL, &err), PGN_EIO);
    pgn_doc_free(doc);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_event_object),
        cmocka_unit_test(tsv_and_gdelt_rows),
        cmocka_unit_test(write_errors_are_reported),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
