/* src/nlp/lemma.c -- lemmas and morphological features from the treebank.
**
** Known words: the most frequent lemma (and feats) of (form, tag) in the
** training treebank, then of (lower-cased form, tag).  Unknown words: an
** edit rule "keep or lower-case, strip k bytes, append s" chosen by the
** longest form suffix (up to 5 bytes) seen with that tag on at least two
** word types: that is what turns "tweeted"/VBD into "tweet" and keeps
** "Kyiv"/NNP as it is.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp_int.h"

enum { K_EXC = 100, K_EXC_LOWER = 102, K_RULE = 103, K_FEATS = 104, K_EXC_FORM = 105 };
#define MAX_SUFFIX 5

size_t pgn__lower(const char *s, char *buf, size_t cap) {
    size_t i = 0;
    for (; s[i] && i + 1 < cap; i++) {
        char c = s[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[i] = '\0';
    return i;
}

uint64_t pgn__tag_key(const char *upos, const char *xpos) {
    if (!upos) upos = "_";
    if (!xpos) xpos = "_";
    return pgn__hf(7, pgn__hstr(upos, strlen(upos)), pgn__hstr(xpos, strlen(xpos)), 0);
}

typedef struct vote {
    uint64_t key, vh;
    const char *v;
} vote;

static int vote_cmp(const void *a, const void *b) {
    const vote *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->vh != y->vh) return x->vh < y->vh ? -1 : 1;
    return 0;
}

typedef struct votes {
    vote *v;
    size_t n, cap;
} votes;

static int vote_add(votes *vs, uint64_t key, const char *v, size_t vlen) {
    if (vs->n == vs->cap) {
        size_t c = vs->cap ? vs->cap * 2 : 4096;
        vote *p = realloc(vs->v, c * sizeof *p);
        if (!p) return PGN_ENOMEM;
        vs->v = p;
        vs->cap = c;
    }
    vs->v[vs->n++] = (vote){key ? key : 1, pgn__hstr(v, vlen), v};
    return 0;
}

/* For each key, the most frequent value (ties: lowest hash) goes to map,
** when it was seen at least min_count times. */
static int vote_decide(votes *vs, pgn__smap *map, pgn__pool *pool, size_t min_count) {
    qsort(vs->v, vs->n, sizeof *vs->v, vote_cmp);
    size_t i = 0;
    while (i < vs->n) {
        size_t j = i, best = i, best_n = 0;
        while (j < vs->n && vs->v[j].key == vs->v[i].key) {
            size_t k = j;
            while (k < vs->n && vs->v[k].key == vs->v[j].key && vs->v[k].vh == vs->v[j].vh) k++;
            if (k - j > best_n) {
                best_n = k - j;
                best = j;
            }
            j = k;
        }
        if (best_n >= min_count) {
            uint32_t off = pgn__pool_add(pool, vs->v[best].v, strlen(vs->v[best].v));
            if (off == PGN__NONE || pgn__smap_put(map, vs->v[i].key, off)) return PGN_ENOMEM;
        }
        i = j;
    }
    return 0;
}

/* The edit turning form into lemma, written into rule ("k3ing"-style:
** mode, strip count as a byte '0'+k, appended text).  0 when impossible. */
static int make_rule(const char *form, const char *lemma, char *rule, size_t cap) {
    char low[256];
    size_t fl = strlen(form), ll = strlen(lemma);
    if (fl >= sizeof low || ll + 3 > cap) return 0;
    pgn__lower(form, low, sizeof low);
    size_t cpk = 0, cpl = 0;
    while (cpk < fl && cpk < ll && form[cpk] == lemma[cpk]) cpk++;
    while (cpl < fl && cpl < ll && low[cpl] == lemma[cpl]) cpl++;
    /* On a tie (a lower-case form), say "lower-case": then an unknown
    ** capitalised common noun ("Applause" at the start of a line) gets a
    ** lower-case lemma, while proper nouns learn "keep" from their types. */
    int lemma_lower = 1;
    for (size_t i = 0; i < ll; i++)
        if (lemma[i] >= 'A' && lemma[i] <= 'Z') lemma_lower = 0;
    int lower = cpl > cpk || (cpl == cpk && lemma_lower);
    size_t cp = lower ? cpl : cpk;
    size_t strip = fl - cp;
    if (strip > 40) return 0;
    rule[0] = lower ? 'l' : 'k';
    rule[1] = (char)('0' + strip);
    memcpy(rule + 2, lemma + cp, ll - cp + 1);
    return 1;
}

int pgn__lemma_learn(pgn__tagger *t, const pgn__treebank *tb, const pgn__smap *tag_of,
                     pgn_error *err) {
    votes exc = {0}, excl = {0}, excf = {0}, feats = {0}, rules = {0};
    pgn__smap seen = {0};
    int rc = PGN_ENOMEM;
    char low[256];
    char *rulebuf = NULL;
    size_t rb_len = 0, rb_cap = 0;
    if (pgn__smap_init(&t->lemma_exc, 16) || pgn__smap_init(&t->feats_map, 16) ||
        pgn__smap_init(&t->lemma_rule, 16))
        goto out;
    for (size_t si = 0; si < tb->n; si++)
        for (uint32_t i = 0; i < tb->s[si].n; i++) {
            const pgn__ud_word *w = &tb->s[si].w[i];
            uint32_t tag = pgn__smap_get(tag_of, pgn__tag_key(w->upos, w->xpos));
            if (tag == PGN__NONE) continue;
            size_t fl = strlen(w->form);
            size_t ll = pgn__lower(w->form, low, sizeof low);
            uint64_t hf = pgn__hstr(w->form, fl), hl = pgn__hstr(low, ll);
            const char *lem = w->lemma ? w->lemma : "_";
            const char *fe = w->feats ? w->feats : "_";
            if (vote_add(&exc, pgn__hf(K_EXC, hf, tag, 0), lem, strlen(lem)) ||
                vote_add(&excl, pgn__hf(K_EXC_LOWER, hl, tag, 0), lem, strlen(lem)) ||
                vote_add(&excf, pgn__hf(K_EXC_FORM, hf, 0, 0), lem, strlen(lem)) ||
                vote_add(&feats, pgn__hf(K_FEATS, hl, tag, 0), fe, strlen(fe)))
                goto out;
        }
    /* Rules from word types: one vote per distinct (form, tag, lemma). */
    if (pgn__smap_init(&seen, 1024)) goto out;
    for (size_t si = 0; si < tb->n; si++)
        for (uint32_t i = 0; i < tb->s[si].n; i++) {
            const pgn__ud_word *w = &tb->s[si].w[i];
            uint32_t tag = pgn__smap_get(tag_of, pgn__tag_key(w->upos, w->xpos));
            if (tag == PGN__NONE || !w->lemma) continue;
            size_t fl = strlen(w->form);
            uint64_t key = pgn__hf(K_EXC + 50, pgn__hstr(w->form, fl), tag,
                                   pgn__hstr(w->lemma, strlen(w->lemma)));
            if (pgn__smap_get(&seen, key) != PGN__NONE) continue;
            if (pgn__smap_put(&seen, key, 1)) goto out;
            char rule[300];
            if (!make_rule(w->form, w->lemma, rule, sizeof rule)) continue;
            size_t rl = strlen(rule);
            if (rb_len + rl + 1 > rb_cap) {
                /* votes hold offsets into rulebuf until it stops moving */
                size_t c = rb_cap ? rb_cap * 2 : 1 << 20;
                while (c < rb_len + rl + 1) c *= 2;
                char *p = realloc(rulebuf, c);
                if (!p) goto out;
                rulebuf = p;
                rb_cap = c;
            }
            memcpy(rulebuf + rb_len, rule, rl + 1);
            size_t ll = pgn__lower(w->form, low, sizeof low);
            for (size_t j = 0; j <= MAX_SUFFIX && j <= ll; j++)
                if (vote_add(&rules, pgn__hf(K_RULE, tag, pgn__hstr(low + ll - j, j), j),
                             (const char *)(uintptr_t)(rb_len + 1), 0))
                    goto out;
            rb_len += rl + 1;
        }
    for (size_t i = 0; i < rules.n; i++) {
        rules.v[i].v = rulebuf + ((uintptr_t)rules.v[i].v - 1);
        rules.v[i].vh = pgn__hstr(rules.v[i].v, strlen(rules.v[i].v));
    }
    if (vote_decide(&exc, &t->lemma_exc, &t->pool, 1) ||
        vote_decide(&excl, &t->lemma_exc, &t->pool, 1) ||
        vote_decide(&excf, &t->lemma_exc, &t->pool, 1) ||
        vote_decide(&feats, &t->feats_map, &t->pool, 1) ||
        vote_decide(&rules, &t->lemma_rule, &t->pool, 2))
        goto out;
    rc = 0;
out:
    free(exc.v);
    free(excl.v);
    free(excf.v);
    free(feats.v);
    free(rules.v);
    free(rulebuf);
    pgn__smap_free(&seen);
    if (rc) pgn__err(err, rc, NULL, -1, -1, "out of memory while learning lemmas");
    return rc;
}

const char *pgn__lemma_apply(const pgn__tagger *t, const char *form, uint32_t tag,
                             pgn__arena *arena) {
    size_t fl = strlen(form);
    uint32_t off = pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC, pgn__hstr(form, fl), tag, 0));
    if (off != PGN__NONE) return t->pool.s + off;
    char low[256];
    if (fl >= sizeof low) return form;
    size_t ll = pgn__lower(form, low, sizeof low);
    off = pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC_LOWER, pgn__hstr(low, ll), tag, 0));
    if (off != PGN__NONE) return t->pool.s + off;
    /* a known word with a tag it never had: its usual lemma beats a rule */
    off = pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC_FORM, pgn__hstr(form, fl), 0, 0));
    if (off != PGN__NONE) return t->pool.s + off;
    for (size_t j = ll < MAX_SUFFIX ? ll : MAX_SUFFIX;; j--) {
        off = pgn__smap_get(&t->lemma_rule, pgn__hf(K_RULE, tag, pgn__hstr(low + ll - j, j), j));
        if (off != PGN__NONE) {
            const char *r = t->pool.s + off;
            if (!r[0] || !r[1]) return form;
            const char *base = r[0] == 'l' ? low : form;
            size_t strip = (size_t)(unsigned char)(r[1] - '0');
            if (strip <= fl) {
                size_t keep = fl - strip, al = strlen(r + 2);
                if (strip == 0 && al == 0 && base == form) return form;
                char *out = arena ? pgn__arena_alloc(arena, keep + al + 1) : NULL;
                if (!out) return form;
                memcpy(out, base, keep);
                memcpy(out + keep, r + 2, al + 1);
                return out;
            }
        }
        if (j == 0) break;
    }
    return form;
}

const char *pgn__feats_apply(const pgn__tagger *t, const char *form, uint32_t tag) {
    char low[256];
    size_t fl = strlen(form);
    if (fl < sizeof low) {
        size_t ll = pgn__lower(form, low, sizeof low);
        uint32_t off = pgn__smap_get(&t->feats_map, pgn__hf(K_FEATS, pgn__hstr(low, ll), tag, 0));
        if (off != PGN__NONE) return t->pool.s + off;
    }
    uint32_t d = tag < t->n_tags ? t->tag_feats[tag] : PGN__NONE;
    return d != PGN__NONE ? t->pool.s + d : "_";
}
