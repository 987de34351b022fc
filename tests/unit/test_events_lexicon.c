/* tests/unit/test_events_lexicon.c -- data/lexicon: coverage of every CAMEO
** root and PLOVER category, pattern syntax, errors with file and line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "events/events.h"
#include "events/lexicon.h"

static pgn__ontology *ont;

static int setup(void **state) {
    (void)state;
    pgn_error err;
    return pgn__ontology_load(PGN_SOURCE_DIR "/data/ontology", &ont, &err) ? -1 : 0;
}

static int teardown(void **state) {
    (void)state;
    pgn__ontology_free(ont);
    return 0;
}

static void covers_every_root_and_category(void **state) {
    (void)state;
    pgn__lexicon *lex = NULL;
    pgn_error err;
    int rc = pgn__lexicon_load(PGN_SOURCE_DIR "/data/lexicon", ont, &lex, &err);
    if (rc) fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
    assert_int_equal(rc, 0);
    assert_true(pgn__lexicon_n_entries(lex) >= 500);
    for (int r = 1; r <= 20; r++) assert_true(pgn__lexicon_roots(lex) & (1u << r));
    /* Every PLOVER category has an entry: walk the codes the lexicon uses. */
    int seen[16] = {0};
    static const char *const probes[][3] = {
        {"agree", "v", "AGREE"},       {"meet", "v", "CONSULT"},     {"praise", "v", "SUPPORT"},
        {"concede", "v", "CONCEDE"},   {"cooperate", "v", "COOPERATE"}, {"aid", "v", "AID"},
        {"release", "v", "RETREAT"},   {"demand", "v", "REQUEST"},   {"condemn", "v", "ACCUSE"},
        {"reject", "v", "REJECT"},     {"threaten", "v", "THREATEN"}, {"protest", "v", "PROTEST"},
        {"expel", "v", "SANCTION"}, {"mobilize", "v", "MOBILIZE"}, {"arrest", "v", "COERCE"},
        {"invasion", "n", "ASSAULT"},
    };
    for (size_t p = 0; p < sizeof probes / sizeof probes[0]; p++) {
        size_t n = 0;
        const pgn__lex_entry *e = pgn__lexicon_lookup(lex, probes[p][0], probes[p][1][0], &n);
        int found = 0;
        for (size_t k = 0; k < n; k++) {
            const pgn__cameo *c = pgn__ontology_find(ont, e[k].code);
            assert_non_null(c);
            if (strcmp(c->plover->name, probes[p][2]) == 0) found = 1;
            for (size_t q = 0; q < 16; q++)
                if (strcmp(c->plover->name, probes[q][2]) == 0) seen[q] = 1;
        }
        if (!found) fprintf(stderr, "no %s entry for %s\n", probes[p][2], probes[p][0]);
        assert_true(found);
    }
    for (size_t q = 0; q < 16; q++) assert_true(seen[q]);
    /* Patterns the issue names. */
    size_t n = 0;
    const pgn__lex_entry *e = pgn__lexicon_lookup(lex, "pull", 'v', &n);
    int pull_out_of = 0;
    for (size_t k = 0; k < n; k++)
        if (e[k].n_items == 2 && e[k].items[0].kind == PGN__LI_PARTICLE &&
            strcmp(e[k].items[0].word, "out") == 0 && e[k].items[1].kind == PGN__LI_TARGET_PREP &&
            strcmp(e[k].items[1].word, "of") == 0)
            pull_out_of = 1;
    assert_true(pull_out_of);
    assert_non_null(pgn__lexicon_lookup(lex, "invitation", 'n', &n));
    assert_null(pgn__lexicon_lookup(lex, "invitation", 'v', &n));
    assert_int_equal(n, 0);
    int v = -1;
    assert_true(pgn__lexicon_cue(lex, PGN__CUE_CONTROL, "agree", &v));
    assert_int_equal(v, PGN__FACT_FUTURE);
    assert_true(pgn__lexicon_cue(lex, PGN__CUE_HEDGE, "allegedly", &v));
    assert_int_equal(v, PGN__FACT_ALLEGED);
    assert_false(pgn__lexicon_cue(lex, PGN__CUE_SPEECH, "invade", &v));
    pgn__lexicon_free(lex);
}

static int parse1(int kind, const char *text, pgn_error *err) {
    pgn__lexicon *lex = pgn__lexicon_new();
    assert_non_null(lex);
    int rc = pgn__lexicon_parse(lex, ont, kind, "t.txt", text, strlen(text), err);
    if (rc == 0) rc = pgn__lexicon_seal(lex, err);
    pgn__lexicon_free(lex);
    return rc;
}

static void pattern_syntax_and_errors(void **state) {
    (void)state;
    pgn_error err;
    assert_int_equal(parse1('v', "# c\n\nimpose =sanction on T\t163\t# why\n", &err), 0);
    assert_int_equal(parse1('v', "invite T to >visit\t026\n", &err), 0);
    assert_int_equal(parse1('v', "accuse T of =war_crime\t1124\n", &err), 0);
    assert_int_equal(parse1('v', "attack T\t999\n", &err), PGN_ESYNTAX);
    assert_int_equal(err.line, 1);
    assert_string_equal(err.file, "t.txt");
    assert_int_equal(parse1('v', "# x\nattack T\t2099\n", &err), PGN_ESYNTAX); /* not in ontology */
    assert_int_equal(err.line, 2);
    assert_int_equal(parse1('v', "Attack T\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "attack T T\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "attack on\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "attack +\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "attack T\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('n', "invasion T\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "a +b +c +d +e +f +g +h\t190\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('v', "attack T\t190\nattack T\t190\n", &err), PGN_EDUPLICATE);
    assert_int_equal(err.line, 2);
    /* not adjacent: another pattern of the same head in between */
    assert_int_equal(parse1('v', "attack T\t190\nattack\t180\nattack T\t180\n", &err),
                     PGN_EDUPLICATE);
    assert_int_equal(err.line, 3);
    assert_int_equal(parse1('v', "release T\t0841\nrelease T!\t0841\n", &err), 0);
    assert_int_equal(parse1('v', "attack\xc3\x28 T\t190\n", &err), PGN_EUTF8);
    assert_int_equal(parse1('c', "control\tagree\tfuture\n", &err), 0);
    assert_int_equal(parse1('c', "control\tagree\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('c', "denial\tdeny\tfuture\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('c', "colour\tred\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('c', "modal\twill\tsoon\n", &err), PGN_ESYNTAX);
    assert_int_equal(parse1('c', "negation\tnot\nnegation\tnot\n", &err), PGN_EDUPLICATE);
    pgn__lexicon *lex = NULL;
    assert_int_equal(pgn__lexicon_load("/nonexistent", ont, &lex, &err), PGN_EIO);
    assert_null(lex);
}

static void most_specific_lookup_order(void **state) {
    (void)state;
    pgn__lexicon *lex = pgn__lexicon_new();
    pgn_error err;
    const char *text = "meet with T\t040\nmeet T\t040\nattack T\t180\n";
    assert_int_equal(pgn__lexicon_parse(lex, NULL, 'v', "t.txt", text, strlen(text), &err), 0);
    assert_int_equal(pgn__lexicon_seal(lex, &err), 0);
    size_t n = 0;
    const pgn__lex_entry *e = pgn__lexicon_lookup(lex, "meet", 'v', &n);
    assert_int_equal(n, 2);
    assert_int_equal(e[0].line, 1); /* file order kept among equal heads */
    assert_null(pgn__lexicon_lookup(lex, "meeting", 'v', &n));
    assert_non_null(pgn__lexicon_lookup(lex, "attack", 'v', &n));
    assert_int_equal(n, 1);
    pgn__lexicon_free(lex);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(covers_every_root_and_category),
        cmocka_unit_test(pattern_syntax_and_errors),
        cmocka_unit_test(most_specific_lookup_order),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
