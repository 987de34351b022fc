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

static void train_to(const char *dir, unsigned long long seed) {
    pgn_nlp_train_options o = {0};
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
    train_to(dir, 1);
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
    train_to(d1, 5);
    train_to(d2, 5);
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

static void annotates_a_document(void **state) {
    (void)state;
    char dir[] = "/tmp/pgn_tagger_XXXXXX";
    assert_non_null(mkdtemp(dir));
    train_to(dir, 1);
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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
