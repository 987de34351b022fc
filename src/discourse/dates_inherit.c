/* src/discourse/dates_inherit.c -- the date of an event, inherited up the
** parse when the event's own clause has none.
**
** "China and Russia presented a manifesto on February 4 that was a
** statement of their resolve to work together": "work" has no time
** expression in its clause, but what it tells is part of the manifesto
** presented that day.  An event without a date of its own takes the date
** of the nearest clause or noun phrase governing it (pgn__event_date in
** discourse.h states the rule).  The walk goes by "time domains": a clause
** (pgn__clause_head), or an event noun that is background to its governor
** ("the aftermath of the invasion"), which keeps its own dates and passes
** none on.  Why domains rather than plain clauses: a time expression inside
** a background phrase ("after the invasion on February 24") dates that
** phrase, not the clause around it.
*/
#include <string.h>

#include "discourse/discourse.h"

/* Words that put their phrase or clause before or after the time of its
** governor ("after the invasion", "since they met", "ahead of the vote").
** Words of simultaneity ("when", "while", "amid", "during") are not here:
** what they introduce happened at the governor's time. */
static const char *const before_after_words[] = {"after", "before",    "since",
                                                 "following", "until", "till",
                                                 "ahead", "prior"};

/* Nouns whose "of" phrase names an earlier or later event than the
** sentence's own ("in the aftermath of the invasion", "on the eve of"). */
static const char *const before_after_nouns[] = {"aftermath", "wake", "eve", "run-up",
                                                 "lead-up", "anniversary"};

/* s (ASCII letters compared without case) is one of list[0..n). */
static int word_in(const char *s, const char *const *list, size_t n) {
    if (!s) return 0;
    for (size_t i = 0; i < n; i++) {
        const char *w = list[i];
        size_t k = 0;
        for (; w[k] && s[k]; k++) {
            char c = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : s[k];
            if (c != w[k]) break;
        }
        if (!w[k] && !s[k]) return 1;
    }
    return 0;
}

#define N_OF(a) (sizeof a / sizeof a[0])

typedef struct walk {
    const pgn_doc *doc;
    const pgn__sentence *st;
    size_t si;               /* doc->sentences index of st */
} walk;

/* The doc index of x's head, or UINT32_MAX at the root or a bad head. */
static uint32_t parent(const walk *w, uint32_t x) {
    int32_t h = w->doc->tokens.v[x].head;
    if (h <= 0 || (uint32_t)h > w->st->n_tokens) return UINT32_MAX;
    return w->st->first + (uint32_t)h - 1;
}

/* x has a case or mark dependent among the before/after words. */
static int marked_before_after(const walk *w, uint32_t x) {
    uint32_t end = w->st->first + w->st->n_tokens;
    for (uint32_t y = w->st->first; y < end; y++) {
        const pgn__token *t = &w->doc->tokens.v[y];
        if (parent(w, y) != x) continue;
        if ((pgn__deprel_kind(t, "case") || pgn__deprel_kind(t, "mark")) &&
            word_in(t->form, before_after_words, N_OF(before_after_words)))
            return 1;
    }
    return 0;
}

/* Token x lies inside a time expression of the sentence. */
static int in_timex(const walk *w, uint32_t x) {
    const struct pgn__discourse *dc = w->doc->discourse;
    for (size_t k = 0; k < dc->dates.n; k++) {
        const pgn__timex *t = &dc->dates.v[k];
        if (t->sentence == w->si && x >= t->first && x < t->last) return 1;
    }
    return 0;
}

/* Phrase or clause x is background to its governor.  A time expression is
** never background: "since Monday" still dates its clause. */
static int background(const walk *w, uint32_t x) {
    if (in_timex(w, x)) return 0;
    const pgn__token *t = &w->doc->tokens.v[x];
    if (word_in(t->lemma, before_after_nouns, N_OF(before_after_nouns)) ||
        word_in(t->form, before_after_nouns, N_OF(before_after_nouns)))
        return 1;
    return marked_before_after(w, x);
}

/* The time domain of x: the nearest background phrase or clause head above
** x (itself included).  *bg is set when the domain is background. */
static uint32_t domain_of(const walk *w, uint32_t x, int *bg) {
    uint32_t h = pgn__clause_head(w->doc, w->st, x);
    for (uint32_t cur = x, steps = 0; cur != h && steps <= w->st->n_tokens; steps++) {
        if (background(w, cur)) {
            *bg = 1;
            return cur;
        }
        cur = parent(w, cur);
        if (cur == UINT32_MAX) break;
    }
    *bg = background(w, h);
    return h;
}

/* Noun n is, or lies inside, the subject of its clause.  What a relative
** or adnominal clause says of a subject describes who acts, which holds
** before the clause's event ("protesters who threw stones were arrested
** on Monday", "raids targeting migrants drew protests on Tuesday"); of an
** object or oblique it more often tells the event itself ("presented a
** manifesto on February 4 that was a statement of their resolve"). */
static int modifies_subject(const walk *w, uint32_t n) {
    uint32_t h = pgn__clause_head(w->doc, w->st, n);
    for (uint32_t cur = n, steps = 0; cur != h && steps <= w->st->n_tokens; steps++) {
        uint32_t p = parent(w, cur);
        if (p == h) return pgn__deprel_kind(&w->doc->tokens.v[cur], "nsubj");
        if (p == UINT32_MAX) break;
        cur = p;
    }
    return 0;
}

/* The first time expression of the sentence whose domain is d, or NULL. */
static const pgn__timex *own_date(const walk *w, uint32_t d) {
    const struct pgn__discourse *dc = w->doc->discourse;
    for (size_t k = 0; k < dc->dates.n; k++) {
        const pgn__timex *t = &dc->dates.v[k];
        if (t->sentence != w->si || t->first >= t->last) continue;
        int bg = 0;
        if (domain_of(w, pgn__timex_head(w->doc, w->st, t), &bg) == d) return t;
    }
    return NULL;
}

const pgn__timex *pgn__event_date(const pgn_doc *doc, uint32_t tok, int *settled) {
    *settled = 0;
    if (!doc->discourse || tok >= doc->tokens.n) return NULL;
    walk w = {doc, NULL, 0};
    if (!(w.st = pgn__sentence_of(doc, tok, &w.si))) return NULL;
    if (!doc->tokens.v[tok].deprel) {
        const pgn__timex *t = pgn__date_of_token(doc, tok);
        *settled = t != NULL;
        return t;
    }
    uint32_t cur = tok;
    /* each step goes up at least one token: the sentence's length bounds
    ** the walk even on a parse with a cycle */
    for (uint32_t steps = 0; steps <= w.st->n_tokens; steps++) {
        int bg = 0;
        uint32_t d = domain_of(&w, cur, &bg);
        const pgn__timex *t = own_date(&w, d);
        if (t || bg) {
            *settled = 1;
            return t;
        }
        uint32_t p = parent(&w, d);
        const pgn__token *dt = &doc->tokens.v[d];
        if (p == UINT32_MAX || pgn__deprel_kind(dt, "parataxis")) return NULL;
        if (pgn__deprel_kind(dt, "conj")) {
            /* a conjunct shares its first conjunct's governor, not its
            ** date; the caller may still date it otherwise (a quote) */
            int fbg = 0;
            if (own_date(&w, domain_of(&w, p, &fbg))) return NULL;
        }
        if (pgn__deprel_kind(dt, "acl") && modifies_subject(&w, p)) {
            *settled = 1;
            return NULL;
        }
        cur = p;
    }
    return NULL;
}

const char *pgn__event_day(const pgn_doc *doc, uint32_t tok, int *settled) {
    const pgn__timex *t = pgn__event_date(doc, tok, settled);
    return t && t->anchored && t->grain == PGN_GRAIN_DAY ? t->value : NULL;
}
