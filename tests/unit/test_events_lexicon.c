/* tests/unit/test_events_lexicon.c -- data/lexicon: coverage of every CAMEO
** root and PLOVER category, pattern syntax, errors with file and line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

/* The head index (built at seal) gives each (pos, head) its whole run of
** entries, first in file order, and nothing for a head it lacks, through
** hash collisions and probing: 300 heads, as verbs and as nouns with other
** counts. */
static void head_index_finds_every_run(void **state) {
    (void)state;
    static const char *const pats[] = {"to T", "with T", "on T"};
    char *vt = malloc(300 * 3 * 24), *nt = malloc(300 * 3 * 24);
    assert_non_null(vt);
    assert_non_null(nt);
    size_t vl = 0, nl = 0;
    for (int h = 0; h < 300; h++) {
        for (int k = 0; k < 1 + h % 3; k++)
            vl += (size_t)sprintf(vt + vl, "w%d %s\t040\n", h, pats[k]);
        for (int k = 0; k < (h % 5 == 0 ? 0 : 1 + (h + 1) % 3); k++)
            nl += (size_t)sprintf(nt + nl, "w%d %s\t040\n", h, pats[k]);
    }
    pgn__lexicon *lex = pgn__lexicon_new();
    pgn_error err;
    assert_int_equal(pgn__lexicon_parse(lex, NULL, 'v', "v.txt", vt, vl, &err), 0);
    assert_int_equal(pgn__lexicon_parse(lex, NULL, 'n', "n.txt", nt, nl, &err), 0);
    assert_int_equal(pgn__lexicon_seal(lex, &err), 0);
    for (int h = 0; h < 300; h++) {
        char w[16];
        snprintf(w, sizeof w, "w%d", h);
        for (int pos = 0; pos < 2; pos++) {
            size_t want = pos == 0 ? (size_t)(1 + h % 3) : h % 5 == 0 ? 0 : (size_t)(1 + (h + 1) % 3);
            size_t n = 99;
            const pgn__lex_entry *e = pgn__lexicon_lookup(lex, w, pos ? 'n' : 'v', &n);
            assert_int_equal(n, want);
            if (!want) {
                assert_null(e);
                continue;
            }
            for (size_t k = 0; k < n; k++) {
                assert_string_equal(e[k].head, w);
                assert_int_equal(e[k].pos, pos ? 'n' : 'v');
                assert_string_equal(e[k].file, pos ? "n.txt" : "v.txt");
                assert_true(k == 0 || e[k].line > e[k - 1].line); /* file order */
            }
        }
    }
    size_t n = 99;
    assert_null(pgn__lexicon_lookup(lex, "w300", 'v', &n));
    assert_int_equal(n, 0);
    assert_null(pgn__lexicon_lookup(lex, "w", 'v', &n));
    assert_null(pgn__lexicon_lookup(lex, "w12x", 'v', &n));
    assert_null(pgn__lexicon_lookup(lex, "", 'v', &n));
    assert_null(pgn__lexicon_lookup(lex, "w1", 'c', &n));
    pgn__lexicon_free(lex);
    free(vt);
    free(nt);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(covers_every_root_and_category),
        cmocka_unit_test(pattern_syntax_and_errors),
        cmocka_unit_test(most_specific_lookup_order),
        cmocka_unit_test(head_index_finds_every_run),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
