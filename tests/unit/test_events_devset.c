/* tests/unit/test_events_devset.c -- the event engine on our development set
** (tests/data/events/dev.jsonl) with shallow parses and actor mentions
** (dev.parsed, from scripts/devset_shallow_parse.py) standing in for the
** parser and the KB.  Prints the scorer's figures; asserts a floor so a
** regression in the engine or lexicon shows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "events/datafile.h"
#include "events/score.h"
#include "events_fixture.h"

#define FLOOR_F1 0.95  /* measured 1.000 with these parses; a drop means a regression */
#define FLOOR_CAT 0.95
#define NEWS_FLOOR_F1 0.90

static pgn__ontology *ont;
static pgn__lexicon *lex;
static char *parsed, *parsed_news; /* the .parsed files, split in place */
static const char **texts, **blocks;
static size_t n_blocks;

/* Splits a .parsed file into "# text = " lines and their fixture blocks,
** appending to texts/blocks. */
static int load_parsed(const char *path, char **keep) {
    pgn_error err;
    size_t len;
    char *buf;
    if (pgn__df_read_file(path, &buf, &len, &err)) return -1;
    *keep = buf;
    char *p = buf;
    while ((p = strstr(p, "# text = ")) != NULL && n_blocks < 2048) {
        char *t = p + 9, *nl = strchr(t, '\n');
        if (!nl) break;
        *nl = 0;
        texts[n_blocks] = t;
        blocks[n_blocks++] = nl + 1;
        char *end = strstr(nl + 1, "\n\n");
        if (!end) break;
        end[1] = 0;
        p = end + 2;
    }
    return 0;
}

static int setup(void **state) {
    (void)state;
    pgn_error err;
    if (pgn__ontology_load(PGN_SOURCE_DIR "/data/ontology", &ont, &err) ||
        pgn__lexicon_load(PGN_SOURCE_DIR "/data/lexicon", ont, &lex, &err))
        return -1;
    texts = calloc(2048, sizeof *texts);
    blocks = calloc(2048, sizeof *blocks);
    if (!texts || !blocks || load_parsed(PGN_TEST_DATA "/events/dev.parsed", &parsed) ||
        load_parsed(PGN_TEST_DATA "/events/dev_news.parsed", &parsed_news))
        return -1;
    return n_blocks ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    free(texts);
    free(blocks);
    free(parsed);
    free(parsed_news);
    pgn__lexicon_free(lex);
    pgn__ontology_free(ont);
    return 0;
}

static int code_parsed(void *ctx, const char *text, size_t len, const char *date, pgn_doc **out,
                       pgn_error *err) {
    (void)ctx;
    (void)len;
    for (size_t i = 0; i < n_blocks; i++)
        if (strcmp(texts[i], text) == 0) {
            *out = fx_doc(blocks[i], date);
            if (!*out) return PGN_ESYNTAX;
            int rc = pgn__events_extract(ont, lex, *out, NULL, err);
            if (getenv("PGN_DEV_VERBOSE")) { /* one line per text, for error analysis */
                const pgn_doc *d = *out;
                printf("SYS\t%s", text);
                for (size_t k = 0; k < d->events.n; k++) {
                    const pgn__event *e = &d->events.v[k];
                    printf("\t%s %s %s %s%s", e->cameo->code, d->mentions.v[e->source].code,
                           e->target >= 0 ? d->mentions.v[e->target].code : "-",
                           pgn__factuality_name(e->factuality), e->negated ? " NEG" : "");
                }
                printf("\n");
            }
            return rc;
        }
    *out = NULL;
    return PGN_ENOTFOUND;
}

static void dev_set_figures(void **state) {
    (void)state;
    pgn__event_scores sc;
    pgn_error err;
    assert_int_equal(pgn__score_events_file(PGN_TEST_DATA "/events/dev.jsonl", code_parsed, NULL,
                                            &sc, &err),
                     0);
    printf("dev set, shallow parses and given actors: %zu texts, %zu gold events, %zu system\n"
           "  category %.3f  source %.3f  target %.3f  CAMEO root %.3f\n"
           "  whole events P %.3f R %.3f F1 %.3f  factuality %.3f  negated kept %zu/%zu\n",
           sc.items, sc.gold, sc.sys, sc.cat_acc, sc.src_acc, sc.tgt_acc, sc.root_acc,
           sc.precision, sc.recall, sc.f1, sc.fact_acc, sc.negated_ok, sc.gold_negated);
    assert_int_equal(sc.coding_errors, 0);
    assert_true(sc.items >= 400);
    assert_true(sc.f1 >= FLOOR_F1);
    assert_true(sc.cat_acc >= FLOOR_CAT);
}

/* The hand-written news sentences that have hand parses
** (dev_news.parsed): a freer test of the engine than the generated set. */
static void news_subset_figures(void **state) {
    (void)state;
    pgn_error err;
    char *gold;
    size_t len;
    assert_int_equal(pgn__df_read_file(PGN_TEST_DATA "/events/dev_news.jsonl", &gold, &len, &err),
                     0);
    /* Keep the gold lines whose text has a parse. */
    char *subset = malloc(len + 1);
    assert_non_null(subset);
    size_t n = 0;
    for (char *line = gold; line < gold + len;) {
        char *nl = memchr(line, '\n', (size_t)(gold + len - line));
        size_t l = nl ? (size_t)(nl - line) + 1 : (size_t)(gold + len - line);
        for (size_t i = 0; i < n_blocks; i++) {
            char key[600];
            snprintf(key, sizeof key, "\"text\": \"%s\"", texts[i]);
            if (memmem(line, l, key, strlen(key))) {
                memcpy(subset + n, line, l);
                n += l;
                break;
            }
        }
        line += l;
    }
    pgn__event_scores sc;
    assert_int_equal(pgn__score_events("dev_news subset", subset, n, code_parsed, NULL, &sc, &err),
                     0);
    printf("news subset, hand parses and given actors: %zu texts, %zu gold events, %zu system\n"
           "  category %.3f  source %.3f  target %.3f  CAMEO root %.3f\n"
           "  whole events P %.3f R %.3f F1 %.3f  factuality %.3f  negated kept %zu/%zu\n",
           sc.items, sc.gold, sc.sys, sc.cat_acc, sc.src_acc, sc.tgt_acc, sc.root_acc,
           sc.precision, sc.recall, sc.f1, sc.fact_acc, sc.negated_ok, sc.gold_negated);
    assert_int_equal(sc.coding_errors, 0);
    assert_true(sc.items >= 25);
    assert_true(sc.f1 >= NEWS_FLOOR_F1);
    free(subset);
    free(gold);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dev_set_figures),
        cmocka_unit_test(news_subset_figures),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
