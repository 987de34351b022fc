/* src/discourse/quotes_parse.c -- attributions the parse shows and the cue
** lexicon does not know: "technology companies recognize that ...",
** "the court ruled that ...", "they are convinced that ...".
**
** In: a parsed document (deprel set) and the quotes the word rules found
** (quotes.c).  Out: more indirect quotes appended to them.
**
** Why: news attributes far more than speech.  A verb with a subject and a
** clausal complement (ccomp) is a stance of that subject towards the
** clause -- said, believed, ruled, recognised, showed -- whatever the verb.
** The lexicon cannot list them all; the parse finds the frame.
**
** The rule: every verb (UPOS VERB, or an adjective heading a copular clause,
** "are convinced that", "is confident that") with an nsubj child and a
** ccomp child becomes an attribution: source the nsubj subtree, cue the
** verb (with its auxiliaries and negation before it), content the ccomp
** subtree.  Skipped: a verb whose token is already part of a quote's cue,
** a verb inside a direct quote's content (the quote is what the speaker
** said; its inner frames are the speaker's words), an expletive or
** relative-pronoun subject ("it", "which": no source), and light verbs
** whose complement says no stance (make sure, ensure, mean).
*/
#include <string.h>

#include "discourse/discourse.h"

/* The relation is r or one of its subtypes ("nsubj" covers "nsubj:pass"). */
int pgn__deprel_kind(const pgn__token *t, const char *r) {
    const char *d = t->deprel;
    if (!d) return 0;
    size_t n = 0; /* (one pass: asked of every child of every candidate) */
    while (r[n] && d[n] == r[n]) n++;
    return !r[n] && (d[n] == 0 || d[n] == ':');
}

static int lemma_in(const pgn__token *t, const char *const *list, size_t n) {
    for (size_t i = 0; t->lemma && i < n; i++)
        if (strcmp(t->lemma, list[i]) == 0) return 1;
    return 0;
}
#define LEMMA_IN(t, list) lemma_in((t), (list), sizeof(list) / sizeof *(list))

/* Verbs whose clausal complement is no stance of the subject. */
static const char *const NOT_STANCE[] = {"make", "ensure", "mean", "be", "have", "get", "let",
                                         "see to", "help", "cause", "require"};
/* Subjects that name no source. */
static const char *const NO_SOURCE[] = {"it", "which", "that", "this", "there", "what", "who"};

/* A subject word that names no source, by its form ("It", "which"). */
static int no_source(const pgn__token *t) {
    char low[8];
    size_t n = t->form ? strlen(t->form) : 0;
    if (n == 0 || n >= sizeof low) return 0;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)(t->form[i] >= 'A' && t->form[i] <= 'Z' ? t->form[i] + 32 : t->form[i]);
    for (size_t i = 0; i < sizeof NO_SOURCE / sizeof *NO_SOURCE; i++)
        if (strcmp(low, NO_SOURCE[i]) == 0) return 1;
    return 0;
}

void pgn__subtree_extent(const int32_t *parent, uint32_t n, uint32_t k, uint32_t *lo,
                         uint32_t *hi) {
    *lo = *hi = k;
    for (uint32_t u = 0; u < n; u++) {
        uint32_t cur = u;
        for (uint32_t steps = 0; steps < n && cur != k; steps++) {
            if (parent[cur] < 0) break;
            cur = (uint32_t)parent[cur];
        }
        if (cur == k) {
            if (u < *lo) *lo = u;
            if (u > *hi) *hi = u;
        }
    }
}

static int covered_by_cue(const pgn__quote_vec *qs, size_t n, uint32_t a, uint32_t b) {
    for (size_t i = 0; i < n; i++) {
        const pgn__quote *q = &qs->v[i];
        if (q->cue.present && q->cue.start < b && a < q->cue.end) return 1;
    }
    return 0;
}

static int inside_direct(const pgn__quote_vec *qs, size_t n, uint32_t a, uint32_t b) {
    for (size_t i = 0; i < n; i++) {
        const pgn__quote *q = &qs->v[i];
        if (q->direct && q->content.start <= a && b <= q->content.end) return 1;
    }
    return 0;
}

void pgn__tokens_span(const pgn_doc *doc, uint32_t first, uint32_t lo, uint32_t hi,
                      pgn__span *sp) {
    sp->present = 1;
    sp->start = doc->tokens.v[first + lo].start;
    sp->end = doc->tokens.v[first + hi].end;
}

int pgn__quotes_from_parse(pgn_doc *doc, pgn__quote_vec *qs) {
    if (doc->tokens.n == 0 || !doc->tokens.v[0].deprel) return 0;
    size_t n_rules = qs->n;
    int32_t *parent = NULL;
    uint32_t cap = 0;
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        uint32_t n = st->n_tokens, f = st->first;
        if (n < 3 || n > 400) continue;
        const pgn__token *tk = doc->tokens.v + f;
        /* cheap test first: a sentence with no ccomp has no frame */
        int any = 0;
        for (uint32_t i = 0; i < n && !any; i++) any = pgn__deprel_kind(&tk[i], "ccomp");
        if (!any) continue;
        if (n > cap) {
            cap = n * 2;
            parent = pgn__arena_alloc(doc->arena, cap * sizeof *parent);
            if (!parent) return PGN_ENOMEM;
        }
        for (uint32_t i = 0; i < n; i++)
            parent[i] = tk[i].head >= 1 && (uint32_t)tk[i].head <= n && (uint32_t)tk[i].head - 1 != i
                            ? tk[i].head - 1 : -1;
        for (uint32_t c = 0; c < n; c++) {
            if (!pgn__deprel_kind(&tk[c], "ccomp") || parent[c] < 0) continue;
            uint32_t v = (uint32_t)parent[c];
            const pgn__token *vt = &tk[v];
            if (!vt->upos || (strcmp(vt->upos, "VERB") != 0 && strcmp(vt->upos, "ADJ") != 0)) continue;
            if (LEMMA_IN(vt, NOT_STANCE)) continue;
            int32_t subj = -1;
            for (uint32_t k = 0; k < n && subj < 0; k++)
                if (parent[k] == (int32_t)v && pgn__deprel_kind(&tk[k], "nsubj") &&
                    !pgn__deprel_kind(&tk[k], "nsubj:pass"))
                    subj = (int32_t)k;
            if (subj < 0 || no_source(&tk[subj])) continue;
            if (covered_by_cue(qs, n_rules, vt->start, vt->end) ||
                inside_direct(qs, n_rules, vt->start, vt->end))
                continue;
            /* the cue: the verb with its auxiliaries and negation before it */
            uint32_t k0 = v;
            while (k0 > 0 && parent[k0 - 1] == (int32_t)v &&
                   (pgn__deprel_kind(&tk[k0 - 1], "aux") || pgn__deprel_kind(&tk[k0 - 1], "cop") ||
                    pgn__deprel_kind(&tk[k0 - 1], "advmod")))
                k0--;
            uint32_t s_lo, s_hi, c_lo, c_hi;
            pgn__subtree_extent(parent, n, (uint32_t)subj, &s_lo, &s_hi);
            pgn__subtree_extent(parent, n, c, &c_lo, &c_hi);
            if (s_hi >= k0 && s_lo <= v) continue;   /* crossing: a broken parse */
            if (PGN__VEC_RESERVE(doc->arena, *qs)) return PGN_ENOMEM;
            pgn__quote *q = &qs->v[qs->n++];
            memset(q, 0, sizeof *q);
            q->mention = -1;
            q->frame = 1;
            pgn__tokens_span(doc, f, s_lo, s_hi, &q->speaker);
            pgn__tokens_span(doc, f, k0, v, &q->cue);
            pgn__tokens_span(doc, f, c_lo, c_hi, &q->content);
        }
    }
    return 0;
}
