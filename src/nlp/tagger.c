/* src/nlp/tagger.c -- UPOS+XPOS tagger: greedy left-to-right averaged
** perceptron over one class per (UPOS, XPOS) pair seen in training, so the
** two tags always agree.  Features: the word, its affixes and shape (what
** carries unknown news names), two words of context each side and the two
** previous tags.  Also training, saving and loading of the tagger file,
** which carries the lemmatizer and feats dictionaries (lemma.c) as well.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/error.h"
#include "nlp_int.h"

#define MAX_TAG_FEATS 56

/* Per-token word features, computed once per sentence. */
typedef struct wf {
    uint64_t fw, lw, suf[5], pre[3], shape, amb, cl;
    uint32_t flags;
} wf;

enum { F_DIGIT = 1, F_UPPER = 2, F_HYPHEN = 4, F_ALLUP = 8, F_INITCAP = 16, F_NONASCII = 32 };

/* A word's own features except its ambiguity class and cluster, which
** word_lookups fills in (call it on each word after this). */
static void word_features(const pgn__tagger *t, const char *form, wf *out) {
    char low[256];
    size_t n = strlen(form);
    if (n >= sizeof low) n = sizeof low - 1;
    size_t ln = pgn__lower(form, low, n + 1);
    out->fw = pgn__hstr(form, n);
    out->lw = pgn__hstr(low, ln);
    for (size_t k = 1; k <= 5; k++) out->suf[k - 1] = pgn__hstr(low + (ln > k ? ln - k : 0), ln > k ? k : ln) + k;
    for (size_t k = 1; k <= 3; k++) out->pre[k - 1] = pgn__hstr(low, ln > k ? k : ln) + 7 * k;
    char shape[16];
    size_t sl = 0;
    char last = 0;
    uint32_t fl = 0;
    int n_up = 0, n_alpha = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)form[i];
        char k;
        if (c >= 'A' && c <= 'Z') k = 'X', fl |= F_UPPER, n_up++, n_alpha++;
        else if (c >= 'a' && c <= 'z') k = 'x', n_alpha++;
        else if (c >= '0' && c <= '9') k = 'd', fl |= F_DIGIT;
        else if (c >= 0x80) k = 'u', fl |= F_NONASCII;
        else k = (char)c;
        if (c == '-') fl |= F_HYPHEN;
        if (k != last && sl < sizeof shape) shape[sl++] = k;
        last = k;
    }
    if (n_alpha && n_up == n_alpha && n_alpha > 1) fl |= F_ALLUP;
    if (n && form[0] >= 'A' && form[0] <= 'Z') fl |= F_INITCAP;
    out->shape = pgn__hstr(shape, sl);
    out->flags = fl;
    /* the dictionary lookups come after all the sentence's words are
    ** hashed (word_lookups): their cache misses then overlap */
    pgn__smap_prefetch(&t->amb, out->lw);
    pgn__smap_prefetch(&t->clusters, out->lw);
}

static void word_lookups(const pgn__tagger *t, wf *out) {
    uint32_t a = pgn__smap_get(&t->amb, out->lw);
    out->amb = a == PGN__NONE ? 0 : a;
    out->cl = pgn__tagger_cluster(t, out->lw);
}

uint64_t pgn__tagger_cluster(const pgn__tagger *t, uint64_t lower_hash) {
    if (!t->clusters.n) return 0;
    uint32_t c = pgn__smap_get(&t->clusters, lower_hash);
    return c == PGN__NONE ? 0 : c;
}

#define NOTAG 0xFFFFu

static size_t tag_features(const wf *w, uint32_t n, uint32_t i, const uint32_t *tags,
                           uint64_t *f) {
    static const wf none = {0};
    const wf *c = &w[i];
    const wf *p1 = i >= 1 ? &w[i - 1] : &none, *p2 = i >= 2 ? &w[i - 2] : &none;
    const wf *n1 = i + 1 < n ? &w[i + 1] : &none, *n2 = i + 2 < n ? &w[i + 2] : &none;
    uint64_t t1 = i >= 1 ? tags[i - 1] : NOTAG, t2 = i >= 2 ? tags[i - 2] : NOTAG;
    size_t k = 0;
    f[k++] = pgn__hf(1, 0, 0, 0);
    f[k++] = pgn__hf(2, c->fw, 0, 0);
    f[k++] = pgn__hf(3, c->lw, 0, 0);
    for (int j = 0; j < 5; j++) f[k++] = pgn__hf(4 + (uint64_t)j, c->suf[j], 0, 0);
    for (int j = 0; j < 3; j++) f[k++] = pgn__hf(10 + (uint64_t)j, c->pre[j], 0, 0);
    f[k++] = pgn__hf(13, c->shape, 0, 0);
    f[k++] = pgn__hf(14, p1->lw, 0, 0);
    f[k++] = pgn__hf(15, n1->lw, 0, 0);
    f[k++] = pgn__hf(16, p2->lw, 0, 0);
    f[k++] = pgn__hf(17, n2->lw, 0, 0);
    f[k++] = pgn__hf(18, t1, 0, 0);
    f[k++] = pgn__hf(19, t1, t2, 0);
    f[k++] = pgn__hf(20, t1, c->lw, 0);
    f[k++] = pgn__hf(21, p1->lw, c->lw, 0);
    f[k++] = pgn__hf(22, c->lw, n1->lw, 0);
    f[k++] = pgn__hf(23, p1->suf[2], 0, 0);
    f[k++] = pgn__hf(24, n1->suf[2], 0, 0);
    f[k++] = pgn__hf(25, n1->shape, 0, 0);
    f[k++] = pgn__hf(26, p1->shape, 0, 0);
    f[k++] = pgn__hf(27, c->flags, i == 0, 0);
    f[k++] = pgn__hf(28, t1, c->suf[2], 0);
    f[k++] = pgn__hf(29, t2, 0, 0);
    f[k++] = pgn__hf(30, n1->lw, n2->lw, 0);
    f[k++] = pgn__hf(31, c->shape, i == 0, 0);
    f[k++] = pgn__hf(32, p1->lw, n1->lw, 0);
    f[k++] = pgn__hf(33, n1->suf[1], c->lw, 0);
    f[k++] = pgn__hf(34, t1, n1->lw, 0);
    f[k++] = pgn__hf(35, n1->flags, 0, 0);
    f[k++] = pgn__hf(36, c->suf[3], c->shape, 0);
    /* ambiguity classes: the tags each word had in training, which also
    ** give a look at the right context's likely tags */
    f[k++] = pgn__hf(37, c->amb, 0, 0);
    f[k++] = pgn__hf(38, n1->amb, 0, 0);
    f[k++] = pgn__hf(39, n2->amb, 0, 0);
    f[k++] = pgn__hf(40, c->amb, n1->amb, 0);
    f[k++] = pgn__hf(41, t1, c->amb, 0);
    f[k++] = pgn__hf(42, c->amb, n1->amb, n2->amb);
    f[k++] = pgn__hf(43, t1, c->amb, n1->amb);
    f[k++] = pgn__hf(44, c->amb, c->suf[2], 0);
    /* word clusters from unlabelled text */
    f[k++] = pgn__hf(47, c->cl, 0, 0);
    f[k++] = pgn__hf(48, p1->cl, 0, 0);
    f[k++] = pgn__hf(49, n1->cl, 0, 0);
    f[k++] = pgn__hf(50, t1, c->cl, 0);
    f[k++] = pgn__hf(51, c->cl, n1->cl, 0);
    f[k++] = pgn__hf(52, c->cl, c->suf[2], 0);
    f[k++] = pgn__hf(53, n2->cl, 0, 0);
    return k;
}

int pgn__nlp_sent_alloc(pgn__nlp_sent *s, uint32_t n, pgn__arena *arena) {
    size_t bytes = (size_t)n * (sizeof *s->form + sizeof *s->tag + sizeof *s->lemma +
                                sizeof *s->feats + sizeof *s->head + sizeof *s->label +
                                sizeof *s->tok) + 64;
    char *b = arena ? pgn__arena_alloc(arena, bytes) : malloc(bytes);
    memset(s, 0, sizeof *s);
    if (!b) return PGN_ENOMEM;
    memset(b, 0, bytes);
    s->n = n;
    s->tok = (pgn__nlp_tok *)b;
    b += (size_t)n * sizeof *s->tok;
    s->form = (const char **)b;
    b += (size_t)n * sizeof *s->form;
    s->lemma = (const char **)b;
    b += (size_t)n * sizeof *s->lemma;
    s->feats = (const char **)b;
    b += (size_t)n * sizeof *s->feats;
    s->tag = (uint32_t *)b;
    b += (size_t)n * sizeof *s->tag;
    s->head = (int32_t *)b;
    b += (size_t)n * sizeof *s->head;
    s->label = (uint32_t *)b;
    return 0;
}

void pgn__nlp_sent_free(pgn__nlp_sent *s) {
    free(s->tok);
    memset(s, 0, sizeof *s);
}

const char *pgn__tagger_upos(const pgn__tagger *t, uint32_t tag) {
    return tag < t->n_tags ? t->pool.s + t->upos[tag] : "_";
}
const char *pgn__tagger_xpos(const pgn__tagger *t, uint32_t tag) {
    return tag < t->n_tags ? t->pool.s + t->xpos[tag] : "_";
}

/* Tags with either the training model (lt) or the compact one (lin). */
static int tag_with(const pgn__tagger *t, const pgn__lt *lt, pgn__nlp_sent *s, wf *w) {
    uint64_t f[MAX_TAG_FEATS];
    int32_t is[256];
    float fs[256];
    for (uint32_t i = 0; i < s->n; i++) word_features(t, s->form[i], &w[i]);
    for (uint32_t i = 0; i < s->n; i++) word_lookups(t, &w[i]);
    for (uint32_t i = 0; i < s->n; i++) {
        size_t nf = tag_features(w, s->n, i, s->tag, f);
        uint32_t best = 0;
        if (lt) {
            memset(fs, 0, t->n_tags * sizeof *fs);
            pgn__lt_score(lt, f, nf, fs);
            for (uint32_t c = 1; c < t->n_tags; c++)
                if (fs[c] > fs[best]) best = c;
        } else {
            memset(is, 0, t->n_tags * sizeof *is);
            pgn__lin_score(&t->lin, f, nf, is);
            best = pgn__lin_argmax(is, t->n_tags);
        }
        s->tag[i] = best;
        /* the lemmatizer's first lookups for this word, ready when it runs */
        pgn__lemma_prefetch(t, w[i].fw, w[i].lw, best);
        s->tok[i].w = w[i].lw;
        s->tok[i].p = t->xpos_h[best];
        s->tok[i].u = t->upos_h[best];
        s->tok[i].c = w[i].cl;
    }
    return 0;
}

int pgn__tagger_tag(const pgn__tagger *t, pgn__nlp_sent *s, int do_lemma, pgn__arena *arena) {
    wf stack[128];
    wf *w = stack;
    if (s->n > 128) {
        w = arena ? pgn__arena_alloc(arena, s->n * sizeof *w) : malloc(s->n * sizeof *w);
        if (!w) return PGN_ENOMEM;
    }
    tag_with(t, NULL, s, w);
    if (w != stack && !arena) free(w);
    if (do_lemma)
        for (uint32_t i = 0; i < s->n; i++) {
            s->lemma[i] = pgn__lemma_apply(t, s->form[i], s->tag[i], arena);
            s->feats[i] = pgn__feats_apply(t, s->form[i], s->tag[i]);
        }
    if (do_lemma) pgn__lemma_context(t, s, arena);
    return 0;
}

void pgn__tagger_free(pgn__tagger *t) {
    if (!t) return;
    free(t->upos);
    free(t->xpos);
    free(t->xpos_h);
    free(t->upos_h);
    free(t->tag_feats);
    pgn__lin_free(&t->lin);
    pgn__smap_free(&t->lemma_exc);
    pgn__smap_free(&t->lemma_rule);
    pgn__smap_free(&t->feats_map);
    pgn__smap_free(&t->amb);
    pgn__smap_free(&t->clusters);
    free(t->pool.s);
    free(t);
}

static int alloc_tags(pgn__tagger *t, uint32_t n) {
    t->n_tags = n;
    t->upos = calloc(n + 1, sizeof *t->upos);
    t->xpos = calloc(n + 1, sizeof *t->xpos);
    t->tag_feats = calloc(n + 1, sizeof *t->tag_feats);
    t->xpos_h = calloc(n + 1, sizeof *t->xpos_h);
    t->upos_h = calloc(n + 1, sizeof *t->upos_h);
    return t->upos && t->xpos && t->tag_feats && t->xpos_h && t->upos_h ? 0 : PGN_ENOMEM;
}

static void tag_hashes(pgn__tagger *t) {
    for (uint32_t i = 0; i < t->n_tags; i++) {
        const char *x = t->pool.s + t->xpos[i], *u = t->pool.s + t->upos[i];
        t->xpos_h[i] = pgn__hstr(x, strlen(x));
        t->upos_h[i] = pgn__hstr(u, strlen(u));
    }
}

/* Fills s from a treebank sentence (forms only); malloc'd. */
static int sent_from_ud(const pgn__ud_sent *u, pgn__nlp_sent *s) {
    if (pgn__nlp_sent_alloc(s, u->n, NULL)) return PGN_ENOMEM;
    for (uint32_t i = 0; i < u->n; i++) s->form[i] = u->w[i].form;
    return 0;
}

typedef struct acc {
    size_t n, upos, xpos, lemma, feats;
} acc;

static int eval_dev(const pgn__tagger *t, const pgn__lt *lt, const pgn__treebank *dev, acc *a,
                    int lemmas) {
    memset(a, 0, sizeof *a);
    pgn__arena *ar = pgn__arena_new(0);
    if (!ar) return PGN_ENOMEM;
    for (size_t si = 0; si < dev->n; si++) {
        const pgn__ud_sent *u = &dev->s[si];
        pgn__nlp_sent s;
        wf *w = malloc((u->n + 1) * sizeof *w);
        if (!w || sent_from_ud(u, &s)) {
            free(w);
            pgn__arena_free(ar);
            return PGN_ENOMEM;
        }
        if (lt) tag_with(t, lt, &s, w);
        else pgn__tagger_tag(t, &s, lemmas, ar);
        for (uint32_t i = 0; i < u->n; i++) {
            const pgn__ud_word *g = &u->w[i];
            a->n++;
            a->upos += g->upos && strcmp(g->upos, pgn__tagger_upos(t, s.tag[i])) == 0;
            a->xpos += g->xpos && strcmp(g->xpos, pgn__tagger_xpos(t, s.tag[i])) == 0;
            if (lemmas) {
                a->lemma += g->lemma && strcmp(g->lemma, s.lemma[i]) == 0;
                a->feats += strcmp(g->feats ? g->feats : "_", s.feats[i]) == 0;
            }
        }
        free(w);
        pgn__nlp_sent_free(&s);
    }
    pgn__arena_free(ar);
    return 0;
}

/* Ambiguity classes: for every frequent training word, a hash of the set
** of tags it took at least twice.  Rare words are left out so the tagger
** does not learn to trust a class that unknown words never have. */
#define AMB_MIN_COUNT 10
static int learn_amb(pgn__tagger *t, const pgn__treebank *tb, const pgn__smap *tag_of) {
    pgn__smap idx = {0}, wt = {0};
    uint64_t (*sets)[4] = NULL;
    uint32_t *cnt = NULL;
    size_t n_sets = 0, cap = 0;
    int rc = PGN_ENOMEM;
    if (pgn__smap_init(&idx, 1 << 15) || pgn__smap_init(&wt, 1 << 16) ||
        pgn__smap_init(&t->amb, 16))
        goto out;
    char low[256];
    for (int pass = 0; pass < 2; pass++)
        for (size_t si = 0; si < tb->n; si++)
            for (uint32_t i = 0; i < tb->s[si].n; i++) {
                const pgn__ud_word *u = &tb->s[si].w[i];
                uint32_t tag = pgn__smap_get(tag_of, pgn__tag_key(u->upos, u->xpos));
                if (tag == PGN__NONE) continue;
                size_t ll = pgn__lower(u->form, low, sizeof low);
                uint64_t h = pgn__hstr(low, ll);
                uint64_t hk = pgn__hf(46, h, tag, 0);
                uint32_t c = pgn__smap_get(&wt, hk);
                if (pass == 0) {
                    if (pgn__smap_put(&wt, hk, c == PGN__NONE ? 1 : c + 1)) goto out;
                }
                uint32_t k = pgn__smap_get(&idx, h);
                if (k == PGN__NONE) {
                    if (n_sets == cap) {
                        cap = cap ? cap * 2 : 4096;
                        void *p = realloc(sets, cap * sizeof *sets);
                        void *q = p ? realloc(cnt, cap * sizeof *cnt) : NULL;
                        if (p) sets = p;
                        if (q) cnt = q;
                        if (!p || !q) goto out;
                    }
                    memset(sets[n_sets], 0, sizeof sets[n_sets]);
                    cnt[n_sets] = 0;
                    k = (uint32_t)n_sets++;
                    if (pgn__smap_put(&idx, h, k)) goto out;
                }
                if (pass == 0) cnt[k]++;
                else if (c != PGN__NONE && c >= 2) sets[k][tag >> 6] |= 1ull << (tag & 63);
            }
    for (size_t i = 0; i <= idx.mask; i++) {
        if (!idx.slot[i].key || cnt[idx.slot[i].val] < AMB_MIN_COUNT) continue;
        uint64_t *b = sets[idx.slot[i].val];
        uint32_t v = (uint32_t)pgn__hf(45, b[0], b[1], b[2] ^ (b[3] * 31)) | 1u;
        if (pgn__smap_put(&t->amb, idx.slot[i].key, v)) goto out;
    }
    rc = 0;
out:
    pgn__smap_free(&idx);
    pgn__smap_free(&wt);
    free(sets);
    free(cnt);
    return rc;
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0; }

/* One pass over the shuffled training set, tagging greedily with the
** current weights and updating where the tag is wrong. */
static int train_epoch(const pgn__tagger *t, const pgn__treebank *train, const pgn__smap *tag_of,
                       pgn__lt_member *m, wf *w, uint32_t *gold, float *fs, size_t *n_tok,
                       size_t *n_ok) {
    uint32_t n_tags = m->lt.n_classes;
    size_t *order = m->order;
    pgn__shuffle(order, train->n, &m->rng);
    for (size_t oi = 0; oi < train->n; oi++) {
        const pgn__ud_sent *u = &train->s[order[oi]];
        uint32_t n = u->n;
        uint32_t pred[1024];
        uint32_t *tags = n <= 1024 ? pred : gold;  /* long sentences reuse gold buf */
        for (uint32_t i = 0; i < n; i++) word_features(t, u->w[i].form, &w[i]);
        for (uint32_t i = 0; i < n; i++) word_lookups(t, &w[i]);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t g = pgn__smap_get(tag_of, pgn__tag_key(u->w[i].upos, u->w[i].xpos));
            uint64_t f[MAX_TAG_FEATS];
            size_t nf = tag_features(w, n, i, tags, f);
            memset(fs, 0, n_tags * sizeof *fs);
            pgn__lt_score(&m->lt, f, nf, fs);
            uint32_t best = 0;
            for (uint32_t c = 1; c < n_tags; c++)
                if (fs[c] > fs[best]) best = c;
            m->lt.now++;
            if (best != g) {
                if (pgn__lt_update(&m->lt, f, nf, g, 1.0f) ||
                    pgn__lt_update(&m->lt, f, nf, best, -1.0f))
                    return PGN_ENOMEM;
            } else (*n_ok)++;
            (*n_tok)++;
            tags[i] = best;
        }
    }
    return 0;
}

int pgn__tagger_train(const pgn__treebank *train, const pgn__treebank *dev,
                      const pgn__train_opt *opt, pgn__tagger **out, pgn_error *err) {
    *out = NULL;
    pgn__tagger *t = calloc(1, sizeof *t);
    pgn__smap tag_of = {0};
    wf *w = NULL;
    uint32_t *gold = NULL;
    int rc = PGN_ENOMEM;
    if (!t || pgn__smap_init(&tag_of, 256)) goto fail;
    /* Tag inventory, in order of first appearance (deterministic). */
    uint32_t n_tags = 0;
    pgn__pool names = {0};
    uint32_t *nu = NULL, *nx = NULL;
    size_t cap = 0, max_n = 1;
    for (size_t si = 0; si < train->n; si++) {
        if (train->s[si].n > max_n) max_n = train->s[si].n;
        for (uint32_t i = 0; i < train->s[si].n; i++) {
            const pgn__ud_word *u = &train->s[si].w[i];
            uint64_t k = pgn__tag_key(u->upos, u->xpos);
            if (pgn__smap_get(&tag_of, k) != PGN__NONE) continue;
            if (n_tags == 255) {
                free(names.s);
                free(nu);
                free(nx);
                rc = pgn__err(err, PGN_ETOOBIG, NULL, -1, -1,
                              "more than 255 distinct UPOS+XPOS pairs in the training data");
                goto fail;
            }
            if (n_tags == cap) {
                cap = cap ? cap * 2 : 64;
                uint32_t *a = realloc(nu, cap * 4), *b = a ? realloc(nx, cap * 4) : NULL;
                if (a) nu = a;
                if (b) nx = b;
                if (!a || !b) goto fail_names;
            }
            const char *up = u->upos ? u->upos : "_", *xp = u->xpos ? u->xpos : "_";
            nu[n_tags] = pgn__pool_add(&t->pool, up, strlen(up));
            nx[n_tags] = pgn__pool_add(&t->pool, xp, strlen(xp));
            if (nu[n_tags] == PGN__NONE || nx[n_tags] == PGN__NONE ||
                pgn__smap_put(&tag_of, k, n_tags))
                goto fail_names;
            n_tags++;
        }
    }
    if (alloc_tags(t, n_tags)) goto fail_names;
    memcpy(t->upos, nu, n_tags * 4);
    memcpy(t->xpos, nx, n_tags * 4);
    free(nu);
    free(nx);
    nu = nx = NULL;
    tag_hashes(t);
    if (pgn__lemma_learn(t, train, &tag_of, err)) {
        rc = err ? err->code : PGN_ENOMEM;
        goto fail;
    }
    if (learn_amb(t, train, &tag_of)) goto fail;
    if (opt->fixed_clusters) {
        const pgn__smap *fc = opt->fixed_clusters;
        if (pgn__smap_init(&t->clusters, ((size_t)fc->mask + 1) / 2)) goto fail;
        if (t->clusters.mask != fc->mask) goto fail;
        memcpy(t->clusters.slot, fc->slot, ((size_t)fc->mask + 1) * sizeof *fc->slot);
        t->clusters.n = fc->n;
    } else {
        int crc = pgn__clusters_learn(train, opt->text_paths, opt->n_text_paths,
                                      opt->n_clusters ? opt->n_clusters : 256, &t->clusters,
                                      opt->quiet, err);
        if (crc == PGN_EEMPTY) {
            /* tiny training sets: no clusters, an empty map */
            if (pgn__smap_init(&t->clusters, 4)) goto fail;
        } else if (crc) {
            rc = crc;
            goto fail_quiet;
        }
    }
    /* Default feats per tag: most frequent, by a simple count per tag. */
    {
        pgn__smap cnt = {0};
        if (pgn__smap_init(&cnt, 4096)) goto fail;
        uint32_t *best_n = calloc(n_tags, 4);
        if (!best_n) {
            pgn__smap_free(&cnt);
            goto fail;
        }
        for (uint32_t c = 0; c < n_tags; c++) t->tag_feats[c] = PGN__NONE;
        for (size_t si = 0; si < train->n; si++)
            for (uint32_t i = 0; i < train->s[si].n; i++) {
                const pgn__ud_word *u = &train->s[si].w[i];
                uint32_t tg = pgn__smap_get(&tag_of, pgn__tag_key(u->upos, u->xpos));
                const char *fe = u->feats ? u->feats : "_";
                uint64_t key = pgn__hf(200, tg, pgn__hstr(fe, strlen(fe)), 0);
                uint32_t c = pgn__smap_get(&cnt, key);
                c = c == PGN__NONE ? 1 : c + 1;
                if (pgn__smap_put(&cnt, key, c)) {
                    free(best_n);
                    pgn__smap_free(&cnt);
                    goto fail;
                }
                if (c > best_n[tg]) {
                    best_n[tg] = c;
                    t->tag_feats[tg] = pgn__pool_add(&t->pool, fe, strlen(fe));
                }
            }
        free(best_n);
        pgn__smap_free(&cnt);
    }
    uint32_t n_models = opt->ensemble > 1 ? opt->ensemble : 1;
    if (n_models > PGN__LT_MAX_ENSEMBLE) {
        rc = pgn__err(err, PGN_EINVAL, NULL, -1, -1, "at most %d models in an ensemble",
                      PGN__LT_MAX_ENSEMBLE);
        goto fail_quiet;
    }
    pgn__lt_member mem[PGN__LT_MAX_ENSEMBLE];
    memset(mem, 0, sizeof mem);
    for (uint32_t k = 0; k < n_models; k++) {
        if (pgn__lt_member_init(&mem[k], n_tags, train->n, opt->seed + k, 12345)) goto fail_members;
    }
    w = malloc((max_n + 1) * sizeof *w);
    gold = malloc((max_n + 1) * sizeof *gold);
    if (!w || !gold) goto fail_members;
    uint32_t epochs = opt->epochs ? opt->epochs : 10;
    double best_acc = -1;
    float *fs = malloc(n_tags * sizeof *fs);
    if (!fs) goto fail_members;
    for (uint32_t ep = 0; ep < epochs; ep++) {
        clock_t t0 = clock();
        size_t n_tok = 0, n_ok = 0;
        for (uint32_t k = 0; k < n_models; k++)
            if (train_epoch(t, train, &tag_of, &mem[k], w, gold, fs, &n_tok, &n_ok)) {
                free(fs);
                goto fail_members;
            }
        const pgn__lt *parts[PGN__LT_MAX_ENSEMBLE];
        for (uint32_t k = 0; k < n_models; k++) parts[k] = &mem[k].lt;
        pgn__lin lin;
        if (pgn__lt_compact_mean(parts, n_models, opt->prune, &lin)) {
            free(fs);
            goto fail_members;
        }
        pgn__lin old = t->lin;
        t->lin = lin;
        acc a;
        if (dev && eval_dev(t, NULL, dev, &a, 0) == 0) {
            double score = pct(a.upos, a.n) + pct(a.xpos, a.n);
            if (!opt->quiet)
                printf("tagger epoch %u: train %.2f  dev UPOS %.2f XPOS %.2f  (%u features, "
                       "%u weights, %.1fs)\n",
                       ep + 1, pct(n_ok, n_tok), pct(a.upos, a.n), pct(a.xpos, a.n),
                       lin.mask + 1, lin.n_entries, (double)(clock() - t0) / CLOCKS_PER_SEC);
            if (score > best_acc) {
                best_acc = score;
                pgn__lin_free(&old);
            } else {
                /* keep the best epoch's model */
                t->lin = old;
                pgn__lin_free(&lin);
            }
        } else {
            if (!opt->quiet)
                printf("tagger epoch %u: train %.2f (%.1fs)\n", ep + 1, pct(n_ok, n_tok),
                       (double)(clock() - t0) / CLOCKS_PER_SEC);
            pgn__lin_free(&old);
        }
        fflush(stdout);
    }
    free(fs);
    if (dev && !opt->quiet) {
        acc a;
        if (eval_dev(t, NULL, dev, &a, 1) == 0)
            printf("tagger best: dev UPOS %.2f XPOS %.2f UFeats %.2f Lemma %.2f\n",
                   pct(a.upos, a.n), pct(a.xpos, a.n), pct(a.feats, a.n), pct(a.lemma, a.n));
    }
    pgn__lt_members_free(mem, n_models);
    pgn__smap_free(&tag_of);
    free(w);
    free(gold);
    *out = t;
    return 0;
fail_members:
    pgn__lt_members_free(mem, PGN__LT_MAX_ENSEMBLE);
    goto fail;
fail_names:
    free(nu);
    free(nx);
fail:
    if (rc == PGN_ENOMEM) pgn__err(err, rc, NULL, -1, -1, "out of memory while training the tagger");
fail_quiet:
    pgn__smap_free(&tag_of);
    free(w);
    free(gold);
    pgn__tagger_free(t);
    return rc;
}

int pgn__tagger_save(const pgn__tagger *t, const char *path, pgn_error *err) {
    pgn__wbuf w = {0};
    pgn__w_u32(&w, t->n_tags);
    for (uint32_t i = 0; i < t->n_tags; i++) {
        pgn__w_u32(&w, t->upos[i]);
        pgn__w_u32(&w, t->xpos[i]);
        pgn__w_u32(&w, t->tag_feats[i]);
    }
    pgn__w_lin(&w, &t->lin);
    pgn__w_smap(&w, &t->lemma_exc);
    pgn__w_smap(&w, &t->lemma_rule);
    pgn__w_smap(&w, &t->feats_map);
    pgn__w_smap(&w, &t->amb);
    pgn__w_smap(&w, &t->clusters);
    pgn__w_pool(&w, &t->pool);
    int rc = pgn__model_save(path, PGN__MODEL_TAGGER, &w, PGN__MODEL_DEFLATED, err);
    free(w.b);
    return rc;
}

static int smap_vals_ok(const pgn__smap *m, size_t pool_len) {
    for (size_t i = 0; i <= m->mask; i++)
        if (m->slot[i].key && m->slot[i].val >= pool_len) return 0;
    return 1;
}

int pgn__tagger_from_bytes(const char *name, const unsigned char *b, size_t n,
                           pgn__tagger **out, pgn_error *err) {
    *out = NULL;
    pgn__rbuf r = {b, n, 0, 0};
    pgn__tagger *t = calloc(1, sizeof *t);
    if (!t) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
    uint32_t nt = pgn__r_u32(&r);
    if (r.bad || nt == 0 || nt > 255 || (size_t)nt * 12 > n) goto bad;
    if (alloc_tags(t, nt)) goto nomem;
    for (uint32_t i = 0; i < nt; i++) {
        t->upos[i] = pgn__r_u32(&r);
        t->xpos[i] = pgn__r_u32(&r);
        t->tag_feats[i] = pgn__r_u32(&r);
    }
    int rc;
    if ((rc = pgn__r_lin(&r, &t->lin)) || (rc = pgn__r_smap(&r, &t->lemma_exc)) ||
        (rc = pgn__r_smap(&r, &t->lemma_rule)) || (rc = pgn__r_smap(&r, &t->feats_map)) || (rc = pgn__r_smap(&r, &t->amb)) ||
        (rc = pgn__r_smap(&r, &t->clusters)) ||
        (rc = pgn__r_pool(&r, &t->pool))) {
        if (rc == PGN_ENOMEM) goto nomem;
        goto bad;
    }
    if (r.off != n || t->lin.n_classes != nt) goto bad;
    for (uint32_t i = 0; i < nt; i++)
        if (t->upos[i] >= t->pool.len || t->xpos[i] >= t->pool.len ||
            (t->tag_feats[i] != PGN__NONE && t->tag_feats[i] >= t->pool.len))
            goto bad;
    if (!smap_vals_ok(&t->lemma_exc, t->pool.len) || !smap_vals_ok(&t->lemma_rule, t->pool.len) ||
        !smap_vals_ok(&t->feats_map, t->pool.len))
        goto bad;
    tag_hashes(t);
    *out = t;
    return 0;
bad:
    pgn__tagger_free(t);
    return pgn__err(err, PGN_EFORMAT, name, -1, -1, "damaged tagger model (inconsistent payload)");
nomem:
    pgn__tagger_free(t);
    return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
}

int pgn__tagger_load(const char *path, pgn__tagger **out, pgn_error *err) {
    pgn__model_bytes mb;
    *out = NULL;
    int rc = pgn__model_open(path, PGN__MODEL_TAGGER, &mb, err);
    if (rc) return rc;
    rc = pgn__tagger_from_bytes(path, mb.b, mb.len, out, err);
    pgn__model_release(&mb);
    return rc;
}
