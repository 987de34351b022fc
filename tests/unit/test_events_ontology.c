/* tests/unit/test_events_ontology.c -- data/ontology: every CAMEO code
** present with a Goldstein value and a PLOVER category; loader errors name
** file and line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "events/events.h"

static pgn__ontology *load(void) {
    pgn__ontology *o = NULL;
    pgn_error err;
    int rc = pgn__ontology_load(PGN_SOURCE_DIR "/data/ontology", &o, &err);
    if (rc) fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
    assert_int_equal(rc, 0);
    return o;
}

/* The CAMEO sub-codes each root must have (the root's 3-digit children,
** counted from the published code list). */
static void every_cameo_code_is_present(void **state) {
    (void)state;
    pgn__ontology *o = load();
    static const int n_three_digit[21] = {0, 10, 9, 10, 7, 8, 5, 6, 8, 5, 9,
                                          7, 10, 10, 6, 5, 7, 6, 7, 7, 5};
    for (int r = 1; r <= 20; r++) {
        char root[3];
        snprintf(root, sizeof root, "%02d", r);
        const pgn__cameo *c = pgn__ontology_find(o, root);
        assert_non_null(c);
        int kids = 0;
        for (size_t i = 0; i < pgn__ontology_n_codes(o); i++) {
            const pgn__cameo *k = pgn__ontology_code(o, i);
            if (strlen(k->code) == 3 && strncmp(k->code, root, 2) == 0) kids++;
        }
        /* Counted by code prefix: 191/192 stay under 19 and 201 under 20
        ** although PLOVER files them elsewhere. */
        assert_int_equal(kids, n_three_digit[r]);
    }
    for (size_t i = 0; i < pgn__ontology_n_codes(o); i++) {
        const pgn__cameo *c = pgn__ontology_code(o, i);
        assert_true(c->goldstein >= -10 && c->goldstein <= 10);
        assert_non_null(c->plover);
        assert_non_null(c->label);
        assert_true(strlen(c->label) > 3);
        assert_true(c->root >= 1 && c->root <= 20);
    }
    assert_int_equal(pgn__ontology_n_codes(o), 313);
    /* Spot checks against the published tables. */
    assert_true(pgn__ontology_find(o, "190")->goldstein == -10.0);
    assert_true(pgn__ontology_find(o, "057")->goldstein == 8.0);
    assert_string_equal(pgn__ontology_find(o, "057")->plover->name, "SUPPORT");
    assert_string_equal(pgn__ontology_find(o, "0841")->plover->name, "RETREAT");
    assert_string_equal(pgn__ontology_find(o, "0841")->mode, "release");
    assert_string_equal(pgn__ontology_find(o, "083")->plover->name, "CONCEDE");
    assert_string_equal(pgn__ontology_find(o, "163")->plover->name, "COERCE");
    assert_string_equal(pgn__ontology_find(o, "1124")->context, "military,legal");
    assert_null(pgn__ontology_find(o, "21"));
    assert_null(pgn__ontology_find(o, "0999"));
    pgn__ontology_free(o);
}

static void plover_categories_modes_contexts(void **state) {
    (void)state;
    pgn__ontology *o = load();
    static const char *const cats[] = {"AGREE",   "CONSULT",  "SUPPORT", "CONCEDE",
                                       "COOPERATE", "AID",    "RETREAT", "REQUEST",
                                       "ACCUSE",  "REJECT",   "THREATEN", "PROTEST",
                                       "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT"};
    assert_int_equal(pgn__ontology_n_categories(o), 16);
    for (size_t i = 0; i < 16; i++) {
        const pgn__plover_cat *c = pgn__ontology_find_category(o, cats[i]);
        assert_non_null(c);
        assert_true(c->quad >= 1 && c->quad <= 4);
        /* every category is reached by some CAMEO code */
        int used = 0;
        for (size_t k = 0; k < pgn__ontology_n_codes(o) && !used; k++)
            used = pgn__ontology_code(o, k)->plover == c;
        assert_true(used);
    }
    assert_int_equal(pgn__ontology_find_category(o, "ASSAULT")->quad, 4);
    assert_true(pgn__ontology_has_mode(o, "CONSULT", "visit"));
    assert_false(pgn__ontology_has_mode(o, "AGREE", "visit"));
    assert_true(pgn__ontology_has_context(o, "cbrn"));
    assert_false(pgn__ontology_has_context(o, "weather"));
    pgn__ontology_free(o);
}

static const char plover_ok[] = "category\tAGREE\t1\tsays yes\ncategory\tASSAULT\t4\thits\n"
                                "mode\tASSAULT\tbeat\thits people\ncontext\tmilitary\tarmies\n";

static int parse_cameo(const char *cameo, pgn_error *err) {
    pgn__ontology *o = NULL;
    int rc = pgn__ontology_parse("plover.txt", plover_ok, strlen(plover_ok), "cameo.txt", cameo,
                                 strlen(cameo), &o, err);
    pgn__ontology_free(o);
    return rc;
}

static char *roots(const char *extra) {
    static char buf[4096];
    buf[0] = 0;
    for (int r = 1; r <= 20; r++) {
        char line[80];
        snprintf(line, sizeof line, "%02d\t0.0\t%s\t-\t-\ttable\tRoot %d\n", r,
                 r < 18 ? "AGREE" : "ASSAULT", r);
        strcat(buf, line);
    }
    strcat(buf, extra);
    return buf;
}

static void loader_errors_name_file_and_line(void **state) {
    (void)state;
    pgn_error err;
    assert_int_equal(parse_cameo(roots(""), &err), 0);
    assert_int_equal(parse_cameo(roots("182\t-9.5\tASSAULT\tbeat\tmilitary\ttable\tHits\n"), &err),
                     0);
    assert_int_equal(parse_cameo(roots("182\t-11\tASSAULT\t-\t-\ttable\tHits\n"), &err),
                     PGN_ESYNTAX);
    assert_string_equal(err.file, "cameo.txt");
    assert_int_equal(err.line, 21);
    assert_non_null(strstr(err.msg, "Goldstein"));
    assert_int_equal(parse_cameo(roots("182\tx\tASSAULT\t-\t-\ttable\tHits\n"), &err), PGN_ESYNTAX);
    assert_int_equal(parse_cameo(roots("182\t1\tFIGHT\t-\t-\ttable\tHits\n"), &err), PGN_ESYNTAX);
    assert_non_null(strstr(err.msg, "FIGHT"));
    assert_int_equal(parse_cameo(roots("182\t1\tASSAULT\tvisit\t-\ttable\tHits\n"), &err),
                     PGN_ESYNTAX);
    assert_int_equal(parse_cameo(roots("182\t1\tASSAULT\t-\tweather\ttable\tHits\n"), &err),
                     PGN_ESYNTAX);
    assert_int_equal(parse_cameo(roots("1821\t1\tASSAULT\t-\t-\ttable\tHits\n"), &err),
                     PGN_ESYNTAX); /* parent 182 missing */
    assert_int_equal(parse_cameo(roots("01\t1\tAGREE\t-\t-\ttable\tAgain\n"), &err),
                     PGN_EDUPLICATE);
    assert_int_equal(err.line, 21);
    assert_int_equal(parse_cameo(roots("211\t1\tAGREE\t-\t-\ttable\tNo\n"), &err), PGN_ESYNTAX);
    assert_int_equal(parse_cameo(roots("182\t1\tASSAULT\t-\t-\ttable\n"), &err), PGN_ESYNTAX);
    assert_int_equal(parse_cameo(roots("182\t1\tASSAULT\t-\t-\ttable\t\xff\n"), &err), PGN_EUTF8);
    assert_int_equal(parse_cameo("01\t0\tAGREE\t-\t-\ttable\tOnly one\n", &err), PGN_ENOTFOUND);
    /* plover.txt errors */
    pgn__ontology *o = NULL;
    const char *bad = "category\tAGREE\t5\tx\n";
    assert_int_equal(pgn__ontology_parse("plover.txt", bad, strlen(bad), "cameo.txt", "", 0, &o,
                                         &err),
                     PGN_ESYNTAX);
    assert_string_equal(err.file, "plover.txt");
    assert_int_equal(err.line, 1);
    bad = "# c\ncategory\tAGREE\t1\tx\nmode\tASSAULT\tbeat\tx\n";
    assert_int_equal(pgn__ontology_parse("plover.txt", bad, strlen(bad), "cameo.txt", "", 0, &o,
                                         &err),
                     PGN_ESYNTAX);
    assert_int_equal(err.line, 3);
    assert_null(o);
    assert_int_equal(pgn__ontology_load("/nonexistent", &o, &err), PGN_EIO);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_cameo_code_is_present),
        cmocka_unit_test(plover_categories_modes_contexts),
        cmocka_unit_test(loader_errors_name_file_and_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
