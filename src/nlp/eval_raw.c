/* src/nlp/eval_raw.c -- scoring the whole pipeline from raw text
** (pgn_nlp_eval_raw in peregrine.h), as the CoNLL 2018 shared task did.
**
** src/text rebuilds the raw text and runs our tokenizer and splitter
** (pgn__gold_segment, the same code `eval tokenize` scores); every system
** sentence is then annotated, and align.c's word alignment (with its map of
** gold words to system words) decides which words are compared.  The gold
** annotation comes from the full CoNLL-U reader (conllu.h); both readers
** list the same words in the same order, which is checked.
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/error.h"
#include "nlp_int.h"
#include "text/align.h"
#include "text/gold.h"

/* The features conll18_ud_eval.py keeps for UFeats (the universal ones of
** UD v2 at the time); others (Typo, ExtPos, ...) are ignored on both sides. */
static const char *const universal_features[] = {
    "PronType", "NumType", "Poss",   "Reflex",   "Foreign", "Abbr",   "Gender",
    "Animacy",  "Number",  "Case",   "Definite", "Degree",  "VerbForm", "Mood",
    "Tense",    "Aspect",  "Voice",  "Evident",  "Polarity", "Person", "Polite"};

typedef struct feat {
    const char *s;
    size_t n;
} feat;

static int universal(const char *s, size_t n) {
    const char *eq = memchr(s, '=', n);
    size_t k = eq ? (size_t)(eq - s) : n;
    for (size_t i = 0; i < sizeof universal_features / sizeof *universal_features; i++)
        if (strlen(universal_features[i]) == k && memcmp(universal_features[i], s, k) == 0)
            return 1;
    return 0;
}

static int feat_cmp(const void *a, const void *b) {
    const feat *x = a, *y = b;
    size_t n = x->n < y->n ? x->n : y->n;
    int c = memcmp(x->s, y->s, n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* The universal features of a FEATS column, sorted; returns their count
** (at most cap). */
static size_t universal_feats(const char *f, feat *out, size_t cap) {
    size_t n = 0;
    if (!f) return 0;
    while (*f && n < cap) {
        const char *bar = strchr(f, '|');
        size_t len = bar ? (size_t)(bar - f) : strlen(f);
        if (len && universal(f, len)) out[n++] = (feat){f, len};
        if (!bar) break;
        f = bar + 1;
    }
    qsort(out, n, sizeof *out, feat_cmp);
    return n;
}

static int same_feats(const char *a, const char *b) {
    feat fa[64], fb[64];
    size_t na = universal_feats(a, fa, 64), nb = universal_feats(b, fb, 64);
    if (na != nb) return 0;
    for (size_t i = 0; i < na; i++)
        if (feat_cmp(&fa[i], &fb[i])) return 0;
    return 1;
}

static int same_str(const char *a, const char *b) {
    return strcmp(a ? a : "_", b ? b : "_") == 0;
}

/* Equal universal parts of two relations ("nmod:poss" ~ "nmod"). */
static int same_rel(const char *a, const char *b) {
    a = a ? a : "_";
    b = b ? b : "_";
    size_t na = strcspn(a, ":"), nb = strcspn(b, ":");
    return na == nb && memcmp(a, b, na) == 0;
}

/* A system word's annotation. */
typedef struct sys_word {
    const char *upos, *xpos, *feats, *lemma, *deprel;
    long head;               /* global index of the head word, -1 root */
} sys_word;

static void fill_prf(pgn_prf *o, size_t gold, size_t sys, size_t correct) {
    pgn__prf p = {gold, sys, correct};
    o->gold = gold;
    o->system = sys;
    o->correct = correct;
    o->precision = pgn__prf_precision(&p);
    o->recall = pgn__prf_recall(&p);
    o->f1 = pgn__prf_f1(&p);
}

/* Annotates every system sentence; out[i] is toks.v[i]'s annotation. */
static int annotate(const pgn_nlp_model *m, const pgn__gold_sys *sys, pgn__arena *a,
                    sys_word *out, double *secs) {
    for (size_t si = 0; si < sys->sents.n; si++) {
        const pgn__sentence *st = &sys->sents.v[si];
        if (st->n_tokens == 0) continue;
        pgn__nlp_sent s;
        if (pgn__nlp_sent_alloc(&s, st->n_tokens, a)) return PGN_ENOMEM;
        const pgn__token *tk = sys->toks.v + st->first;
        for (uint32_t i = 0; i < st->n_tokens; i++) s.form[i] = tk[i].form ? tk[i].form : "";
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        if (pgn__nlp_annotate_sent(m, &s, a)) return PGN_ENOMEM;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        *secs += (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
        for (uint32_t i = 0; i < st->n_tokens; i++) {
            sys_word *w = &out[st->first + i];
            w->upos = pgn__tagger_upos(m->tagger, s.tag[i]);
            w->xpos = pgn__tagger_xpos(m->tagger, s.tag[i]);
            w->feats = s.feats[i];
            w->lemma = s.lemma[i];
            w->deprel = m->parser ? pgn__parser_label(m->parser, s.label[i]) : NULL;
            w->head = s.head[i] > 0 ? (long)st->first + s.head[i] - 1 : s.head[i] == 0 ? -1 : -2;
        }
    }
    return 0;
}

static int score(const pgn_nlp_model *m, pgn__gold *g, const pgn__treebank *tb,
                 pgn_ud_raw_scores *out, pgn_error *err) {
    pgn__arena *a = g->arena;
    if (tb->n_words != g->words.n)
        return pgn__err(err, PGN_ESYNTAX, g->path, -1, -1,
                        "the file's words differ between its readers (%zu vs %zu)",
                        tb->n_words, g->words.n);
    /* Gold words in one array, heads as global indices (-1 root, -2 none). */
    const pgn__ud_word **gw = pgn__arena_alloc(a, (tb->n_words + 1) * sizeof *gw);
    long *ghead = pgn__arena_alloc(a, (tb->n_words + 1) * sizeof *ghead);
    long *sys_of_gold = pgn__arena_alloc(a, (tb->n_words + 1) * sizeof *sys_of_gold);
    if (!gw || !ghead || !sys_of_gold) return PGN_ENOMEM;
    size_t k = 0;
    for (size_t si = 0; si < tb->n; si++) {
        size_t first = k;
        for (uint32_t i = 0; i < tb->s[si].n; i++, k++) {
            gw[k] = &tb->s[si].w[i];
            int h = gw[k]->head;
            ghead[k] = h > 0 ? (long)(first + (size_t)h - 1) : h == 0 ? -1 : -2;
        }
    }
    pgn__gold_sys sys;
    int rc = pgn__gold_segment(g, &sys, err);
    if (rc) return rc;
    sys_word *sw = pgn__arena_alloc(a, (sys.toks.n + 1) * sizeof *sw);
    if (!sw) return PGN_ENOMEM;
    memset(sw, 0, (sys.toks.n + 1) * sizeof *sw);
    if ((rc = annotate(m, &sys, a, sw, &out->seconds))) return rc;
    pgn__prf t, s, w;
    pgn__align_spans(g->tokens.v, g->tokens.n, sys.tokens.v, sys.tokens.n, &t);
    pgn__align_spans(g->sentences.v, g->sentences.n, sys.sentences.v, sys.sentences.n, &s);
    if (pgn__align_words(g->words.v, g->words.n, sys.words.v, sys.words.n, a, sys_of_gold, &w))
        return PGN_ENOMEM;
    size_t upos = 0, xpos = 0, feats = 0, lemma = 0, uas = 0, las = 0;
    for (size_t gi = 0; gi < g->words.n; gi++) {
        long si = sys_of_gold[gi];
        if (si < 0) continue;
        const pgn__ud_word *gd = gw[gi];
        const sys_word *sd = &sw[si];
        upos += same_str(gd->upos, sd->upos);
        xpos += same_str(gd->xpos, sd->xpos);
        feats += same_feats(gd->feats, sd->feats);
        /* A gold lemma "_" accepts any (as the reference scorer). */
        lemma += !gd->lemma || strcmp(gd->lemma, "_") == 0 || same_str(gd->lemma, sd->lemma);
        if (!m->parser || ghead[gi] == -2 || sd->head == -2) continue;
        int head_ok = ghead[gi] == -1 ? sd->head == -1
                                      : sd->head >= 0 && sys_of_gold[ghead[gi]] == sd->head;
        uas += head_ok;
        las += head_ok && same_rel(gd->deprel, sd->deprel);
    }
    size_t ng = w.gold, ns = w.sys;
    fill_prf(&out->tokens, t.gold, t.sys, t.correct);
    fill_prf(&out->sentences, s.gold, s.sys, s.correct);
    fill_prf(&out->words, ng, ns, w.correct);
    fill_prf(&out->upos, ng, ns, upos);
    fill_prf(&out->xpos, ng, ns, xpos);
    fill_prf(&out->ufeats, ng, ns, feats);
    fill_prf(&out->lemmas, ng, ns, lemma);
    fill_prf(&out->uas, ng, ns, uas);
    fill_prf(&out->las, ng, ns, las);
    out->n_documents = g->n_docs;
    out->n_paragraphs = g->paragraphs.n;
    return 0;
}

int pgn_nlp_eval_raw(const pgn_nlp_model *m, const char *gold_path, pgn_ud_raw_scores *out,
                     pgn_error *err) {
    memset(out, 0, sizeof *out);
    if (!m || !gold_path)
        return pgn__err(err, PGN_EINVAL, gold_path, -1, -1, "no model or gold file");
    pgn__treebank *tb;
    int rc = pgn__conllu_read_file(gold_path, &tb, err);
    if (rc) return rc;
    pgn__arena *a = pgn__arena_new(0);
    if (!a) {
        pgn__treebank_free(tb);
        return pgn__err(err, PGN_ENOMEM, gold_path, -1, -1, "out of memory");
    }
    pgn__gold g;
    rc = pgn__gold_read(gold_path, a, &g, err);
    if (!rc) rc = score(m, &g, tb, out, err);
    if (rc == PGN_ENOMEM) pgn__err(err, PGN_ENOMEM, gold_path, -1, -1, "out of memory");
    pgn__arena_free(a);
    pgn__treebank_free(tb);
    return rc;
}
