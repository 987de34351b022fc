/* tests/unit/test_events_score.c -- the event scorer on tiny hand-made
** gold files, with a stand-in coder that returns hand-built documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "events/score.h"
#include "events_fixture.h"

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

/* The stand-in coder: texts it knows map to hand parses. */
static const char *const parses[][2] = {
    {"Russia invaded Ukraine.", "# m 1 RUS RUS -\n# m 3 UKR UKR -\n"
                                "1 Russia Russia PROPN 2 nsubj\n2 invaded invade VERB 0 root\n"
                                "3 Ukraine Ukraine PROPN 2 obj\n4 . . PUNCT 2 punct\n"},
    {"Iran condemned Israel.", "# m 1 IRNGOV IRN GOV\n# m 3 ISR ISR -\n"
                               "1 Iran Iran PROPN 2 nsubj\n2 condemned condemn VERB 0 root\n"
                               "3 Israel Israel PROPN 2 obj\n4 . . PUNCT 2 punct\n"},
    {"Chad met Niger.", "# m 1 TCD TCD -\n# m 3 NER NER -\n"
                        "1 Chad Chad PROPN 2 nsubj\n2 met meet VERB 0 root\n"
                        "3 Niger Niger PROPN 2 obj\n4 . . PUNCT 2 punct\n"},
    {"Mali did not attack Niger.", "# m 1 MLI MLI -\n# m 5 NER NER -\n"
                                   "1 Mali Mali PROPN 4 nsubj\n2 did do AUX 4 aux\n"
                                   "3 not not PART 4 advmod\n4 attack attack VERB 0 root\n"
                                   "5 Niger Niger PROPN 4 obj\n"},
};

static int fake_code(void *ctx, const char *text, size_t len, const char *date, pgn_doc **out,
                     pgn_error *err) {
    (void)ctx;
    (void)len;
    for (size_t i = 0; i < sizeof parses / sizeof parses[0]; i++)
        if (strcmp(text, parses[i][0]) == 0) {
            *out = fx_doc(parses[i][1], date);
            return pgn__events_extract(ont, lex, *out, NULL, err);
        }
    *out = NULL;
    err->code = PGN_EUNSUPPORTED;
    return PGN_EUNSUPPORTED;
}

static void perfect_and_imperfect(void **state) {
    (void)state;
    const char *gold =
        "{\"id\":\"a\",\"date\":\"2022-02-24\",\"text\":\"Russia invaded Ukraine.\","
        "\"events\":[{\"plover\":\"ASSAULT\",\"cameo\":\"190\",\"source\":\"RUS\",\"target\":\"UKR\"}]}\n"
        "\n"
        /* gold says RUS-level source: "IRNGOV" matches the prefix "IRN" */
        "{\"id\":\"b\",\"text\":\"Iran condemned Israel.\",\"events\":[{\"plover\":\"ACCUSE\","
        "\"source\":\"IRN\",\"target\":\"ISR\"}]}\n"
        /* wrong category on purpose: the system says CONSULT */
        "{\"id\":\"c\",\"text\":\"Chad met Niger.\",\"events\":[{\"plover\":\"AGREE\",\"cameo\":\"036\","
        "\"source\":\"TCD\",\"target\":\"NER\"}]}\n"
        /* a negated gold event, correctly output as negated */
        "{\"id\":\"d\",\"text\":\"Mali did not attack Niger.\",\"events\":[{\"plover\":\"ASSAULT\","
        "\"source\":\"MLI\",\"target\":\"NER\",\"negated\":true}]}\n"
        /* a text the coder cannot code: counted, gold event missed */
        "{\"id\":\"e\",\"text\":\"Unknown.\",\"events\":[{\"plover\":\"AID\",\"source\":\"USA\","
        "\"target\":null}]}\n";
    pgn__event_scores sc;
    pgn_error err;
    assert_int_equal(pgn__score_events("gold.jsonl", gold, strlen(gold), fake_code, NULL, &sc, &err),
                     0);
    assert_int_equal(sc.items, 5);
    assert_int_equal(sc.coding_errors, 1);
    assert_int_equal(sc.gold, 4);
    assert_int_equal(sc.sys, 3);
    assert_int_equal(sc.matched, 2);
    assert_int_equal(sc.cat_ok, 2);
    assert_int_equal(sc.src_ok, 3);
    assert_int_equal(sc.tgt_ok, 3);
    assert_int_equal(sc.root_gold, 2);
    assert_int_equal(sc.root_ok, 1);
    assert_int_equal(sc.gold_negated, 1);
    assert_int_equal(sc.negated_ok, 1);
    assert_true(sc.precision > 0.66 && sc.precision < 0.67);
    assert_true(sc.recall == 0.5);
    assert_true(sc.f1 > 0.57 && sc.f1 < 0.58);
    assert_true(sc.cat_acc == 0.5);
    assert_true(sc.fact_acc == 1.0);
}

static void reverse_prefix_does_not_match(void **state) {
    (void)state;
    /* Gold IRNGOV is more specific than needed; the system's IRNGOV matches,
    ** but gold IRNGOVX would not. */
    const char *gold = "{\"text\":\"Iran condemned Israel.\",\"events\":[{\"plover\":\"ACCUSE\","
                       "\"source\":\"IRNGOVX\",\"target\":\"ISR\"}]}\n";
    pgn__event_scores sc;
    pgn_error err;
    assert_int_equal(pgn__score_events("g", gold, strlen(gold), fake_code, NULL, &sc, &err), 0);
    assert_int_equal(sc.matched, 0);
    assert_int_equal(sc.cat_ok, 1);
    assert_int_equal(sc.src_ok, 0);
}

static void gold_errors_name_line(void **state) {
    (void)state;
    pgn__event_scores sc;
    pgn_error err;
    const char *bad = "{\"text\":\"Russia invaded Ukraine.\",\"events\":[]}\n{\"text\":\"x\",";
    assert_int_equal(pgn__score_events("g.jsonl", bad, strlen(bad), fake_code, NULL, &sc, &err),
                     PGN_ESYNTAX);
    assert_int_equal(err.line, 2);
    assert_string_equal(err.file, "g.jsonl");
    bad = "{\"text\":\"a\",\"events\":[{\"source\":\"RUS\"}]}\n";
    assert_int_equal(pgn__score_events("g", bad, strlen(bad), fake_code, NULL, &sc, &err),
                     PGN_ESYNTAX);
    bad = "{\"text\":\"a\",\"events\":[{\"plover\":\"AID\",\"factuality\":\"maybe\"}]}\n";
    assert_int_equal(pgn__score_events("g", bad, strlen(bad), fake_code, NULL, &sc, &err),
                     PGN_ESYNTAX);
    bad = "[1,2]\n";
    assert_int_equal(pgn__score_events("g", bad, strlen(bad), fake_code, NULL, &sc, &err),
                     PGN_ESYNTAX);
    bad = "{\"events\":[]}\n";
    assert_int_equal(pgn__score_events("g", bad, strlen(bad), fake_code, NULL, &sc, &err),
                     PGN_ESYNTAX);
    assert_int_equal(pgn__score_events_file("/nonexistent", fake_code, NULL, &sc, &err), PGN_EIO);
}

/* The development set parses and every item has what the scorer needs. */
static void dev_set_is_well_formed(void **state) {
    (void)state;
    pgn__event_scores sc;
    pgn_error err;
    int rc = pgn__score_events_file(PGN_SOURCE_DIR "/tests/data/events/dev.jsonl", fake_code, NULL,
                                    &sc, &err);
    if (rc) fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
    assert_int_equal(rc, 0);
    assert_true(sc.items >= 400);
    assert_true(sc.gold >= 400);
    rc = pgn__score_events_file(PGN_SOURCE_DIR "/tests/data/events/dev_news.jsonl", fake_code,
                                NULL, &sc, &err);
    if (rc) fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
    assert_int_equal(rc, 0);
    assert_true(sc.items >= 80);
}

/* The error report: per line, the gold events missed and the system events
** matching none; lines with no error are not reported. */
typedef struct seen_errors {
    int calls;
    long line;
    char id[16], missed[64], spurious[64];
} seen_errors;

static void collect(void *ctx, long line, const char *id, const char *text,
                    const pgn_event_key *missed, size_t n_missed,
                    const pgn_event_key *spurious, size_t n_spurious) {
    (void)text;
    seen_errors *e = ctx;
    e->calls++;
    e->line = line;
    snprintf(e->id, sizeof e->id, "%s", id ? id : "-");
    if (n_missed)
        snprintf(e->missed, sizeof e->missed, "%zu %s %s %s", n_missed, missed[0].plover,
                 missed[0].cameo ? missed[0].cameo : "-", missed[0].source);
    if (n_spurious)
        snprintf(e->spurious, sizeof e->spurious, "%zu %s %s %s", n_spurious, spurious[0].plover,
                 spurious[0].cameo, spurious[0].target ? spurious[0].target : "-");
}

static void errors_are_reported_per_line(void **state) {
    (void)state;
    const char *gold =
        "{\"id\":\"a\",\"text\":\"Russia invaded Ukraine.\",\"events\":[{\"plover\":\"ASSAULT\","
        "\"source\":\"RUS\",\"target\":\"UKR\"}]}\n"
        "{\"id\":\"c\",\"text\":\"Chad met Niger.\",\"events\":[{\"plover\":\"AGREE\",\"cameo\":\"036\","
        "\"source\":\"TCD\",\"target\":\"NER\"}]}\n";
    pgn__event_scores sc;
    pgn_error err;
    seen_errors e;
    memset(&e, 0, sizeof e);
    assert_int_equal(pgn__score_events_errors("g", gold, strlen(gold), fake_code, NULL, collect, &e,
                                              &sc, &err),
                     0);
    assert_int_equal(e.calls, 1);
    assert_int_equal(e.line, 2);
    assert_string_equal(e.id, "c");
    assert_string_equal(e.missed, "1 AGREE 036 TCD");
    assert_string_equal(e.spurious, "1 CONSULT 040 NER");
    assert_int_equal(sc.matched, 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(perfect_and_imperfect),
        cmocka_unit_test(reverse_prefix_does_not_match),
        cmocka_unit_test(errors_are_reported_per_line),
        cmocka_unit_test(gold_errors_name_line),
        cmocka_unit_test(dev_set_is_well_formed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
