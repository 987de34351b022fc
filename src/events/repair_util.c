/* src/events/repair_util.c -- the tests and edits the parse repairs share.
**
** Every repair in repair_*.c asks the same questions of a sentence (is
** there a finite verb of a clause of its own?  one root?  does the lexicon
** know this word as a verb?) and rewrites the parse in the same few ways
** (hang a token on a new head, retag it, make a verb the clause's root).
** They live here, apart from the repairs, so that each repair file holds
** only the slips it mends.
*/
#include <string.h>

#include "repair_int.h"

/* Has i a case marker?  (The children lists are not built yet; a marker
** comes just before its noun, so a few tokens back are enough, and a long
** broken sentence stays linear.) */
int pgn__repair_has_case(const pgn__sent *s, int i) {
    for (int d = i > 4 ? i - 4 : 0; d < i; d++)
        if (s->head[d] == i && is(s->tok[d].deprel, "case")) return 1;
    return 0;
}

/* Has the sentence a finite verb heading a clause of its own (not one
** inside a relative clause or a noun's modifier: "protesters [who had
** surrounded] the legislature" leaves a verbless main clause verbless)?
** except: a token not to count. */
int pgn__repair_main_finite_verb_but(const pgn__sent *s, int except, int except2) {
    for (int i = 0; i < s->n; i++) {
        if (i == except || i == except2 || !finite_verb(&s->tok[i])) continue;
        int c = i; /* (an auxiliary stands for its verb's clause) */
        if ((is(s->tok[i].deprel, "aux") || is(s->tok[i].deprel, "aux:pass")) && s->head[i] >= 0)
            c = s->head[i];
        if (is(s->tok[c].deprel, "acl")) continue;
        /* (a relative clause only when a relative word opens it: "aid
        ** [convoys VBZ relcl] into the United States" is the tagger's verb) */
        int rel = 0;
        for (int d = 0; d < c && is(s->tok[c].deprel, "acl:relcl"); d++)
            rel |= s->head[d] == c && is(s->tok[d].upos, "PRON") &&
                   (pgn__word_is(&s->tok[d], "who") || pgn__word_is(&s->tok[d], "which") ||
                    pgn__word_is(&s->tok[d], "that") || pgn__word_is(&s->tok[d], "whom"));
        if (!rel) return 1;
    }
    return 0;
}

int pgn__repair_main_finite_verb(const pgn__sent *s, int except) {
    return pgn__repair_main_finite_verb_but(s, except, -1);
}

void pgn__repair_attach(pgn__sent *s, pgn__token *tok, int i, int h, const char *rel) {
    s->head[i] = h;
    tok[i].head = h + 1;
    tok[i].deprel = rel;
}

/* Gives token i of the copy tok the tags upos and xpos (no features: the
** tagger's were for the other part of speech). */
void pgn__repair_retag(pgn__token *tok, int i, const char *upos, const char *xpos) {
    tok[i].upos = upos;
    tok[i].xpos = xpos;
    tok[i].feats = NULL;
}

/* Copies the sentence's tokens into the repair copy tok, which the
** repairs edit and then point s->tok at (unless a phrase repair of
** repair_phrase.c already did: then the copy is the sentence's). */
void pgn__repair_copy(const pgn__sent *s, pgn__token *tok) {
    if (s->tok != tok) memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
}

/* The start of a repair that makes v the clause's verb: copies the tokens
** into tok (the caller's copy) and makes v the root, without the features
** of the passive participle the tagger or parser took it for. */
void pgn__repair_verb_as_root(pgn__sent *s, pgn__token *tok, int v) {
    pgn__repair_copy(s, tok);
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    tok[v].feats = NULL;
}

/* A repair that moves one arc: copies the tokens into tok (the caller's
** copy), hangs i on h as rel and makes the sentence read the copy.
** Returns 1, what the repairs return when they changed the parse. */
int pgn__repair_reattach(pgn__sent *s, pgn__token *tok, int i, int h, const char *rel) {
    pgn__repair_copy(s, tok);
    pgn__repair_attach(s, tok, i, h, rel);
    s->tok = tok;
    return 1;
}

/* Does o hang on the root r, directly or (the parser having hung the rest
** of the clause on a later word: "court [jailed amod] American [journalist]
** Evan Gershkovich [on charges nmod]") through words after v only? */
int pgn__repair_under_root_after(const pgn__sent *s, int o, int r, int v) {
    for (int h = s->head[o], steps = 0; h >= 0 && steps < 4; h = s->head[h], steps++) {
        if (h == r) return 1;
        if (h <= v) return 0;
    }
    return 0;
}

/* The sentence's root when it has exactly one, else -1: the repairs below
** rebuild a parse only when the parser gave one tree (two roots mean it
** already split the sentence some other way). */
int pgn__repair_sole_root(const pgn__sent *s) {
    int r = -1;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] < 0) {
            if (r >= 0) return -1;
            r = i;
        }
    return r;
}

/* Does the lexicon know token i as an event verb (its lemma or a simple
** stem of its form: "struck" -> strike, "phoned" -> phone)? */
int pgn__repair_lexicon_verb(const pgn__sent *s, int i) {
    char v[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[i], v, 8);
    for (int k = 0; k < nv; k++) {
        size_t n = 0;
        if (pgn__lexicon_lookup(s->lex, v[k], 'v', &n) && n > 0) return 1;
    }
    return 0;
}

/* Makes v the root verb of the sentence with subj its subject and obj
** (or -1) its object, reading a verbless parse as the clause it is: what
** hung before v on v, on the old root r or nowhere hangs on the subject,
** what hung after v there hangs on v (a noun's modifier becoming the
** verb's oblique).  Writes the copy tok and points s at it. */
void pgn__repair_make_clause(pgn__sent *s, pgn__token *tok, int r, int v, int subj, int obj) {
    pgn__repair_copy(s, tok);
    for (int i = 0; i < s->n; i++) {
        if (i == v || i == subj || i == obj) continue;
        int h = s->head[i];
        if (!(h < 0 || h == v || h == r)) continue;
        if (i < v) pgn__repair_attach(s, tok, i, subj, is(tok[i].deprel, "nsubj") ? "compound" : tok[i].deprel);
        else if (h < 0) /* (the old root: "as [part]") */
            pgn__repair_attach(s, tok, i, v, pgn__repair_has_case(s, i) ? "obl" : "dep");
        else pgn__repair_attach(s, tok, i, v, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
    }
    /* (a phrase after the verb hung on a word before it, across the verb,
    ** is the verb's: "Drones launched by Russia hit plants [in cities]") */
    for (int i = v + 1; i < s->n; i++) {
        int h = s->head[i];
        if (i != obj && h >= 0 && h < v && h != subj && s->head[h] >= 0 &&
            (is(tok[i].deprel, "obl") || is(tok[i].deprel, "nmod")))
            pgn__repair_attach(s, tok, i, v, "obl");
    }
    tok[v].upos = "VERB";
    if (!is(tok[v].xpos, "VBD") && !is(tok[v].xpos, "VBZ") && !is(tok[v].xpos, "VBP"))
        tok[v].xpos = "VBD";
    tok[v].feats = NULL;
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    pgn__repair_attach(s, tok, subj, v, "nsubj");
    if (obj >= 0) pgn__repair_attach(s, tok, obj, v, "obj");
    s->tok = tok;
}

/* Has i a case marker other than token skip? */
int pgn__repair_has_case_but(const pgn__sent *s, int i, int skip) {
    for (int d = i > 4 ? i - 4 : 0; d < i; d++)
        if (d != skip && s->head[d] == i && is(s->tok[d].deprel, "case")) return 1;
    return 0;
}

/* Is a at or below b in the tree (so hanging b on a would close a
** cycle)? */
int pgn__repair_below(const pgn__sent *s, int a, int b) {
    for (int h = a, steps = 0; h >= 0 && steps < PGN__MAX_WALK; h = s->head[h], steps++)
        if (h == b) return 1;
    return 0;
}

/* The head of the noun phrase starting at k ("the country's [sovereignty]",
** "[Ethiopia]"): the first noun the words before it do not hang beyond;
** -1 when no noun phrase starts there. */
int pgn__repair_phrase_head_from(const pgn__sent *s, int k) {
    for (; k < s->n; k++) {
        if (!nominal(&s->tok[k])) {
            if (is(s->tok[k].upos, "DET") || is(s->tok[k].upos, "ADJ") ||
                is(s->tok[k].upos, "NUM") || is(s->tok[k].upos, "PART"))
                continue;
            return -1;
        }
        if (s->head[k] > k && s->head[k] <= k + 4) continue; /* a modifier of a later noun */
        return k;
    }
    return -1;
}

/* Is t's form (lower-cased) its lemma: a bare verb, a singular noun? */
int pgn__repair_form_is_lemma(const pgn__token *t) {
    if (!t->form || !t->lemma) return 0;
    size_t i = 0;
    for (; t->form[i] && t->lemma[i]; i++) {
        char c = t->form[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != t->lemma[i]) return 0;
    }
    return !t->form[i] && !t->lemma[i];
}

/* Could verb v be an event with o as its object?  Some entry of its
** lemma names no object lemma, or names o's. */
int pgn__repair_event_with_object(const pgn__sent *s, int v, int o) {
    char w[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[v], w, 8);
    for (int k = 0; k < nv; k++) {
        size_t n = 0;
        const pgn__lex_entry *es = pgn__lexicon_lookup(s->lex, w[k], 'v', &n);
        for (size_t e = 0; es && e < n; e++) {
            int named = 0, fits = 0;
            for (int it = 0; it < es[e].n_items; it++)
                if (es[e].items[it].kind == PGN__LI_OBJECT) {
                    named = 1;
                    fits |= pgn__lemma_is(&s->tok[o], es[e].items[it].word);
                }
            if (!named || fits) return 1;
        }
    }
    return 0;
}

/* Does an entry of verb v name o, or a compound word of o, as its object
** ("cut =internet" for "internet access")? */
int pgn__repair_names_object(const pgn__sent *s, int v, int o) {
    char w[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[v], w, 8);
    for (int k = 0; k < nv; k++) {
        size_t n = 0;
        const pgn__lex_entry *es = pgn__lexicon_lookup(s->lex, w[k], 'v', &n);
        for (size_t e = 0; es && e < n; e++)
            for (int it = 0; it < es[e].n_items; it++) {
                const char *x = es[e].items[it].word;
                if (es[e].items[it].kind != PGN__LI_OBJECT) continue;
                if (pgn__lemma_is(&s->tok[o], x)) return 1;
                for (int d = 0; d < s->n; d++)
                    if (d != v && s->head[d] == o && is(s->tok[d].deprel, "compound") &&
                        pgn__lemma_is(&s->tok[d], x))
                        return 1;
            }
    }
    return 0;
}
