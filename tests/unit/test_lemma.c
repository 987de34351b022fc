/* tests/unit/test_lemma.c -- the lemmatizer learned from a small hand-written
** treebank (tests/data/lemma_fixture.conllu): unknown words prefer a rule
** whose result is a known lemma, the case of capitalised words follows the
** tag's capitalised training words, numbers lose their thousands
** separators, "'s" is "have" before "been", rule edits strip whole UTF-8
** characters, irregular verbs come from data/lexicon/irregular_verbs.txt,
** names vouch for no other UPOS's rule results, and an unknown verb lemma
** of fewer than three letters is refused; a name's lemma found for another
** spelling or tag takes the form's capitals, and so does a capitalised noun
** beside a name; a name in capitals too long for an acronym is written
** as a name, and a word stretched for emphasis is the word it stretches. */
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

#define FIXTURE PGN_TEST_DATA "/lemma_fixture.conllu"

typedef struct fx {
    char dir[32];
    char path[512];
    pgn__tagger *t;
    pgn__arena *a;
} fx;

static int setup(void **state) {
    fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    strcpy(f->dir, "/tmp/pgn_lemma_XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    pgn_nlp_train_options o = {0};
    o.train_path = FIXTURE;
    o.out_dir = f->dir;
    o.seed = 1;
    o.epochs = 3;
    o.quiet = 1;
    pgn_error err;
    assert_int_equal(pgn_nlp_train_tagger(&o, &err), 0);
    snprintf(f->path, sizeof f->path, "%s/tagger.pgnm", f->dir);
    assert_int_equal(pgn__tagger_load(f->path, &f->t, &err), 0);
    f->a = pgn__arena_new(0);
    assert_non_null(f->a);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fx *f = *state;
    pgn__arena_free(f->a);
    pgn__tagger_free(f->t);
    unlink(f->path);
    rmdir(f->dir);
    free(f);
    return 0;
}

static uint32_t tag(const pgn__tagger *t, const char *upos, const char *xpos) {
    for (uint32_t i = 0; i < t->n_tags; i++)
        if (strcmp(pgn__tagger_upos(t, i), upos) == 0 && strcmp(pgn__tagger_xpos(t, i), xpos) == 0)
            return i;
    fail_msg("no tag %s/%s in the fixture", upos, xpos);
    return 0;
}

static void unknown_words_prefer_known_lemmas(void **state) {
    fx *f = *state;
    uint32_t vbd = tag(f->t, "VERB", "VBD");
    /* "-bbed" verbs strip three letters ("robbed" -> "rob"), but "bomb" is
    ** a known lemma and "bom" is not */
    assert_string_equal(pgn__lemma_apply(f->t, "bombed", vbd, f->a), "bomb");
    assert_string_equal(pgn__lemma_apply(f->t, "jabbed", vbd, f->a), "jab");
    /* known words keep their own lemmas */
    assert_string_equal(pgn__lemma_apply(f->t, "robbed", vbd, f->a), "rob");
}

static void case_follows_the_tags_capitalised_words(void **state) {
    fx *f = *state;
    /* addresses keep their capitals (as "Example.Com" did) although most
    ** training addresses are lower-case */
    assert_string_equal(pgn__lemma_apply(f->t, "Peregrine.Org", tag(f->t, "X", "ADD"), f->a),
                        "Peregrine.Org");
    /* a capitalised common noun is lower-cased (as "Police" was) */
    assert_string_equal(pgn__lemma_apply(f->t, "Applause", tag(f->t, "NOUN", "NN"), f->a),
                        "applause");
}

static void numbers_lose_thousands_separators(void **state) {
    fx *f = *state;
    uint32_t cd = tag(f->t, "NUM", "CD");
    assert_string_equal(pgn__lemma_apply(f->t, "1,100", cd, f->a), "1100");
    assert_string_equal(pgn__lemma_apply(f->t, "12,500,000", cd, f->a), "12500000");
    /* not a thousands separator: left alone */
    assert_string_equal(pgn__lemma_apply(f->t, "3,40", cd, f->a), "3,40");
}

static void aux_s_is_have_before_been(void **state) {
    fx *f = *state;
    pgn__nlp_sent s;
    assert_int_equal(pgn__nlp_sent_alloc(&s, 4, f->a), 0);
    const char *forms[4] = {"He", "'s", "been", "here"};
    uint32_t tags[4] = {tag(f->t, "PRON", "PRP"), tag(f->t, "AUX", "VBZ"),
                        tag(f->t, "AUX", "VBN"), tag(f->t, "ADV", "RB")};
    for (int i = 0; i < 4; i++) {
        s.form[i] = forms[i];
        s.tag[i] = tags[i];
        s.lemma[i] = pgn__lemma_apply(f->t, forms[i], tags[i], f->a);
    }
    assert_string_equal(s.lemma[1], "be");
    pgn__lemma_context(f->t, &s, f->a);
    assert_string_equal(s.lemma[1], "have");
    /* a passive participle leaves it "be" */
    s.form[2] = "called";
    s.tag[2] = tag(f->t, "VERB", "VBN");
    s.lemma[1] = "be";
    pgn__lemma_context(f->t, &s, f->a);
    assert_string_equal(s.lemma[1], "be");
}

/* Valid UTF-8 (no stray continuation byte, no cut sequence). */
static int utf8_ok(const char *s) {
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3
                                   : (*p & 0xF8) == 0xF0 ? 4 : 0;
        if (!n) return 0;
        for (size_t i = 1; i < n; i++)
            if ((p[i] & 0xC0) != 0x80) return 0;
        p += n;
    }
    return 1;
}

static void rule_edits_strip_whole_characters(void **state) {
    fx *f = *state;
    uint32_t vbp = tag(f->t, "AUX", "VBP");
    /* the rule of "'m" -> "be" strips two bytes; "\xc2\xb4m" (an acute
    ** accent for the apostrophe) loses its two characters, not two bytes */
    const char *l = pgn__lemma_apply(f->t, "\xc2\xb4m", vbp, f->a);
    assert_true(utf8_ok(l));
    assert_string_equal(l, "be");
    const char *forms[] = {"\xe2\x80\x99m", "\xc3\xa9m", "na\xc3\xafve", "caf\xc3\xa9\x64"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        assert_true(utf8_ok(pgn__lemma_apply(f->t, forms[i], vbp, f->a)));
        assert_true(utf8_ok(pgn__lemma_apply(f->t, forms[i], tag(f->t, "VERB", "VBD"), f->a)));
    }
}

static void irregular_verbs(void **state) {
    fx *f = *state;
    uint32_t vbd = tag(f->t, "VERB", "VBD"), vb = tag(f->t, "VERB", "VB");
    /* the "-ed" rules make "fled" "fl": the irregular verb list knows it */
    assert_string_equal(pgn__lemma_apply(f->t, "fled", vbd, f->a), "flee");
    assert_string_equal(pgn__lemma_apply(f->t, "Swore", vbd, f->a), "swear");
    /* under a base-form tag only when the form is no verb of its own */
    assert_string_equal(pgn__lemma_apply(f->t, "overran", vb, f->a), "overrun");
    assert_string_equal(pgn__lemma_apply(f->t, "lay", vb, f->a), "lay");
    assert_string_equal(pgn__lemma_apply(f->t, "lay", vbd, f->a), "lie");
    /* not a verb: not looked up */
    assert_string_equal(pgn__lemma_apply(f->t, "fled", tag(f->t, "NOUN", "NN"), f->a), "fled");
}

static void names_vouch_only_for_names(void **state) {
    fx *f = *state;
    /* "Tim" is a training lemma, but only of a PROPN: "timed" is "time"
    ** (a NOUN's lemma), not "tim" by the more frequent "-ed" rule */
    assert_string_equal(pgn__lemma_apply(f->t, "timed", tag(f->t, "VERB", "VBD"), f->a), "time");
}

static void short_unknown_verb_lemmas_are_refused(void **state) {
    fx *f = *state;
    /* no rule result of "zled" is a known word; the first rule would cut
    ** it to "zl", and no verb of two letters is unknown: the form stays */
    assert_string_equal(pgn__lemma_apply(f->t, "zled", tag(f->t, "VERB", "VBD"), f->a), "zled");
    /* a longer stem is still cut by the rule */
    assert_string_equal(pgn__lemma_apply(f->t, "zorbled", tag(f->t, "VERB", "VBD"), f->a),
                        "zorbl");
}

static void doubled_consonants_are_undone(void **state) {
    fx *f = *state;
    uint32_t vbd = tag(f->t, "VERB", "VBD");
    /* an unknown verb doubles its last consonant before "-ed": the lemma
    ** has it once ("rammed" is "ram", not "ramm") */
    assert_string_equal(pgn__lemma_apply(f->t, "zammed", vbd, f->a), "zam");
    assert_string_equal(pgn__lemma_apply(f->t, "zotted", vbd, f->a), "zot");
    /* lemmas that keep the pair end in l, s, f or z ("call", "pass") */
    assert_string_equal(pgn__lemma_apply(f->t, "zalled", vbd, f->a), "zall");
    assert_string_equal(pgn__lemma_apply(f->t, "zossed", vbd, f->a), "zoss");
}

/* Runs the sentence pass over forms tagged tags with lemmas preset. */
static void context(fx *f, pgn__nlp_sent *s, const char *const *forms, const char *const *lemmas,
                    const uint32_t *tags, uint32_t n) {
    assert_int_equal(pgn__nlp_sent_alloc(s, n, f->a), 0);
    for (uint32_t i = 0; i < n; i++) {
        s->form[i] = forms[i];
        s->lemma[i] = lemmas[i];
        s->tag[i] = tags[i];
    }
    pgn__lemma_context(f->t, s, f->a);
}

static void names_keep_the_forms_capitals(void **state) {
    fx *f = *state;
    uint32_t nnp = tag(f->t, "PROPN", "NNP");
    pgn__nlp_sent s;
    /* mid-sentence, a name whose lemma came from the common noun ("Police"
    ** is "police" under NN) keeps its capital; the same word first in the
    ** sentence is lower-cased as before */
    const char *forms[] = {"Police", "Police", "Polices"};
    const char *lemmas[] = {"police", "police", "police"};
    uint32_t tags[] = {nnp, nnp, nnp};
    context(f, &s, forms, lemmas, tags, 3);
    assert_string_equal(s.lemma[0], "police");
    assert_string_equal(s.lemma[1], "Police");
    assert_string_equal(s.lemma[2], "Police");
    /* a lemma with capitals of its own ("MO" for "mo") takes the form's,
    ** even first; a function word ("The"/NNP in a title) stays, and so
    ** does the lemma of an exact (form, tag) pair of the treebank */
    const char *forms2[] = {"Mo", "The", "Tim"};
    const char *lemmas2[] = {"MO", "the", "tim"};
    context(f, &s, forms2, lemmas2, tags, 3);
    assert_string_equal(s.lemma[0], "Mo");
    assert_string_equal(s.lemma[1], "the");
    assert_string_equal(s.lemma[2], "tim");
    /* a tag whose capitalised words lose their capitals (NN) is left alone */
    uint32_t nn[] = {tag(f->t, "NOUN", "NN"), tag(f->t, "NOUN", "NN")};
    context(f, &s, forms, lemmas, nn, 2);
    assert_string_equal(s.lemma[1], "police");
}

static void nouns_beside_names_keep_capitals(void **state) {
    fx *f = *state;
    uint32_t nnp = tag(f->t, "PROPN", "NNP"), nn = tag(f->t, "NOUN", "NN"),
             prp = tag(f->t, "PRON", "PRP");
    pgn__nlp_sent s;
    /* "Police" tagged NN beside the name "Tim" is part of it */
    const char *forms[] = {"He", "Tim", "Police"};
    const char *lemmas[] = {"he", "Tim", "police"};
    uint32_t tags[] = {prp, nnp, nn};
    context(f, &s, forms, lemmas, tags, 3);
    assert_string_equal(s.lemma[2], "Police");
    /* no capitalised name beside it, or first in the sentence: lower-cased */
    const char *forms2[] = {"He", "Police"};
    const char *lemmas2[] = {"he", "police"};
    uint32_t tags2[] = {prp, nn};
    context(f, &s, forms2, lemmas2, tags2, 2);
    assert_string_equal(s.lemma[1], "police");
    const char *forms3[] = {"Police", "Tim"};
    const char *lemmas3[] = {"police", "Tim"};
    uint32_t tags3[] = {nn, nnp};
    context(f, &s, forms3, lemmas3, tags3, 2);
    assert_string_equal(s.lemma[0], "police");
}

static void names_in_capitals_are_written_as_names(void **state) {
    fx *f = *state;
    uint32_t nnp = tag(f->t, "PROPN", "NNP"), nn = tag(f->t, "NOUN", "NN"),
             prp = tag(f->t, "PRON", "PRP"), vbd = tag(f->t, "VERB", "VBD");
    pgn__nlp_sent s;
    /* in a lower-case sentence a name of six letters or more in capitals
    ** is a name ("Miramar"); five letters may be an acronym ("NYMEX"), and
    ** a common noun in capitals is left to its tag's rules */
    const char *forms[] = {"He", "visited", "MIRAMAR", "NYMEX", "SERVERS", "and", "left"};
    const char *lemmas[] = {"he", "visit", "MIRAMAR", "NYMEX", "SERVERS", "and", "leave"};
    uint32_t tags[] = {prp, vbd, nnp, nnp, nn, prp, vbd};
    context(f, &s, forms, lemmas, tags, 7);
    assert_string_equal(s.lemma[2], "Miramar");
    assert_string_equal(s.lemma[3], "NYMEX");
    assert_string_equal(s.lemma[4], "SERVERS");
    /* in a line of capitals five letters suffice ("CRAZY HORSE"), an
    ** acronym of four stays ("IAEA"), and a lemma the rules changed stays */
    const char *forms2[] = {"CRAZY", "HORSE", "IAEA", "VISITS"};
    const char *lemmas2[] = {"CRAZY", "HORSE", "IAEA", "VISIT"};
    uint32_t tags2[] = {nnp, nnp, nnp, nnp};
    context(f, &s, forms2, lemmas2, tags2, 4);
    assert_string_equal(s.lemma[0], "Crazy");
    assert_string_equal(s.lemma[1], "Horse");
    assert_string_equal(s.lemma[2], "IAEA");
    assert_string_equal(s.lemma[3], "VISIT");
}

static void stretched_words_are_the_words_they_stretch(void **state) {
    fx *f = *state;
    uint32_t nn = tag(f->t, "NOUN", "NN"), rb = tag(f->t, "ADV", "RB"),
             nns = tag(f->t, "NOUN", "NNS");
    /* two letters of a run ("hilll" -> "hill"), else one ("hereeee" ->
    ** "here"), and the known form's lemma ("bricksss" -> "brick") */
    assert_string_equal(pgn__lemma_apply(f->t, "hilll", nn, f->a), "hill");
    assert_string_equal(pgn__lemma_apply(f->t, "hereeee", rb, f->a), "here");
    assert_string_equal(pgn__lemma_apply(f->t, "bricksss", nns, f->a), "brick");
    /* nothing known under the stretch: the usual rules */
    assert_string_equal(pgn__lemma_apply(f->t, "zzzz", nn, f->a), "zzzz");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unknown_words_prefer_known_lemmas),
        cmocka_unit_test(case_follows_the_tags_capitalised_words),
        cmocka_unit_test(numbers_lose_thousands_separators),
        cmocka_unit_test(aux_s_is_have_before_been),
        cmocka_unit_test(rule_edits_strip_whole_characters),
        cmocka_unit_test(irregular_verbs),
        cmocka_unit_test(names_vouch_only_for_names),
        cmocka_unit_test(short_unknown_verb_lemmas_are_refused),
        cmocka_unit_test(doubled_consonants_are_undone),
        cmocka_unit_test(names_keep_the_forms_capitals),
        cmocka_unit_test(nouns_beside_names_keep_capitals),
        cmocka_unit_test(names_in_capitals_are_written_as_names),
        cmocka_unit_test(stretched_words_are_the_words_they_stretch),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
