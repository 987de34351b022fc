/* tests/unit/test_quotes_model.c -- the learned attribution model
** (src/discourse/quotes_model.c, quotes_source.c, quotes_train.c): trained
** on a tiny fixture written here, it learns a made-up cue verb the rules
** cannot know, and the source of a cue noun the parse rules give none; the
** same data and seed give the same file; a damaged file or one of the
** previous format (no source ranker) is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "discourse/discourse.h"
#include "discourse/quotes_model.h"
#include "nlp/nlp_int.h"
#include "peregrine.h"

static pgn_nlp_model *nlp;

static int setup(void **state) {
    (void)state;
    pgn_error err;
    /* the parse the pipeline and `train quotes` use */
    pgn_nlp_open_options greedy = {.parse_greedy = 1};
    if (pgn_nlp_model_open_opts(PGN_SOURCE_DIR "/data/models", &greedy, &nlp, &err)) nlp = NULL;
    return 0;
}

static int teardown(void **state) {
    (void)state;
    pgn_nlp_model_close(nlp);
    return 0;
}

static pgn_doc *parsed(const char *text) {
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    assert_int_equal(pgn_nlp_annotate(nlp, doc, &err), 0);
    return doc;
}

static const char *const NAMES[] = {"Senator Smith", "Governor Brown", "Mayor Lee",
                                    "The minister", "Her lawyer", "The union leader"};
static const char *const THINGS[] = {"the new tax plan", "the budget deal", "the court ruling",
                                     "the trade agreement", "the police report", "the election result"};

/* Trains on sentences where "blorked" (a verb no lexicon lists, with an
** object and no clausal complement: no rule frame either) is the cue and
** "planted", "painted" are not, and writes the model to path. */
static void train_on_k(const char *path, uint64_t seed, unsigned ensemble, const char *verb,
                       const char *cue_word) {
    pgn_quote_trainer *t = pgn_quote_trainer_new();
    assert_non_null(t);
    pgn_error err;
    assert_int_equal(pgn_quote_trainer_set_ensemble(t, ensemble, &err), 0);
    for (size_t i = 0; i < 6; i++) {
        for (size_t j = 0; j < 6; j++) {
            char text[512];
            const char *name = NAMES[i], *thing = THINGS[j];
            int n = snprintf(text, sizeof text, "%s %s %s on Monday. %s planted %s near the river. "
                             "%s painted %s in red.", name, verb, thing, name, thing, name, thing);
            assert_true(n > 0 && (size_t)n < sizeof text);
            pgn_doc *doc = parsed(text);
            size_t attr[4];
            /* ASCII: characters are bytes; the source is the name */
            attr[0] = strlen(name) + 1 + (size_t)(strstr(verb, cue_word) - verb);
            attr[1] = attr[0] + strlen(cue_word);
            attr[2] = 0;
            attr[3] = strlen(name);
            assert_int_equal(pgn_quote_trainer_add(t, doc, attr, 1, &err), 0);
            pgn_doc_free(doc);
        }
    }
    assert_int_equal(pgn_quote_trainer_save(t, 5, seed, path, &err), 0);
    pgn_quote_trainer_free(t);
}

static void train_on(const char *path, uint64_t seed, const char *verb, const char *cue_word) {
    train_on_k(path, seed, 1, verb, cue_word);
}

static void train_fixture(const char *path, uint64_t seed) { train_on(path, seed, "blorked", "blorked"); }

static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)len + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    *n = (size_t)len;
    return b;
}

static void spill(const char *path, const char *b, size_t n) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b, 1, n, f), n);
    fclose(f);
}

/* Saves t (5 epochs, seed 1) to a temporary file, frees it and opens the
** model written: what a test that builds its own training set checks. */
static pgn_quote_model *saved_model(pgn_quote_trainer *t) {
    char path[] = "/tmp/pgn_qm_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    pgn_error err;
    assert_int_equal(pgn_quote_trainer_save(t, 5, 1, path, &err), 0);
    pgn_quote_trainer_free(t);
    pgn_quote_model *m = NULL;
    assert_int_equal(pgn_quote_model_open(path, &m, &err), 0);
    unlink(path);
    return m;
}

/* Teaches a model that cue_word (in verb) is a cue, then runs the rules and
** the model on text: the rules must find nothing (the cue is made up) and
** the model exactly one quote, returned in *q (*doc owns its text). */
static void model_only_quote(const char *verb, const char *cue_word, const char *text, pgn_doc **doc,
                             pgn_quote_view *q) {
    char path[] = "/tmp/pgn_qm_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    train_on(path, 1, verb, cue_word);
    pgn_quote_model *m = NULL;
    pgn_error err;
    assert_int_equal(pgn_quote_model_open(path, &m, &err), 0);
    unlink(path);
    *doc = parsed(text);
    assert_int_equal(pgn_doc_find_quotes(*doc, &err), 0);
    assert_int_equal(pgn_doc_n_quotes(*doc), 0);
    assert_int_equal(pgn_doc_find_quotes_model(*doc, m, &err), 0);
    pgn_quote_model_close(m);
    assert_int_equal(pgn_doc_n_quotes(*doc), 1);
    assert_int_equal(pgn_doc_quote(*doc, 0, q), 0);
    assert_true(q->cue.present && q->speaker.present && q->content.present);
}

/* The model finds the taught cue, its subject and its object, and only it
** (not "planted", seen as no cue in training). */
static void test_learns_a_cue(void **state) {
    (void)state;
    if (!nlp) skip();
    const char *text = "Chancellor Miller blorked the pension reform on Tuesday. "
                       "Chancellor Miller planted the oak trees near the school.";
    pgn_doc *doc;
    pgn_quote_view q;
    model_only_quote("blorked", "blorked", text, &doc, &q);
    assert_int_equal(q.cue.end - q.cue.start, strlen("blorked"));
    assert_memory_equal(text + q.cue.byte_start, "blorked", 7);
    assert_memory_equal(text + q.speaker.byte_start, "Chancellor Miller", 17);
    assert_true(strncmp(text + q.content.byte_start, "the pension reform", 18) == 0);
    pgn_doc_free(doc);
}

/* A cue that is a preposition of a copular clause ("X is AGAINST Y", taught
** here; the rules know no such cue): its speaker is the clause's subject
** and its content the preposition's object, without the preposition. */
static void test_preposition_cue(void **state) {
    (void)state;
    if (!nlp) skip();
    const char *text = "Chancellor Miller is against the pension reform on Tuesday.";
    pgn_doc *doc;
    pgn_quote_view q;
    model_only_quote("is against", "against", text, &doc, &q);
    assert_memory_equal(text + q.cue.byte_start, "against", 7);
    assert_int_equal(q.cue.end - q.cue.start, strlen("against"));
    assert_memory_equal(text + q.speaker.byte_start, "Chancellor Miller", 17);
    assert_true(strncmp(text + q.content.byte_start, "the pension reform", 18) == 0);
    pgn_doc_free(doc);
}

/* "IN the Gallup poll, voters rejected ...": a preposition cue whose
** source is its own object (a poll, a survey); the content is the clause
** the phrase modifies, outside the phrase.  Taught on such sentences (the
** source the poll, "planted" and "painted" sentences as negatives). */
static void test_preposition_source_is_its_object(void **state) {
    (void)state;
    if (!nlp) skip();
    static const char *const POLLS[] = {"the Gallup poll", "the new CNN survey", "a Reuters poll",
                                        "the latest Fox poll", "a Quinnipiac survey", "the Pew study"};
    pgn_quote_trainer *t = pgn_quote_trainer_new();
    assert_non_null(t);
    pgn_error err;
    for (size_t i = 0; i < 6; i++) {
        for (size_t j = 0; j < 6; j++) {
            char text[512];
            int n = snprintf(text, sizeof text, "In %s, most voters backed %s. %s planted %s in the garden.",
                             POLLS[i], THINGS[j], NAMES[j], THINGS[i]);
            assert_true(n > 0 && (size_t)n < sizeof text);
            pgn_doc *doc = parsed(text);
            size_t attr[4] = {0, 2, 3, 3 + strlen(POLLS[i])};
            assert_int_equal(pgn_quote_trainer_add(t, doc, attr, 1, &err), 0);
            pgn_doc_free(doc);
        }
    }
    pgn_quote_model *m = saved_model(t);
    const char *text = "In the Monmouth poll, most voters backed the pension reform.";
    pgn_doc *doc = parsed(text);
    assert_int_equal(pgn_doc_find_quotes_model(doc, m, &err), 0);
    pgn_quote_model_close(m);
    int found = 0;
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        assert_int_equal(pgn_doc_quote(doc, i, &q), 0);
        if (!q.cue.present || q.cue.byte_start != 0) continue;
        found = 1;
        assert_int_equal(q.cue.byte_end, 2);
        assert_true(q.speaker.present && q.content.present);
        assert_memory_equal(text + q.speaker.byte_start, "the Monmouth poll", 17);
        assert_int_equal(q.speaker.byte_end - q.speaker.byte_start, 17);
        assert_memory_equal(text + q.content.byte_start, "most voters backed the pension reform", 37);
    }
    assert_true(found);
    pgn_doc_free(doc);
}

/* A cue noun that is the object of its verb ("nurtured BLORKISM of the
** plan"): the parse rules give it no source (they climb from no object),
** the ranker, taught that such a cue's source is its verb's subject, does. */
static void test_ranker_finds_source(void **state) {
    (void)state;
    if (!nlp) skip();
    const char *text = "Chancellor Miller nurtured blorkism of the pension reform on Tuesday.";
    pgn_doc *doc;
    pgn_quote_view q;
    model_only_quote("nurtured blorkism of", "blorkism", text, &doc, &q);
    assert_memory_equal(text + q.cue.byte_start, "blorkism", 8);
    assert_int_equal(q.speaker.end - q.speaker.start, strlen("Chancellor Miller"));
    assert_memory_equal(text + q.speaker.byte_start, "Chancellor Miller", 17);
    pgn_doc_free(doc);
}

/* A cue the ranker, taught on attributions without a source, gives none:
** the model still reports it, with its content and no speaker. */
static void test_sourceless_cue(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_quote_trainer *t = pgn_quote_trainer_new();
    assert_non_null(t);
    pgn_error err;
    for (size_t i = 0; i < 6; i++) {
        for (size_t j = 0; j < 6; j++) {
            char text[512];
            int n = snprintf(text, sizeof text, "%s blorked %s on Monday. %s planted %s near the river.",
                             NAMES[i], THINGS[j], NAMES[i], THINGS[j]);
            assert_true(n > 0 && (size_t)n < sizeof text);
            pgn_doc *doc = parsed(text);
            size_t attr[4] = {strlen(NAMES[i]) + 1, strlen(NAMES[i]) + 1 + 7, 0, 0};
            assert_int_equal(pgn_quote_trainer_add(t, doc, attr, 1, &err), 0);
            pgn_doc_free(doc);
        }
    }
    pgn_quote_model *m = saved_model(t);
    const char *text = "Chancellor Miller blorked the pension reform on Tuesday.";
    pgn_doc *doc = parsed(text);
    assert_int_equal(pgn_doc_find_quotes_model(doc, m, &err), 0);
    pgn_quote_model_close(m);
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    pgn_quote_view q;
    assert_int_equal(pgn_doc_quote(doc, 0, &q), 0);
    assert_true(q.cue.present && q.content.present);
    assert_false(q.speaker.present);
    assert_memory_equal(text + q.cue.byte_start, "blorked", 7);
    pgn_doc_free(doc);
}

/* The model's view of doc's first sentence in s, with the cue lexicon
** cues (NULL: none); returns the memory it lives in (the caller frees it). */
static void *prepare_with(pgn_doc *doc, pgn__qm_sent *s, const pgn__cues *cues) {
    const pgn__sentence *st = &doc->sentences.v[0];
    void *mem = malloc(pgn__qm_bytes(st->n_tokens));
    assert_non_null(mem);
    pgn__qm_cursor cur = {.cues = cues};
    pgn__quote_vec none = {0};
    pgn__qm_prepare(s, &cur, doc, 0, &none, 0, mem);
    return mem;
}

static void *prepare_first(pgn_doc *doc, pgn__qm_sent *s) { return prepare_with(doc, s, NULL); }

/* The model's view of doc's sentence si (the ones before prepared in turn,
** as the pipeline does); returns the memory it lives in. */
static void *prepare_nth(pgn_doc *doc, pgn__qm_sent *s, size_t si) {
    pgn__qm_cursor cur = {.cues = NULL};
    pgn__quote_vec none = {0};
    void *mem = NULL;
    for (size_t k = 0; k <= si; k++) {
        free(mem);
        mem = malloc(pgn__qm_bytes(doc->sentences.v[k].n_tokens));
        assert_non_null(mem);
        pgn__qm_prepare(s, &cur, doc, k, &none, 0, mem);
    }
    return mem;
}

/* The trainer's labels: a gold cue's head is the instance, its other words
** are none, words outside any cue are negatives. */
static void test_gold_cue_heads(void **state) {
    (void)state;
    if (!nlp) skip();
    const char *text = "Senator Smith took issue with the new tax plan on Monday.";
    pgn_doc *doc = parsed(text);
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    size_t n = doc->sentences.v[0].n_tokens;
    uint32_t *grp = malloc(n * sizeof *grp);
    unsigned char *lab = malloc(n);
    assert_true(grp && lab);
    size_t attr[4] = {14, 29, 0, 13};   /* "took issue with", "Senator Smith" */
    pgn__qm_gold_cue_words(&s, attr, 1, grp, lab);
    assert_int_equal(s.n, 12);
    assert_string_equal(s.tk[2].form, "took");
    assert_int_equal(lab[2], 1);
    assert_int_equal(lab[3], 2);   /* issue */
    assert_int_equal(lab[4], 2);   /* with */
    assert_int_equal(lab[0], 0);
    assert_int_equal(lab[7], 0);
    free(mem);
    free(grp);
    free(lab);
    pgn_doc_free(doc);
}

/* Words to the nearest quotation mark on each side, which the cue
** features read ('," he said'). */
static void test_quote_distance(void **state) {
    (void)state;
    if (!nlp) skip();
    const char *text = "\"We won the vote,\" he said on Monday.";
    pgn_doc *doc = parsed(text);
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    assert_string_equal(s.tk[8].form, "said");
    assert_int_equal(s.qbefore[7], 1);    /* he */
    assert_int_equal(s.qbefore[8], 2);    /* said */
    assert_int_equal(s.qafter[8], 255);
    assert_int_equal(s.qafter[0], 6);     /* the opening mark, 6 words before the closing one */
    assert_int_equal(s.qbefore[0], 255);
    assert_int_equal(s.inq[1], 1);
    assert_int_equal(s.inq[8], 0);
    free(mem);
    pgn_doc_free(doc);
}

/* The quotation state of the last sentence of text, prepared in order
** after the ones before it; returns the index in s of the word w. */
static uint32_t inq_of_last(const char *text, const char *w, unsigned char *inq) {
    pgn_doc *doc = parsed(text);
    assert_true(doc->sentences.n > 0);
    pgn__qm_sent s;
    void *mem = prepare_nth(doc, &s, doc->sentences.n - 1);
    uint32_t at = UINT32_MAX;
    for (uint32_t i = 0; i < s.n; i++)
        if (strcmp(s.tk[i].form, w) == 0) at = i;
    assert_int_not_equal(at, UINT32_MAX);
    *inq = s.inq[at];
    free(mem);
    pgn_doc_free(doc);
    return at;
}

/* Paragraphs are blocks: a paragraph left inside a quote closes it, so an
** unbalanced paragraph does not turn the next one's words into quoted
** words; a paragraph opening with a quotation mark goes on with the quote
** left open (a quote over several paragraphs) and its mark opens nothing.
** An opening curly mark typed for a closing one closes the quote. */
static void test_quote_state_by_paragraph(void **state) {
    (void)state;
    if (!nlp) skip();
    unsigned char inq = 9;
    inq_of_last("He is a man of peace, and you see that.\"\n\n"
                "The senator said that there was no discussion of the election.",
                "said", &inq);
    assert_int_equal(inq, 0);
    inq_of_last("\"We will win this race. We will win it in every state.\n\n"
                "\"We have the votes,\" the senator said on Monday.",
                "said", &inq);
    assert_int_equal(inq, 0);
    inq_of_last("\"We will win this race. We will win it in every state.\n\n"
                "\"We have the votes,\" the senator said on Monday.",
                "votes", &inq);
    assert_int_equal(inq, 1);
    /* an opening curly mark typed for a closing one (glued, a space after) closes */
    inq_of_last("\xE2\x80\x9C" "Apparently not,\xE2\x80\x9C he said on Monday.", "said", &inq);
    assert_int_equal(inq, 0);
}

/* The features of the word `word` of text's first sentence, sorted, in f;
** returns their number and sets *parse to a hash of the sentence's heads
** and relations (two texts compare only when they parse alike). */
static size_t sorted_features(const char *text, const char *word, uint64_t *f, uint64_t *parse) {
    pgn_doc *doc = parsed(text);
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    size_t n = 0;
    *parse = 0;
    for (uint32_t i = 0; i < s.n; i++) {
        *parse = *parse * 31 + (uint64_t)(s.parent[i] + 1) * 7 + s.h[5 * (size_t)i + 4];
        if (strcmp(s.tk[i].form, word) == 0) n = pgn__qm_features(&s, i, f);
    }
    for (size_t a = 1; a < n; a++)
        for (size_t b = a; b > 0 && f[b - 1] > f[b]; b--) {
            uint64_t x = f[b];
            f[b] = f[b - 1];
            f[b - 1] = x;
        }
    free(mem);
    pgn_doc_free(doc);
    return n;
}

/* How many of word's features differ between texts a and b, which must
** parse alike; -1 when they do not (nothing to compare). */
static int features_differ(const char *a, const char *b, const char *word) {
    uint64_t fa[PGN__QM_MAX_FEATS], fb[PGN__QM_MAX_FEATS], pa, pb;
    size_t na = sorted_features(a, word, fa, &pa);
    size_t nb = sorted_features(b, word, fb, &pb);
    assert_true(na > 0);
    if (pa != pb) return -1;
    assert_int_equal(na, nb);
    int differ = 0;
    for (size_t x = 0, y = 0; x < na || y < nb;) {
        if (y >= nb || (x < na && fa[x] < fb[y])) differ++, x++;
        else if (x >= na || fb[y] < fa[x]) y++;
        else x++, y++;
    }
    return differ;
}

/* A cue word's features read its children's words and the case or mark
** word below each child: two sentences that parse alike and differ in
** one child's lemma ("Monday" / "Tuesday") give the verb features that
** differ in exactly one; one grandchild's preposition after the word
** ("about" / "on" the plan) in two, the case word of its complement read
** with the word's lemma as well ("spoke ON", "criticism OF"); and so does
** its object's lemma, which a light verb's cue lies in ("made the CASE"). */
static void test_children_words(void **state) {
    (void)state;
    if (!nlp) skip();
    static const struct {
        const char *a, *b, *word;
        int differ;
    } pairs[] = {
        {"On Monday the minister spoke.", "On Tuesday the minister spoke.", "spoke", 1},
        {"The minister spoke loudly about the plan.", "The minister spoke loudly on the plan.", "spoke", 2},
        {"The senator made the case.", "The senator made the cake.", "made", 2}};
    for (size_t p = 0; p < sizeof pairs / sizeof *pairs; p++) {
        int d = features_differ(pairs[p].a, pairs[p].b, pairs[p].word);
        if (d >= 0) assert_int_equal(d, pairs[p].differ);
    }
}

/* The holder of a conjoined verb's attitude is the subject of the verb it
** hangs from: "praised" in "He met them and praised the plan" reads "he"
** (against "she") though it has no subject of its own. */
static void test_holder_of_conjunct(void **state) {
    (void)state;
    if (!nlp) skip();
    int d = features_differ("He met them and praised the plan.", "She met them and praised the plan.",
                            "praised");
    if (d >= 0) assert_int_equal(d, 1);
}

/* The cue lexicon's kind and the tagger's word cluster, which the cue
** features read: "said" is a speech cue with a cluster, "river" neither
** a cue nor (for the lexicon) anything. */
static void test_lexicon_and_cluster(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_doc *doc = parsed("The minister said the river was low.");
    pgn__qm_sent s;
    pgn__cues cues;
    pgn_error err;
    assert_int_equal(pgn__cues_builtin(doc->arena, &cues, &err), 0);
    void *mem = prepare_with(doc, &s, &cues);
    assert_string_equal(s.tk[2].form, "said");
    assert_int_equal(s.lex[2], 1 + PGN__CUE_SPEECH);
    assert_string_equal(s.tk[4].form, "river");
    assert_int_equal(s.lex[4], 0);
    assert_int_not_equal(s.tk[2].cluster, 0);
    free(mem);
    pgn_doc_free(doc);
}

/* A noun cue's governing noun is no source candidate: "a new round of
** talks" holds the cue "talks", it does not say it. */
static void test_noun_cue_governor(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_doc *doc = parsed("Turkey is ready to host a new round of talks between Russia and Ukraine.");
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    uint32_t v = 9, round = 7;
    assert_string_equal(s.tk[v].form, "talks");
    assert_string_equal(s.tk[round].form, "round");
    assert_int_equal(s.parent[v], (int32_t)round);   /* the parse this test is about */
    pgn__qs_cue c = {&s, NULL, v, v, v, pgn__qm_rule_source(&s, v)};
    pgn__qs_cand cand[PGN__QS_MAX_CANDS];
    size_t n = pgn__qs_candidates(&c, cand);
    int turkey = 0;
    for (size_t k = 1; k < n; k++) {
        assert_int_not_equal(cand[k].tok, round);
        turkey |= cand[k].tok == 0;
    }
    assert_true(turkey);   /* the other nominal heads stay */
    free(mem);
    pgn_doc_free(doc);
}

/* A subject the parse made the cue's compound (the verb tagged a plural
** noun: "poll SHOWS") is a source candidate. */
static void test_subject_as_compound(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_doc *doc = parsed("The most recent poll shows Cruz has fallen to 27 percent.");
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    uint32_t v = 4, poll = 3;
    assert_string_equal(s.tk[v].form, "shows");
    assert_int_equal(s.parent[poll], (int32_t)v);   /* the parse this test is about */
    assert_string_equal(s.tk[poll].deprel, "compound");
    pgn__qs_cue c = {&s, NULL, v, v, v, pgn__qm_rule_source(&s, v)};
    pgn__qs_cand cand[PGN__QS_MAX_CANDS];
    size_t n = pgn__qs_candidates(&c, cand);
    int found = 0;
    for (size_t k = 1; k < n; k++) found |= cand[k].tok == poll;
    assert_true(found);
    free(mem);
    pgn_doc_free(doc);
}

/* The committed data/models/quotes.pgnm, opened as the pipeline opens it. */
static pgn_quote_model *committed_model(void) {
    pgn_quote_model *m = NULL;
    pgn_error err;
    assert_int_equal(pgn_quote_model_open(PGN_SOURCE_DIR "/data/models/quotes.pgnm", &m, &err), 0);
    assert_non_null(m);
    return m;
}

/* A phrase opening with "to" is never the ranker's pick: it names a goal
** or a recipient ("appointed to the Supreme Court"), not a speaker.  Offered
** it alone beside "no source", the committed model picks no source. */
static void test_to_phrase_is_no_source(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_quote_model *m = committed_model();
    pgn_doc *doc = parsed("Yesterday she was appointed to the Supreme Court by the president.");
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    uint32_t v = 3, court = 7;
    assert_string_equal(s.tk[v].form, "appointed");
    assert_string_equal(s.tk[court].form, "Court");
    pgn__qs_cue c = {&s, NULL, v, v, v, pgn__qm_rule_source(&s, v)};
    pgn__qs_cand cand[PGN__QS_MAX_CANDS];
    size_t n = pgn__qs_candidates(&c, cand), to = 0;
    for (size_t k = 1; k < n; k++)
        if (cand[k].tok == court) to = k;
    assert_int_not_equal(to, 0);
    assert_string_equal(s.tk[cand[to].lo].form, "to");   /* the phrase this test is about */
    cand[1] = cand[to];
    assert_int_equal(pgn__qs_pick(m, &c, cand, 2), 0);
    free(mem);
    pgn_doc_free(doc);
    pgn_quote_model_close(m);
}

/* A share of those polled is the source: "One in five say ..." parses as
** a number counting a noun "say"; the rules' pick is the number and the
** committed model's ranker takes it. */
static void test_share_is_source(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_quote_model *m = committed_model();
    pgn_doc *doc = parsed("One in five say that won't be true.");
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    uint32_t v = 3;
    assert_string_equal(s.tk[v].form, "say");
    assert_string_equal(s.tk[0].deprel, "nummod");   /* the parse this test is about */
    assert_int_equal(s.parent[0], (int32_t)v);
    pgn__qs_cue c = {&s, NULL, v, v, v, pgn__qm_rule_source(&s, v)};
    assert_int_equal(c.rule, 0);
    pgn__qs_cand cand[PGN__QS_MAX_CANDS];
    size_t n = pgn__qs_candidates(&c, cand);
    size_t pick = pgn__qs_pick(m, &c, cand, n);
    assert_int_not_equal(pick, 0);
    assert_int_equal(cand[pick].tok, 0);
    free(mem);
    pgn_doc_free(doc);
    pgn_quote_model_close(m);
}

/* A span of doc's text: the first occurrence of w at or after byte from. */
static pgn__span span_of(const pgn_doc *doc, const char *w, uint32_t from) {
    const char *t = pgn_doc_text(doc, NULL), *p = strstr(t + from, w);
    assert_non_null(p);
    pgn__span sp = {1, (uint32_t)(p - t), (uint32_t)(p - t + strlen(w)), 0, 0};
    return sp;
}

/* Rule speakers the ranker does not overrule: one right after "said" or
** "says" after a comma ("..., said Larry Sabato") or after "by" ("was
** asked by host John Dickerson"), and one capitalised word
** before the cue that the tagger made a verb ("Reynolds says", "reynold"). */
static void test_rule_speakers_kept(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_doc *doc = parsed("Cruz lacks support in Congress, said Larry Sabato. "
                          "Reynolds says that the show has attracted ire. "
                          "Cruz told them the truth, said the aide. "
                          "Sanders was asked by host John Dickerson whether it was so.");
    const char *text = pgn_doc_text(doc, NULL);
    pgn__quote q;
    memset(&q, 0, sizeof q);
    q.cue = span_of(doc, "said", 0);
    q.speaker = span_of(doc, "Larry Sabato", 0);
    assert_true(pgn__qa_inverted_speaker(text, &q));
    q.speaker = span_of(doc, "Cruz", 0);   /* before the cue */
    assert_false(pgn__qa_inverted_speaker(text, &q));
    q.cue = span_of(doc, "said", 60);
    q.speaker = span_of(doc, "the aide", 0);   /* "the ...": not a name */
    assert_false(pgn__qa_inverted_speaker(text, &q));
    q.cue = span_of(doc, "told", 0);
    q.speaker = span_of(doc, "them", 0);   /* not "said" */
    assert_false(pgn__qa_inverted_speaker(text, &q));
    q.cue = span_of(doc, "asked", 0);
    q.speaker = span_of(doc, "host John Dickerson", 0);   /* a passive cue's agent */
    assert_true(pgn__qa_inverted_speaker(text, &q));
    q.cue = span_of(doc, "support", 0);
    q.speaker = span_of(doc, "Congress", 0);   /* "in", not "by" */
    assert_false(pgn__qa_inverted_speaker(text, &q));

    pgn__qm_sent s;
    void *mem = prepare_nth(doc, &s, 1);
    assert_string_equal(s.tk[0].form, "Reynolds");
    assert_string_equal(s.tk[0].upos, "VERB");   /* the tagging this test is about */
    q.cue = span_of(doc, "says", 0);
    q.speaker = span_of(doc, "Reynolds", 0);
    assert_true(pgn__qa_unseen_speaker(text, &s, &q));
    free(mem);
    mem = prepare_nth(doc, &s, 0);
    q.cue = span_of(doc, "lacks", 0);
    q.speaker = span_of(doc, "Cruz", 0);   /* a proper noun the ranker weighs */
    assert_false(pgn__qa_unseen_speaker(text, &s, &q));
    free(mem);
    pgn_doc_free(doc);
}

/* A rule quote in a title-case headline whose cue the tagger made a proper
** noun ("Hillary Clinton SLAMS ...") is not vetoed by the model, which
** never weighs proper nouns. */
static void test_headline_cue_kept(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_quote_model *m = committed_model();
    pgn_error err;
    pgn_doc *doc = parsed("Hillary Clinton Slams Donald Trump On Abortion After Ruling.");
    size_t slams = 16;
    assert_string_equal(doc->tokens.v[2].form, "Slams");
    assert_string_equal(doc->tokens.v[2].upos, "PROPN");   /* the tagging this test is about */
    assert_int_equal(pgn_doc_find_quotes_model(doc, m, &err), 0);
    int found = 0;
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        assert_int_equal(pgn_doc_quote(doc, i, &q), 0);
        found |= q.cue.present && q.cue.byte_start == slams && q.speaker.present &&
                 q.speaker.byte_start == 0;
    }
    assert_true(found);
    pgn_doc_free(doc);
    pgn_quote_model_close(m);
}

/* Writes a quotes-model file (valid header and checksum) whose payload is
** the version word, the bias and n_lin one-feature tables of n_classes. */
static void write_model(const char *path, uint32_t version, int n_lin, const uint32_t *n_classes) {
    pgn__wbuf w = {0};
    pgn__w_u32(&w, version);
    pgn__w_u32(&w, 0);
    for (int i = 0; i < n_lin; i++) {
        pgn__lt lt;
        assert_int_equal(pgn__lt_init(&lt, n_classes[i]), 0);
        uint64_t f = 12345;
        lt.now = 1;
        assert_int_equal(pgn__lt_update(&lt, &f, 1, 0, 1.0f), 0);
        pgn__lin lin;
        assert_int_equal(pgn__lt_compact(&lt, 0.0f, &lin), 0);
        pgn__lt_free(&lt);
        pgn__w_lin(&w, &lin);
        pgn__lin_free(&lin);
    }
    assert_false(w.oom);
    pgn_error err;
    assert_int_equal(pgn__model_save(path, PGN__MODEL_QUOTES, &w, PGN__MODEL_DEFLATED, &err), 0);
    free(w.b);
}

/* Files that pass the checksum but are not this format: the previous
** format (cue tagger only), a ranker missing, a ranker of two classes. */
static void test_wrong_format(void **state) {
    (void)state;
    char path[] = "/tmp/pgn_qm_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    const uint32_t two_one[2] = {2, 1}, two_two[2] = {2, 2};
    pgn_quote_model *m = NULL;
    pgn_error err;
    write_model(path, PGN__QM_VERSION, 2, two_one);   /* the control: opens */
    assert_int_equal(pgn_quote_model_open(path, &m, &err), 0);
    pgn_quote_model_close(m);
    m = NULL;
    write_model(path, 1, 1, two_one);
    assert_int_equal(pgn_quote_model_open(path, &m, &err), PGN_EFORMAT);
    assert_null(m);
    write_model(path, PGN__QM_VERSION, 1, two_one);
    assert_int_equal(pgn_quote_model_open(path, &m, &err), PGN_EFORMAT);
    assert_null(m);
    assert_non_null(strstr(err.msg, "damaged quotes model"));
    write_model(path, PGN__QM_VERSION, 2, two_two);
    assert_int_equal(pgn_quote_model_open(path, &m, &err), PGN_EFORMAT);
    assert_null(m);
    unlink(path);
}

static void test_deterministic(void **state) {
    (void)state;
    if (!nlp) skip();
    char a[] = "/tmp/pgn_qm_XXXXXX", b[] = "/tmp/pgn_qm_XXXXXX";
    int fa = mkstemp(a), fb = mkstemp(b);
    assert_true(fa >= 0 && fb >= 0);
    close(fa);
    close(fb);
    train_fixture(a, 7);
    train_fixture(b, 7);
    size_t na, nb;
    char *x = slurp(a, &na), *y = slurp(b, &nb);
    assert_int_equal(na, nb);
    assert_memory_equal(x, y, na);
    free(x);
    free(y);
    unlink(a);
    unlink(b);
}

/* An ensemble is its own model (not member 0, which seed 7 alone trains),
** is deterministic, still finds the taught cue and its speaker, and
** refuses more members than it can hold. */
static void test_ensemble(void **state) {
    (void)state;
    if (!nlp) skip();
    char a[] = "/tmp/pgn_qm_XXXXXX", b[] = "/tmp/pgn_qm_XXXXXX", c[] = "/tmp/pgn_qm_XXXXXX";
    int fa = mkstemp(a), fb = mkstemp(b), fc = mkstemp(c);
    assert_true(fa >= 0 && fb >= 0 && fc >= 0);
    close(fa);
    close(fb);
    close(fc);
    train_fixture(a, 7);
    train_on_k(b, 7, 3, "blorked", "blorked");
    train_on_k(c, 7, 3, "blorked", "blorked");
    size_t na, nb, nc;
    char *x = slurp(a, &na), *y = slurp(b, &nb), *z = slurp(c, &nc);
    assert_true(na != nb || memcmp(x, y, na) != 0);
    assert_int_equal(nb, nc);
    assert_memory_equal(y, z, nb);
    free(x);
    free(y);
    free(z);
    pgn_quote_model *m = NULL;
    pgn_error err;
    assert_int_equal(pgn_quote_model_open(b, &m, &err), 0);
    const char *text = "Chancellor Miller blorked the pension reform on Tuesday. "
                       "Chancellor Miller planted the oak trees near the school.";
    pgn_doc *doc = parsed(text);
    assert_int_equal(pgn_doc_find_quotes_model(doc, m, &err), 0);
    pgn_quote_model_close(m);
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    pgn_quote_view q;
    assert_int_equal(pgn_doc_quote(doc, 0, &q), 0);
    assert_true(q.cue.present && q.speaker.present);
    assert_memory_equal(text + q.cue.byte_start, "blorked", 7);
    assert_memory_equal(text + q.speaker.byte_start, "Chancellor Miller", 17);
    pgn_doc_free(doc);
    pgn_quote_trainer *t = pgn_quote_trainer_new();
    assert_non_null(t);
    assert_int_equal(pgn_quote_trainer_set_ensemble(t, 17, &err), PGN_EINVAL);
    pgn_quote_trainer_free(t);
    unlink(a);
    unlink(b);
    unlink(c);
}

static void test_damaged_file(void **state) {
    (void)state;
    if (!nlp) skip();
    char path[] = "/tmp/pgn_qm_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    train_fixture(path, 1);
    size_t n;
    char *b = slurp(path, &n);
    pgn_quote_model *m = NULL;
    pgn_error err;
    /* a flipped payload byte: checksum */
    b[n / 2] ^= 0x5a;
    spill(path, b, n);
    assert_int_not_equal(pgn_quote_model_open(path, &m, &err), 0);
    assert_null(m);
    assert_int_equal(err.code, PGN_EFORMAT);
    assert_non_null(strstr(err.msg, "checksum"));
    b[n / 2] ^= 0x5a;
    /* cut short */
    spill(path, b, n - 10);
    assert_int_not_equal(pgn_quote_model_open(path, &m, &err), 0);
    assert_null(m);
    assert_int_equal(err.code, PGN_ETRUNCATED);
    /* intact again: opens */
    spill(path, b, n);
    assert_int_equal(pgn_quote_model_open(path, &m, &err), 0);
    pgn_quote_model_close(m);
    m = NULL;
    /* another kind of model (the tagger) is no quotes model */
    assert_int_not_equal(pgn_quote_model_open(PGN_SOURCE_DIR "/data/models/tagger.pgnm", &m, &err), 0);
    assert_null(m);
    assert_int_equal(err.code, PGN_EFORMAT);
    /* a missing file */
    unlink(path);
    assert_int_not_equal(pgn_quote_model_open(path, &m, &err), 0);
    assert_null(m);
    free(b);
}

/* The committed model loads, as the pipeline loads it. */
static void test_committed_model(void **state) {
    (void)state;
    pgn_quote_model_close(committed_model());
}

/* The component of cue word i among the cue words of s (joined to their
** head and to the next word, as quotes_attr.c groups them) into in[]. */
static void cue_group(const pgn__qm_sent *s, const unsigned char *cue, uint32_t i, unsigned char *in) {
    memset(in, 0, s->n);
    in[i] = 1;
    for (int grew = 1; grew;) {
        grew = 0;
        for (uint32_t k = 0; k < s->n; k++) {
            if (!cue[k]) continue;
            int32_t p = s->parent[k];
            int linked = (p >= 0 && in[p]) || (k > 0 && in[k - 1]) || (k + 1 < s->n && in[k + 1]);
            for (uint32_t c = 0; c < s->n && !linked; c++) linked = s->parent[c] == (int32_t)k && in[c];
            if (linked && !in[k]) in[k] = grew = 1;
        }
    }
}

/* The tagger asked of one cue word alone gives that word's whole group of
** cue words (head, children, neighbours, in turn) and no other cue word:
** what the attributions need of it, for a fraction of the scoring. */
static void test_tag_asks_groups_whole(void **state) {
    (void)state;
    pgn_quote_model *m = committed_model();
    static const char *const texts[] = {
        "Smith took issue with the plan and Jones voiced strong support for the deal on Monday.",
        "The senator said in a statement that the bill would not pass, according to his office.",
        "Critics have long argued that the new rules are unfair, a view the minister rejected.",
        "\"We will win,\" the candidate told a rally in Ohio, adding that polls were wrong.",
        "The White House pushed back on the report, calling it false.",
        "She made the point that the law was unfair, and he took the view that it was fine."};
    size_t groups = 0, big = 0;
    for (size_t d = 0; d < sizeof texts / sizeof *texts; d++) {
        pgn_doc *doc = parsed(texts[d]);
        pgn__qm_sent s;
        void *mem = prepare_first(doc, &s);
        uint32_t n = s.n, stack[128];
        assert_true(n <= 128);
        unsigned char need[128], all[128], one[128], in[128];
        memset(need, 1, n);
        pgn__qm_tag(m, &s, need, stack, all);
        for (uint32_t i = 0; i < n; i++) {
            if (!all[i]) continue;
            memset(need, 0, n);
            need[i] = 1;
            pgn__qm_tag(m, &s, need, stack, one);
            cue_group(&s, all, i, in);
            size_t size = 0;
            for (uint32_t k = 0; k < n; k++) {
                assert_int_equal(one[k], in[k]);
                size += in[k];
            }
            groups++;
            big += size > 1;
        }
        memset(need, 0, n);
        pgn__qm_tag(m, &s, need, stack, one);
        for (uint32_t k = 0; k < n; k++) assert_int_equal(one[k], 0);
        free(mem);
        pgn_doc_free(doc);
    }
    assert_true(groups >= 3);
    assert_true(big >= 1);
    pgn_quote_model_close(m);
}

/* The string tests the attribution features rest on: quotation marks by
** their bytes, relations with or without a subtype. */
static void test_marks_and_relations(void **state) {
    (void)state;
    static const char *const marks[] = {"\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "``", "''"};
    static const char *const not_marks[] = {"", "'", "`", "\"\"", "'''", "\xe2\x80\x99",
                                            "\xe2\x80\x9c\"", "\xe2\x80", "said", "\"a"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        assert_true(pgn__qm_is_quote_mark(marks[i]));
    for (size_t i = 0; i < sizeof not_marks / sizeof *not_marks; i++)
        assert_false(pgn__qm_is_quote_mark(not_marks[i]));
    assert_false(pgn__qm_is_quote_mark(NULL));
    pgn__token t = {0};
    assert_false(pgn__deprel_kind(&t, "nsubj"));
    t.deprel = "nsubj:pass";
    assert_true(pgn__deprel_kind(&t, "nsubj"));
    assert_true(pgn__deprel_kind(&t, "nsubj:pass"));
    assert_false(pgn__deprel_kind(&t, "nsubj:pas"));
    assert_false(pgn__deprel_kind(&t, "nsub"));
    assert_false(pgn__deprel_kind(&t, "obj"));
    t.deprel = "nsubj";
    assert_true(pgn__deprel_kind(&t, "nsubj"));
    assert_false(pgn__deprel_kind(&t, "nsubj:pass"));
    t.deprel = "obl";
    assert_false(pgn__deprel_kind(&t, "ob"));
    assert_false(pgn__deprel_kind(&t, "obj"));
}

/* The children-list extent agrees with the climb from every word on
** random head arrays: trees, forests (heads outside the sentence) and
** damaged ones with cycles, for every word. */
static void test_extent_matches_climb(void **state) {
    (void)state;
    enum { N = 24 };
    int32_t parent[N], child[N], sib[N];
    uint64_t seed = 12345;
    for (int round = 0; round < 400; round++) {
        uint32_t n = 1 + (uint32_t)(round % N);
        for (uint32_t i = 0; i < n; i++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            uint32_t r = (uint32_t)(seed >> 33);
            /* a tree when the head comes before (round < 200), any head after */
            int32_t p = round < 200 ? (i ? (int32_t)(r % i) : -1) : (int32_t)(r % (n + 1)) - 1;
            parent[i] = p == (int32_t)i ? -1 : p;
        }
        for (uint32_t i = 0; i < n; i++) child[i] = sib[i] = -1;
        for (uint32_t i = n; i-- > 0;) {
            if (parent[i] < 0) continue;
            sib[i] = child[parent[i]];
            child[parent[i]] = (int32_t)i;
        }
        pgn__qm_sent s = {0};
        s.n = n;
        s.parent = parent;
        s.child = child;
        s.sib = sib;
        for (uint32_t k = 0; k < n; k++) {
            uint32_t lo, hi, lo2, hi2;
            pgn__subtree_extent(parent, n, k, &lo, &hi);
            pgn__qm_extent(&s, k, &lo2, &hi2);
            assert_int_equal(lo, lo2);
            assert_int_equal(hi, hi2);
        }
    }
}

/* The index of the rules' quotes by sentence lists, for every sentence, the
** quotes with a span touching its token bytes (ends included), each once, in
** ascending order: what a loop over all quotes testing each span would find
** (random spans over a document of several sentences, zero-length ones and
** ones on a sentence's first or last byte among them). */
static void test_rule_index_by_sentence(void **state) {
    (void)state;
    pgn_doc *doc = parsed("Smith said the plan failed. Brown told reporters it was fine. "
                          "\"We will see,\" Lee said.\n\nThe union leader disagreed. Nobody spoke.");
    assert_true(doc->sentences.n >= 4);
    uint32_t len = doc->tokens.v[doc->tokens.n - 1].end + 3;
    pgn__quote_vec qs = {0};
    uint64_t seed = 99;
    for (size_t i = 0; i < 200; i++) {
        assert_int_equal(PGN__VEC_RESERVE(doc->arena, qs), 0);
        pgn__quote *q = &qs.v[qs.n++];
        memset(q, 0, sizeof *q);
        pgn__span *sp[3] = {&q->cue, &q->speaker, &q->content};
        for (int k = 0; k < 3; k++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            uint32_t r = (uint32_t)(seed >> 33), a = r % len, w = (r >> 12) % 4 == 0 ? 0 : (r >> 14) % 30;
            sp[k]->present = (r >> 20) % 3 != 0;
            sp[k]->start = a;
            sp[k]->end = a + w;
        }
    }
    /* the first token's bytes exactly, and a point on its first byte */
    qs.v[0].cue = (pgn__span){.present = 1, .start = doc->tokens.v[0].start, .end = doc->tokens.v[0].start};
    pgn__qm_rule_index ix;
    size_t n_rules = qs.n - 1;   /* the last quote is none of the rules' */
    assert_int_equal(pgn__qm_rule_index_build(doc, &qs, n_rules, doc->arena, &ix), 0);
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        uint32_t lo = doc->tokens.v[st->first].start, hi = doc->tokens.v[st->first + st->n_tokens - 1].end;
        uint32_t k = ix.first[si];
        for (uint32_t qi = 0; qi < n_rules; qi++) {
            const pgn__quote *q = &qs.v[qi];
            const pgn__span *sp[3] = {&q->cue, &q->speaker, &q->content};
            int meets = 0;
            for (int j = 0; j < 3; j++) meets |= sp[j]->present && sp[j]->start <= hi && sp[j]->end >= lo;
            if (!meets) continue;
            assert_true(k < ix.first[si + 1]);
            assert_int_equal(ix.ids[k], qi);
            k++;
        }
        assert_int_equal(k, ix.first[si + 1]);
    }
    assert_true(ix.first[1] > ix.first[0] && ix.ids[0] == 0);
    pgn_doc_free(doc);
}

/* The nominal-head kind bit the ranker's candidates read is the test of
** the strings it replaced: NOUN, PROPN or PRON, not by compound, flat,
** fixed, goeswith, expl or det (or a subtype). */
static void test_nominal_kind_bit(void **state) {
    (void)state;
    if (!nlp) skip();
    pgn_doc *doc = parsed("The White House press secretary, Sarah Sanders, said there was no plan; "
                          "she and Mr. Trump's lawyers told the court it would take New York weeks.");
    pgn__qm_sent s;
    void *mem = prepare_first(doc, &s);
    size_t nominal = 0, not_head = 0;
    static const char *const no[] = {"compound", "flat", "fixed", "goeswith", "expl", "det"};
    for (uint32_t k = 0; k < s.n; k++) {
        const pgn__token *t = &s.tk[k];
        int want = t->upos && (strcmp(t->upos, "NOUN") == 0 || strcmp(t->upos, "PROPN") == 0 ||
                               strcmp(t->upos, "PRON") == 0);
        int rel_no = 0;
        for (size_t r = 0; r < sizeof no / sizeof *no; r++) rel_no |= pgn__deprel_kind(t, no[r]);
        not_head += want && rel_no;
        want = want && !rel_no;
        nominal += want;
        assert_int_equal((s.kind[k] & PGN__QM_KNOMINAL) != 0, want);
    }
    assert_true(nominal >= 5);
    assert_true(not_head >= 2);   /* "White", "Sarah" or "New": parts of names */
    free(mem);
    pgn_doc_free(doc);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_learns_a_cue),
        cmocka_unit_test(test_preposition_cue),
        cmocka_unit_test(test_preposition_source_is_its_object),
        cmocka_unit_test(test_ranker_finds_source),
        cmocka_unit_test(test_sourceless_cue),
        cmocka_unit_test(test_gold_cue_heads),
        cmocka_unit_test(test_quote_distance),
        cmocka_unit_test(test_quote_state_by_paragraph),
        cmocka_unit_test(test_lexicon_and_cluster),
        cmocka_unit_test(test_children_words),
        cmocka_unit_test(test_holder_of_conjunct),
        cmocka_unit_test(test_noun_cue_governor),
        cmocka_unit_test(test_subject_as_compound),
        cmocka_unit_test(test_to_phrase_is_no_source),
        cmocka_unit_test(test_headline_cue_kept),
        cmocka_unit_test(test_share_is_source),
        cmocka_unit_test(test_rule_speakers_kept),
        cmocka_unit_test(test_wrong_format),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_ensemble),
        cmocka_unit_test(test_damaged_file),
        cmocka_unit_test(test_committed_model),
        cmocka_unit_test(test_marks_and_relations),
        cmocka_unit_test(test_tag_asks_groups_whole),
        cmocka_unit_test(test_extent_matches_climb),
        cmocka_unit_test(test_rule_index_by_sentence),
        cmocka_unit_test(test_nominal_kind_bit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
