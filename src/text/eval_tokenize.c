/* src/text/eval_tokenize.c -- scoring the tokenizer and splitter against a
** CoNLL-U gold file (pgn_eval_tokenize_file in peregrine.h).
**
** gold.c rebuilds the raw text as the CoNLL 2018 shared task's raw files
** were; each paragraph goes through pgn__segment (the article cleaner plays
** no part), and align.c scores tokens, words and sentences.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "base/error.h"
#include "gold.h"
#include "text.h"

typedef pgn__span_vec span_vec;
typedef pgn__word_vec word_vec;

static int push_span(pgn__arena *a, span_vec *v, size_t start, size_t end) {
    if (PGN__VEC_RESERVE(a, *v)) return PGN_ENOMEM;
    v->v[v->n++] = (pgn__aspan){start, end};
    return 0;
}

static int push_word(pgn__arena *a, word_vec *v, size_t start, size_t end, const char *form,
                     int mwt) {
    if (PGN__VEC_RESERVE(a, *v)) return PGN_ENOMEM;
    v->v[v->n++] = (pgn__aword){{start, end}, form, mwt};
    return 0;
}

static void fill_prf(pgn_prf *o, const pgn__prf *p) {
    o->gold = p->gold;
    o->system = p->sys;
    o->correct = p->correct;
    o->precision = pgn__prf_precision(p);
    o->recall = pgn__prf_recall(p);
    o->f1 = pgn__prf_f1(p);
}

/* Reports, through cb, the units of one side that have no equal on the
** other, with their text. */
static void report_spans(const char *what, const pgn__aspan *a, size_t na, const pgn__aspan *b,
                         size_t nb, const char *raw, const uint32_t *byte_of_pos,
                         void (*cb)(void *, const char *), void *ctx) {
    size_t j = 0;
    char line[512];
    for (size_t i = 0; i < na; i++) {
        while (j < nb && (b[j].start < a[i].start ||
                          (b[j].start == a[i].start && b[j].end < a[i].end)))
            j++;
        if (j < nb && b[j].start == a[i].start && b[j].end == a[i].end) continue;
        size_t bs = byte_of_pos[a[i].start], be = byte_of_pos[a[i].end];
        size_t cs = bs > 40 ? bs - 40 : 0;
        while (cs > 0 && (raw[cs] & 0xC0) == 0x80) cs--;
        size_t ce = be + 40;
        size_t rawlen = strlen(raw + be) + be;
        if (ce > rawlen) ce = rawlen;
        while (ce < rawlen && (raw[ce] & 0xC0) == 0x80) ce++;
        int len = (int)(be - bs), l2 = (int)(bs - cs), l3 = (int)(ce - be);
        if (len > 200) len = 200;
        snprintf(line, sizeof line, "%s\t%.*s\t%.*s[%.*s]%.*s", what, len, raw + bs, l2, raw + cs,
                 len, raw + bs, l3, raw + be);
        for (char *p = line; *p; p++)
            if (*p == '\n') *p = ' ';
        cb(ctx, line);
    }
}

/* Reports, through cb, the sentence ends of one side that the other side
** lacks, with the text around the boundary ("left ||| right"). */
static void report_ends(const char *what, const pgn__aspan *a, size_t na, const pgn__aspan *b,
                        size_t nb, const char *raw, const uint32_t *byte_of_pos,
                        void (*cb)(void *, const char *), void *ctx) {
    size_t j = 0;
    char line[512];
    for (size_t i = 0; i + 1 < na; i++) {
        while (j < nb && b[j].end < a[i].end) j++;
        if (j < nb && b[j].end == a[i].end) continue;
        size_t be = byte_of_pos[a[i].end - 1] + 1;   /* just after the last character */
        size_t cs = be > 50 ? be - 50 : 0, ce = be + 50;
        size_t rawlen = be + strlen(raw + be);
        if (ce > rawlen) ce = rawlen;
        while (cs > 0 && (raw[cs] & 0xC0) == 0x80) cs--;
        while (ce < rawlen && (raw[ce] & 0xC0) == 0x80) ce++;
        snprintf(line, sizeof line, "%s\t%.*s|||%.*s", what, (int)(be - cs), raw + cs,
                 (int)(ce - be), raw + be);
        for (char *p = line; *p; p++)
            if (*p == '\n') *p = ' ';
        cb(ctx, line);
    }
}

int pgn__gold_segment(pgn__gold *g, pgn__gold_sys *out, pgn_error *err) {
    memset(out, 0, sizeof *out);
    pgn__arena *a = g->arena;
    for (size_t p = 0; p < g->paragraphs.n; p++) {
        int rc = pgn__segment(g->raw.v, g->paragraphs.v[p].start, g->paragraphs.v[p].end,
                              (uint32_t)p, a, &out->toks, &out->sents, err);
        if (rc) return rc;
    }
    const pgn__token_vec *toks = &out->toks;
    const uint32_t *pos = g->pos_of_byte;
    for (size_t i = 0; i < toks->n;) {
        /* Adjacent split pieces of one surface token form a multi-word token. */
        size_t j = i + 1;
        if (toks->v[i].flags & PGN__TOK_SPLIT)
            while (j < toks->n && (toks->v[j].flags & PGN__TOK_SPLIT) &&
                   toks->v[j].start == toks->v[j - 1].end)
                j++;
        size_t s0 = pos[toks->v[i].start], e0 = pos[toks->v[j - 1].end];
        if (push_span(a, &out->tokens, s0, e0)) return PGN_ENOMEM;
        for (size_t k = i; k < j; k++) {
            int mwt = j - i > 1;
            size_t ws = mwt ? s0 : pos[toks->v[k].start], we = mwt ? e0 : pos[toks->v[k].end];
            if (push_word(a, &out->words, ws, we, toks->v[k].form, mwt)) return PGN_ENOMEM;
        }
        i = j;
    }
    for (size_t i = 0; i < out->sents.n; i++)
        if (push_span(a, &out->sentences, pos[out->sents.v[i].start], pos[out->sents.v[i].end]))
            return PGN_ENOMEM;
    return 0;
}

static int score(pgn__gold *g, pgn_tokenize_eval *out, void (*cb)(void *, const char *), void *ctx,
                 pgn_error *err) {
    pgn__arena *a = g->arena;
    pgn__gold_sys sys;
    int rc = pgn__gold_segment(g, &sys, err);
    if (rc) return rc;
    size_t n_raw = g->raw.n - 1;
    const uint32_t *byte_of = g->byte_of_pos;
    const span_vec st = sys.tokens, ss = sys.sentences;
    const word_vec sw = sys.words;
    pgn__prf t, w, s;
    pgn__align_spans(g->tokens.v, g->tokens.n, st.v, st.n, &t);
    pgn__align_spans(g->sentences.v, g->sentences.n, ss.v, ss.n, &s);
    if (pgn__align_words(g->words.v, g->words.n, sw.v, sw.n, a, NULL, &w)) return PGN_ENOMEM;
    fill_prf(&out->tokens, &t);
    fill_prf(&out->words, &w);
    fill_prf(&out->sentences, &s);
    out->n_documents = g->n_docs;
    out->n_paragraphs = g->paragraphs.n;
    out->n_bytes = n_raw;
    if (cb) {
        report_spans("gold-token", g->tokens.v, g->tokens.n, st.v, st.n, g->raw.v, byte_of, cb, ctx);
        report_spans("sys-token", st.v, st.n, g->tokens.v, g->tokens.n, g->raw.v, byte_of, cb, ctx);
        report_spans("gold-sentence", g->sentences.v, g->sentences.n, ss.v, ss.n, g->raw.v,
                     byte_of, cb, ctx);
        report_spans("sys-sentence", ss.v, ss.n, g->sentences.v, g->sentences.n, g->raw.v,
                     byte_of, cb, ctx);
        report_ends("missed-boundary", g->sentences.v, g->sentences.n, ss.v, ss.n, g->raw.v,
                    byte_of, cb, ctx);
        report_ends("false-boundary", ss.v, ss.n, g->sentences.v, g->sentences.n, g->raw.v,
                    byte_of, cb, ctx);
    }
    return 0;
}

int pgn_eval_tokenize_file(const char *gold_path, pgn_tokenize_eval *out,
                           void (*detail_cb)(void *ctx, const char *line), void *ctx,
                           pgn_error *err) {
    memset(out, 0, sizeof *out);
    pgn__arena *a = pgn__arena_new(0);
    if (!a) return pgn__err(err, PGN_ENOMEM, gold_path, -1, -1, "out of memory");
    pgn__gold g;
    int rc = pgn__gold_read(gold_path, a, &g, err);
    if (!rc) rc = score(&g, out, detail_cb, ctx, err);
    if (rc == PGN_ENOMEM) pgn__err(err, PGN_ENOMEM, gold_path, -1, -1, "out of memory");
    pgn__arena_free(a);
    return rc;
}
