/* tests/unit/test_tagger.c -- tagger and lemmatizer trained on the fixture
** treebank (tests/data/fixture.conllu): it must tag its training sentences
** well, lemmatize known and unknown words, be deterministic for a seed,
** and annotate a document through the public API. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "nlp/nlp_int.h"
#include "peregrine.h"

#define FIXTURE PGN_TEST_DATA "/fixture.conllu"

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

static void train_to(const char *dir, unsigned long long seed, unsigned ensemble) {
    pgn_nlp_train_options o = {0};
    o.ensemble = ensemble;
    o.train_path = FIXTURE;
    o.dev_path = FIXTURE;
    o.out_dir = dir;
    o.seed = seed;
    o.epochs = 6;
    o.quiet = 1;
    pgn_error err;
    assert_int_equal(pgn_nlp_train_tagger(&o, &err), 0);
}

static void tags_training_sentences_well(void **state) {
    (void)state;
    char dir[] = "/tmp/pgn_tagger_XXXXXX";
    assert_non_null(mkdtemp(dir));
    train_to(dir, 1, 1);
    pgn_nlp_model *m;
    pgn_error err;
    assert_int_equal(pgn_nlp_model_open(dir, &m, &err), 0);
    assert_false(pgn_nlp_model_has_parser(m));
    pgn_ud_scores s;
    assert_int_equal(pgn_nlp_eval_conllu(m, FIXTURE, &s, &err), 0);
    assert_int_equal(s.n_sentences, 37);
    assert_true(s.upos >= 97.0);
    assert_true(s.xpos >= 97.0);
    assert_true(s.lemma >= 97.0);
    assert_true(s.ufeats >= 90.0);
    pgn_nlp_model_close(m);

    /* lemma rules for unknown words, given the tag */
    pgn__tagger *t;
    char path[512];
    snprintf(path, sizeof path, "%s/tagger.pgnm", dir);
    assert_int_equal(pgn__tagger_load(path, &t, &err), 0);
    uint32_t vbd = PGN__NONE, nns = PGN__NONE, nnp = PGN__NONE;
    for (uint32_t i = 0; i < t->n_tags; i++) {
        if (strcmp(pgn__tagger_xpos(t, i), "VBD") == 0 && strcmp(pgn__tagger_upos(t, i), "VERB") == 0)
            vbd = i;
        if (strcmp(pgn__tagger_xpos(t, i), "NNS") == 0) nns = i;
        if (strcmp(pgn__tagger_xpos(t, i), "NNP") == 0) nnp = i;
    }
    assert_true(vbd != PGN__NONE && nns != PGN__NONE && nnp != PGN__NONE);
    pgn__arena *a = pgn__arena_new(0);
    assert_string_equal(pgn__lemma_apply(t, "condemned", vbd, a), "condemn");
    assert_string_equal(pgn__lemma_apply(t, "hardened", vbd, a), "harden");
    assert_string_equal(pgn__lemma_apply(t, "treaties", nns, a), "treaty");
    assert_string_equal(pgn__lemma_apply(t, "Nairobi", nnp, a), "Nairobi");
    pgn__arena_free(a);
    pgn__tagger_free(t);
    unlink(path);
    rmdir(dir);
}

static void training_is_deterministic(void **state) {
    (void)state;
    char d1[] = "/tmp/pgn_tagger_XXXXXX", d2[] = "/tmp/pgn_tagger_XXXXXX";
    assert_non_null(mkdtemp(d1));
    assert_non_null(mkdtemp(d2));
    train_to(d1, 5, 1);
    train_to(d2, 5, 1);
    char p1[512], p2[512];
    snprintf(p1, sizeof p1, "%s/tagger.pgnm", d1);
    snprintf(p2, sizeof p2, "%s/tagger.pgnm", d2);
    size_t n1, n2;
    char *a = read_all(p1, &n1), *b = read_all(p2, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
    unlink(p1);
    unlink(p2);
    rmdir(d1);
    rmdir(d2);
}

/* The soup of two perceptrons scores each feature by the mean of their
** averaged weights, including features only one of them has. */
static void soup_is_the_mean_of_the_parts(void **state) {
    (void)state;
    const uint64_t f1 = 0x1234567890abcdefULL, f2 = 0x7edcba0987654321ULL;
    pgn__lt a, b, soup;
    assert_int_equal(pgn__lt_init(&a, 4), 0);
    assert_int_equal(pgn__lt_init(&b, 4), 0);
    /* updated at time 0, read at time 1: averaged weight = the update */
    assert_int_equal(pgn__lt_update(&a, &f1, 1, 0, 1.0f), 0);
    assert_int_equal(pgn__lt_update(&b, &f1, 1, 0, 3.0f), 0);
    assert_int_equal(pgn__lt_update(&b, &f2, 1, 1, 2.0f), 0);
    a.now = b.now = 1;
    const pgn__lt *parts[2] = {&a, &b};
    assert_int_equal(pgn__lt_soup(parts, 2, &soup), 0);
    pgn__lin lin;
    assert_int_equal(pgn__lt_compact(&soup, 0.0f, &lin), 0);
    int32_t s1[4] = {0}, s2[4] = {0};
    pgn__lin_score(&lin, &f1, 1, s1);
    pgn__lin_score(&lin, &f2, 1, s2);
    /* means 2 and 1 (a sum would score alike: one scale, set by the
    ** largest weight, the full int16 range) */
    assert_int_equal(s1[0], 32000);
    assert_int_equal(s2[1], 16000);
    assert_int_equal(s1[1] + s1[2] + s1[3] + s2[0] + s2[2] + s2[3], 0);
    pgn__lin_free(&lin);
    pgn__lt_free(&soup);
    pgn__lt_free(&a);
    pgn__lt_free(&b);
}

/* An ensemble is its own model (not member 0 alone), still tags the
** fixture well, and is as deterministic as one perceptron. */
static void ensemble_training(void **state) {
    (void)state;
    char d0[] = "/tmp/pgn_tagger_XXXXXX", d1[] = "/tmp/pgn_tagger_XXXXXX",
         d2[] = "/tmp/pgn_tagger_XXXXXX";
    assert_non_null(mkdtemp(d0));
    assert_non_null(mkdtemp(d1));
    assert_non_null(mkdtemp(d2));
    train_to(d0, 5, 1);
    train_to(d1, 5, 3);
    train_to(d2, 5, 3);
    char p0[512], p1[512], p2[512];
    snprintf(p0, sizeof p0, "%s/tagger.pgnm", d0);
    snprintf(p1, sizeof p1, "%s/tagger.pgnm", d1);
    snprintf(p2, sizeof p2, "%s/tagger.pgnm", d2);
    size_t n0, n1, n2;
    char *a = read_all(p0, &n0), *b = read_all(p1, &n1), *c = read_all(p2, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(b, c, n1);
    assert_true(n0 != n1 || memcmp(a, b, n0) != 0);
    pgn_nlp_model *m;
    pgn_error err;
    assert_int_equal(pgn_nlp_model_open(d1, &m, &err), 0);
    pgn_ud_scores sc;
    assert_int_equal(pgn_nlp_eval_conllu(m, FIXTURE, &sc, &err), 0);
    assert_true(sc.upos >= 97.0);
    assert_true(sc.xpos >= 97.0);
    pgn_nlp_model_close(m);
    free(a);
    free(b);
    free(c);
    unlink(p0);
    unlink(p1);
    unlink(p2);
    rmdir(d0);
    rmdir(d1);
    rmdir(d2);
}

static void annotates_a_document(void **state) {
    (void)state;
    char dir[] = "/tmp/pgn_tagger_XXXXXX";
    assert_non_null(mkdtemp(dir));
    train_to(dir, 1, 1);
    pgn_nlp_model *m;
    pgn_error err;
    assert_int_equal(pgn_nlp_model_open(dir, &m, &err), 0);
    const char *text = "The minister condemned the attack .";
    pgn_doc *doc;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    assert_int_equal(pgn_nlp_annotate(m, doc, &err), 0);
    pgn_token_view tv;
    assert_int_equal(pgn_doc_token(doc, 0, 1, &tv), 0);
    assert_string_equal(tv.form, "minister");
    assert_string_equal(tv.upos, "NOUN");
    assert_string_equal(tv.xpos, "NN");
    assert_int_equal(pgn_doc_token(doc, 0, 2, &tv), 0);
    assert_string_equal(tv.upos, "VERB");
    assert_string_equal(tv.lemma, "condemn");
    pgn_doc_free(doc);
    pgn_nlp_model_close(m);
    char path[512];
    snprintf(path, sizeof path, "%s/tagger.pgnm", dir);
    unlink(path);
    rmdir(dir);
}

static void clusters_group_words_by_context(void **state) {
    (void)state;
    char path[] = "/tmp/pgn_text_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    static const char *det[] = {"The", "a"}, *noun[] = {"cat", "dog", "cow", "pig"},
                      *verb[] = {"sat", "ran"};
    for (int i = 0; i < 200; i++)
        fprintf(f, "%s %s %s.\n", det[i % 2], noun[(i / 2) % 4], verb[(i / 8) % 2]);
    fclose(f);
    pgn__treebank *tb;
    pgn_error err;
    assert_int_equal(pgn__conllu_read_file(FIXTURE, &tb, &err), 0);
    const char *paths[] = {path};
    pgn__smap cl = {0};
    assert_int_equal(pgn__clusters_learn(tb, paths, 1, 4, &cl, 1, &err), 0);
    uint32_t c[4];
    for (int i = 0; i < 4; i++) {
        c[i] = pgn__smap_get(&cl, pgn__hstr(noun[i], 3));
        assert_true(c[i] != PGN__NONE);
    }
    assert_int_equal(c[0], c[1]);
    assert_int_equal(c[0], c[2]);
    assert_int_equal(c[0], c[3]);
    /* and the words do not all fall into one cluster */
    uint32_t first = PGN__NONE, distinct = 0;
    for (size_t i = 0; i <= cl.mask; i++) {
        if (!cl.slot[i].key) continue;
        if (first == PGN__NONE) first = cl.slot[i].val;
        else if (cl.slot[i].val != first) distinct = 1;
    }
    assert_true(distinct);
    pgn__smap_free(&cl);
    /* too little text for the clusters asked: an error, not a crash */
    assert_int_equal(pgn__clusters_learn(tb, paths, 1, 500, &cl, 1, &err), PGN_EEMPTY);
    const char *missing[] = {"/nonexistent/text"};
    assert_int_equal(pgn__clusters_learn(tb, missing, 1, 3, &cl, 1, &err), PGN_EIO);
    assert_string_equal(err.file, "/nonexistent/text");
    pgn__treebank_free(tb);
    unlink(path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tags_training_sentences_well),
        cmocka_unit_test(training_is_deterministic),
        cmocka_unit_test(annotates_a_document),
        cmocka_unit_test(clusters_group_words_by_context),
        cmocka_unit_test(soup_is_the_mean_of_the_parts),
        cmocka_unit_test(ensemble_training),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
