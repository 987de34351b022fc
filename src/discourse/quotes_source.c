/* src/discourse/quotes_source.c -- the source of a learned cue: the rules'
** pick from the parse, and the ranker that chooses among candidate spans.
**
** Why a ranker: the parse rules (subject, possessor, agent, "according
** to") find no source for about one learned cue in ten, and PolNeAR
** sources are often elsewhere: the subject of a governing clause, an
** appositive, a relative pronoun, the subject of the sentence before ("He
** added: ...").  The ranker scores every nominal head of the cue's
** sentence and the subjects of the sentence before, with "no source" as
** a candidate of its own, so a cue whose source it cannot see is dropped
** rather than given a wrong one.  Trained on PolNeAR train (quotes_train.c).
*/
#include <stdlib.h>
#include <string.h>

#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* ----------------------------------------------------- the rules' pick */

/* (the first byte before strcmp: asked of every word of a candidate's extent) */
static int upos_is(const pgn__token *t, const char *u) {
    return t->upos && t->upos[0] == u[0] && strcmp(t->upos, u) == 0;
}

/* PolNeAR-style sources include relative pronouns ("leaders who can
** support"); only expletives and punctuation name none. */
static int no_source(const pgn__token *t) {
    return pgn__deprel_kind(t, "expl") || (t->upos && strcmp(t->upos, "PUNCT") == 0);
}

/* A cue word that is a function word of its head ("talked ABOUT", "spoke
** OUT", "PUBLICLY"): its speaker is its head's.  (Climbing also from
** objects and obliques, "voiced CRITICISM of", gained recall for as much
** precision on held-out PolNeAR train.) */
static int climbs(const pgn__token *t) {
    return pgn__deprel_kind(t, "case") || pgn__deprel_kind(t, "advmod") ||
           pgn__deprel_kind(t, "compound");
}

/* Word k is a share of people: a number with a number of its own ("Six
** in 10", "nine out of 10", not "The two"). */
static int share_of(const pgn__qm_sent *s, int32_t k) {
    int32_t of = pgn__qm_child(s, (uint32_t)k, "nmod", 1);
    return upos_is(&s->tk[k], "NUM") && of >= 0 && upos_is(&s->tk[of], "NUM");
}

int32_t pgn__qm_rule_source(const pgn__qm_sent *s, uint32_t v) {
    static const char *const rels[] = {"nsubj", "nmod:poss", "obl:agent", "nsubj:pass"};
    for (uint32_t step = 0; step < 3; step++) {
        for (size_t r = 0; r < sizeof rels / sizeof *rels; r++) {
            int32_t c = pgn__qm_child(s, v, rels[r], 1);
            if (c >= 0 && r == 3 && !(s->tk[v].lemma && strcmp(s->tk[v].lemma, "quote") == 0))
                continue;
            if (c >= 0) return no_source(&s->tk[c]) ? -1 : c;
        }
        /* "Six in 10 say ...", "Nearly nine out of 10 say ...": the parse
        ** took "say" for a noun the number counts */
        int32_t share = pgn__qm_child(s, v, "nummod", 1);
        if (step == 0 && share >= 0 && (uint32_t)share < v && share_of(s, share) &&
            s->tk[v].lemma && strcmp(s->tk[v].lemma, "say") == 0)
            return share;
        /* "according to X": X is the head of the case "to" */
        if (s->tk[v].lemma && strcmp(s->tk[v].lemma, "accord") == 0 && s->parent[v] >= 0)
            return s->parent[v];
        const pgn__token *t = &s->tk[v];
        if (s->parent[v] < 0 || !(pgn__deprel_kind(t, "xcomp") || pgn__deprel_kind(t, "conj") ||
                                  pgn__deprel_kind(t, "amod") || pgn__deprel_kind(t, "acl") ||
                                  pgn__deprel_kind(t, "advcl") || climbs(t)))
            return -1;
        v = (uint32_t)s->parent[v];
    }
    return -1;
}

/* ---------------------------------------------------------- candidates */


/* Word k of s heads a noun phrase: noun, proper noun, pronoun, not a part
** of a name or compound, not an expletive (its kind bit, set when s was
** prepared). */
static int nominal_head(const pgn__qm_sent *s, uint32_t k) { return (s->kind[k] & PGN__QM_KNOMINAL) != 0; }

/* The extent of k's subtree in s without leading or trailing punctuation
** and, in the cue's sentence, cut short of the cue [a, b]; 0 when empty. */
static int extent(const pgn__qm_sent *s, uint32_t k, int cut, uint32_t a, uint32_t b,
                  uint32_t *lo_out, uint32_t *hi_out) {
    uint32_t lo, hi;
    pgn__qm_extent(s, k, &lo, &hi);
    if (cut && lo <= b && a <= hi) {
        if (k < a) hi = a - 1;
        else lo = b + 1;
    }
    while (lo < hi && upos_is(&s->tk[lo], "PUNCT")) lo++;
    while (hi > lo && upos_is(&s->tk[hi], "PUNCT")) hi--;
    if (lo > k || hi < k) return 0;
    *lo_out = lo;
    *hi_out = hi;
    return 1;
}

/* A noun cue's own governing noun ("a new round OF TALKS", "a series of
** TWEETS") holds the cue; it does not say it: a noun cue's speaker is its
** possessor, its "by" phrase or the subject of the verb it depends on. */
static int governs_noun_cue(const pgn__qm_sent *s, uint32_t k, uint32_t v) {
    return s->parent[v] == (int32_t)k && upos_is(&s->tk[v], "NOUN") &&
           (pgn__deprel_kind(&s->tk[v], "nmod") || pgn__deprel_kind(&s->tk[v], "compound"));
}

/* A noun before cue head v that the parse made v's compound: "the poll
** SHOWS ...", "Turkey DENIES ..." with the verb tagged a plural noun, so
** that the subject reads as a modifier of it.  Such a noun is a candidate
** (a compound is none elsewhere: "Trump campaign" names the campaign).  On
** held-out training folds source F1 0.7830 -> 0.7837. */
static int subject_as_compound(const pgn__qm_sent *s, uint32_t k, uint32_t v) {
    return k < v && s->parent[k] == (int32_t)v && pgn__deprel_kind(&s->tk[k], "compound") &&
           (upos_is(&s->tk[k], "NOUN") || upos_is(&s->tk[k], "PROPN"));
}

size_t pgn__qs_candidates(const pgn__qs_cue *c, pgn__qs_cand *out) {
    size_t n = 0;
    memset(&out[n++], 0, sizeof *out);   /* no source */
    const pgn__qm_sent *s = c->s;
    /* the nearest candidates first on either side, so the cap drops the far ones */
    uint32_t left = c->a, right = c->b + 1, rank_l = 0, rank_r = 0;
    while ((left > 0 || right < s->n) && n < PGN__QS_MAX_CANDS - 8) {
        for (int side = 0; side < 2; side++) {
            uint32_t k;
            if (side == 0) {
                if (left == 0) continue;
                k = --left;
            } else {
                if (right >= s->n) continue;
                k = right++;
            }
            if (!(nominal_head(s, k) || (int32_t)k == c->rule || subject_as_compound(s, k, c->v)) ||
                n >= PGN__QS_MAX_CANDS - 8)
                continue;
            if (governs_noun_cue(s, k, c->v)) continue;
            pgn__qs_cand *o = &out[n];
            if (!extent(s, k, 1, c->a, c->b, &o->lo, &o->hi)) continue;
            o->s = s;
            o->tok = k;
            o->rank = side == 0 ? rank_l++ : rank_r++;
            n++;
        }
    }
    /* the sentence before: its subjects and its root, if nominal */
    const pgn__qm_sent *p = c->prev;
    uint32_t rank_p = 0;
    for (uint32_t k = p ? p->n : 0; k-- > 0 && n < PGN__QS_MAX_CANDS;) {
        const pgn__token *t = &p->tk[k];
        if (!nominal_head(p, k) || !(pgn__deprel_kind(t, "nsubj") || p->parent[k] < 0)) continue;
        pgn__qs_cand *o = &out[n];
        if (!extent(p, k, 0, 0, 0, &o->lo, &o->hi)) continue;
        o->s = p;
        o->tok = k;
        o->rank = rank_p++;
        n++;
    }
    return n;
}

/* ------------------------------------------------------------ features */

enum {
    S_NONE = 1, S_NONE_LEM, S_NONE_UPOS, S_NONE_REL, S_NONE_RULE, S_NONE_INQ, S_NONE_PREV,
    S_PREV, S_PREV_REL, S_PREV_RANK, S_PREV_LEM, S_PREV_VLEM,
    S_REL, S_UPOS, S_LEM, S_REL_VUPOS, S_VLEM_REL, S_PATH, S_PATH_VLEM, S_PATH_VUPOS,
    S_SIDE_DIST, S_SIDE_RANK, S_RULE, S_RULE_REL, S_RULEBITS, S_INQ, S_LEN, S_VERB_BETWEEN,
    S_HREL_REL, S_PATHLEN, S_SIDE_RANK_REL, S_COMMA_BETWEEN, S_LEM_PATH, S_VLEM_UPOS, S_CL_REL,
    S_PREV_CL
};

static uint64_t bucket(uint32_t d) { return d <= 3 ? d : d <= 5 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7; }

/* The dependency path from candidate k up to the lowest common ancestor with
** the cue head v and down to v, as a hash of relations (up to 4 each side;
** longer paths hash their length only); *len gets its length. */
static uint64_t path(const pgn__qm_sent *s, uint32_t k, uint32_t v, uint32_t *len) {
    int32_t up[16];
    uint32_t nv = 0;
    for (int32_t x = (int32_t)v; x >= 0 && nv < 16; x = s->parent[x]) up[nv++] = x;
    uint64_t h = 0x51ed27;
    uint32_t nk = 0;
    for (int32_t x = (int32_t)k; x >= 0 && nk < 16; x = s->parent[x], nk++) {
        for (uint32_t j = 0; j < nv; j++) {
            if (up[j] != x) continue;
            *len = nk + j;
            if (nk > 4 || j > 4) return pgn__hf(99, nk, j, 0);
            for (uint32_t q = 0; q < j; q++) h = pgn__hf(98, h, s->h[5 * (size_t)up[q] + 4], 1);
            return pgn__hf(97, h, nk, j);
        }
        h = pgn__hf(96, h, s->h[5 * (size_t)x + 4], 0);
    }
    *len = 99;
    return pgn__hf(95, 0, 0, 0);
}

#define F1(t, a) (f[n++] = pgn__hf((t), (a), 0, 0))
#define F2(t, a, b) (f[n++] = pgn__hf((t), (a), (b), 0))
#define F3(t, a, b, d) (f[n++] = pgn__hf((t), (a), (b), (d)))

size_t pgn__qs_features(const pgn__qs_cue *c, const pgn__qs_cand *k, uint64_t *f) {
    size_t n = 0;
    const pgn__qm_sent *s = c->s;
    const uint64_t *hv = s->h + 5 * (size_t)c->v;
    uint64_t vlem = hv[0], vupos = hv[2], vrel = hv[4];
    if (!k->s) {
        F1(S_NONE, 0);
        F1(S_NONE_LEM, vlem);
        F1(S_NONE_UPOS, vupos);
        F1(S_NONE_REL, vrel);
        F2(S_NONE_RULE, c->rule >= 0, vupos);
        F1(S_NONE_INQ, s->inq[c->v]);
        F1(S_NONE_PREV, c->prev != NULL);
        return n;
    }
    const pgn__qm_sent *ks = k->s;
    const uint64_t *hk = ks->h + 5 * (size_t)k->tok;
    uint64_t lem = hk[0], upos = hk[2], rel = hk[4];
    int32_t kp = ks->parent[k->tok];
    uint64_t hrel = kp >= 0 ? ks->h[5 * (size_t)kp + 4] : 0;
    int pron = upos_is(&ks->tk[k->tok], "PRON");
    /* the tagger's word cluster of the head word: people and organisations
    ** speak, places and dates do not, whatever the name */
    uint64_t cl = ks->tk[k->tok].cluster;
    if (ks != s) {
        /* the sentence before */
        F1(S_PREV, 0);
        F2(S_PREV_REL, rel, upos);
        F2(S_PREV_RANK, k->rank > 2 ? 2 : k->rank, kp < 0);
        F1(S_PREV_LEM, pron ? lem : 0);
        F1(S_PREV_CL, cl);
        F2(S_PREV_VLEM, vlem, s->child[c->v] >= 0 && pgn__qm_child(s, c->v, "nsubj", 0) >= 0);
        F2(S_LEN, bucket(k->hi - k->lo + 1), 1);
        return n;
    }
    uint32_t plen;
    uint64_t ph = path(s, k->tok, c->v, &plen);
    int before = k->hi < c->a;
    uint32_t dist = before ? c->a - k->hi : k->lo - c->b;
    F1(S_REL, rel);
    F1(S_UPOS, upos);
    F1(S_LEM, lem);
    F2(S_VLEM_UPOS, vlem, upos);
    F2(S_REL_VUPOS, rel, vupos);
    F2(S_VLEM_REL, vlem, rel);
    F1(S_PATH, ph);
    F2(S_PATH_VLEM, ph, vlem);
    F2(S_PATH_VUPOS, ph, vupos);
    F2(S_LEM_PATH, pron ? lem : upos, ph);
    F1(S_PATHLEN, plen > 8 ? 8 : plen);
    F2(S_SIDE_DIST, before, bucket(dist));
    F2(S_SIDE_RANK, before, k->rank > 3 ? 3 : k->rank);
    F3(S_SIDE_RANK_REL, before, k->rank > 3 ? 3 : k->rank, rel);
    F1(S_RULE, c->rule == (int32_t)k->tok);
    F2(S_RULE_REL, c->rule == (int32_t)k->tok, c->rule >= 0 ? rel : 1);
    F2(S_RULEBITS, s->rule[k->tok], s->rule[c->v]);
    F2(S_INQ, s->inq[k->tok], s->inq[c->v]);
    F1(S_LEN, bucket(k->hi - k->lo + 1));
    F2(S_HREL_REL, hrel, rel);
    F2(S_CL_REL, cl, rel);
    /* a verb or a comma between the candidate and the cue */
    uint32_t x0 = before ? k->hi + 1 : c->b + 1, x1 = before ? c->a : k->lo;
    int verb = 0, comma = 0;
    for (uint32_t x = x0; x < x1; x++) {
        verb |= (s->kind[x] & PGN__QM_KVERB) != 0;
        comma |= (s->kind[x] & PGN__QM_KCOMMA) != 0;
    }
    F2(S_VERB_BETWEEN, verb, before);
    F2(S_COMMA_BETWEEN, comma, before);
    return n;
}

/* A phrase opening with "to" names a recipient or a goal ("appointed TO
** the Supreme Court", "referring TO the candidate", "TO publish them"),
** never the one who says (of the speakers opening with "to" on the
** held-out PolNeAR training folds, 3 in 23 overlapped a gold source; with
** them no pick: source F1 .7888 -> .7891). */
static int opens_with_to(const pgn__qs_cand *k) {
    const pgn__token *t = &k->s->tk[k->lo];
    return t->form && strcmp(t->form, "to") == 0;
}

/* The first candidate from i on that the ranker scores (n: none). */
static size_t next_scored(const pgn__qs_cand *k, size_t i, size_t n) {
    while (i < n && k[i].s && opens_with_to(&k[i])) i++;
    return i;
}

/* The cue's subject is a share of those polled ("Six in 10 say", "About 4
** in 10 say"; "The two" stays the ranker's to weigh). */
static int share_subject(const pgn__qs_cue *c) {
    if (c->rule < 0) return 0;
    const pgn__token *t = &c->s->tk[c->rule];
    return (pgn__deprel_kind(t, "nsubj") || pgn__deprel_kind(t, "nummod")) && share_of(c->s, c->rule);
}

size_t pgn__qs_pick(const struct pgn_quote_model *m, const pgn__qs_cue *c, const pgn__qs_cand *k,
                    size_t n) {
    /* a share as subject is the speaker: the ranker, which saw few numbers
    ** as subjects, mostly gave none */
    for (size_t i = 1; share_subject(c) && i < n; i++)
        if (k[i].s == c->s && k[i].tok == (uint32_t)c->rule) return i;
    /* The next candidate's features are taken and their slots fetched
    ** before this one is scored: its cache misses overlap this one's,
    ** instead of each candidate waiting for its own. */
    uint64_t f[2][PGN__QS_MAX_FEATS];
    size_t nf[2] = {0, 0}, best = 0, cur = 0;
    int32_t best_sc = 0;
    size_t i = next_scored(k, 0, n);
    if (i < n) nf[0] = pgn__qs_features(c, &k[i], f[0]);
    while (i < n) {
        size_t j = next_scored(k, i + 1, n);
        if (j < n) {
            nf[cur ^ 1] = pgn__qs_features(c, &k[j], f[cur ^ 1]);
            pgn__qs_prefetch(m, f[cur ^ 1], nf[cur ^ 1]);
        }
        int32_t sc = pgn__qs_score(m, f[cur], nf[cur]);
        if (i == 0 || sc > best_sc) {
            best = i;
            best_sc = sc;
        }
        cur ^= 1;
        i = j;
    }
    return best;
}
