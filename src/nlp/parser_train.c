/* src/nlp/parser_train.c -- training the parser.
**
** Averaged-perceptron training with the dynamic oracle of Goldberg &
** Nivre (2012) (training follows the model's own mistakes from an epoch
** on), jackknifed predicted tags for the training set, and the dev set's
** attachment scores that pick the epoch kept.  Separate from parsing,
** which never runs it.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "base/error.h"
#include "parser_int.h"

/* Cost of each action kind under the dynamic oracle for arc-eager
** (Goldberg & Nivre 2012): gold arcs made unreachable by taking it. */
static void oracle_costs(const state *st, const int32_t *gh, const uint8_t *on_stack,
                         uint32_t *c_shift, uint32_t *c_reduce, uint32_t *c_left,
                         uint32_t *c_right) {
    uint32_t n = st->n, b = st->b;
    int32_t s = st->sp ? st->stk[st->sp - 1] : -1;
    uint32_t sh = 0, re = 0, le = 0, ri = 0;
    /* words in the stack whose gold head is b and that still lack a head */
    uint32_t stack_deps_of_b = 0;
    for (uint32_t i = 0; i < st->sp; i++) {
        int32_t k = st->stk[i];
        if (k > 0 && gh[k] == (int32_t)b && st->head[k] < 0) stack_deps_of_b++;
    }
    int hb_in_stack = gh[b] >= 0 && on_stack[gh[b]];
    sh = stack_deps_of_b + (hb_in_stack ? 1u : 0u);
    if (s >= 0) {
        uint32_t buf_deps_of_s = 0;
        for (uint32_t k = b; k <= n; k++)
            if (gh[k] == s) buf_deps_of_s++;
        re = buf_deps_of_s;
        le = buf_deps_of_s + (gh[s] > (int32_t)b ? 1u : 0u);
        /* RIGHT: b loses a head elsewhere in stack or buffer, and its
        ** dependents still waiting in the stack */
        int hb_elsewhere = gh[b] != s && (gh[b] > (int32_t)b || hb_in_stack);
        ri = (hb_elsewhere ? 1u : 0u) + stack_deps_of_b;
    }
    *c_shift = sh;
    *c_reduce = re;
    *c_left = le;
    *c_right = ri;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct las {
    size_t n, uas, las;
} las;

static const char *univ(const char *l, size_t *len) {
    const char *c = strchr(l, ':');
    *len = c ? (size_t)(c - l) : strlen(l);
    return l;
}

/* Parses dev with tags from tagger (or gold when NULL) and scores it. */
static int eval_dev(const pgn__parser *p, const pgn__tagger *tagger, const pgn__treebank *dev,
                    las *out) {
    memset(out, 0, sizeof *out);
    pgn__arena *ar = pgn__arena_new(0);
    if (!ar) return PGN_ENOMEM;
    for (size_t si = 0; si < dev->n; si++) {
        const pgn__ud_sent *u = &dev->s[si];
        pgn__nlp_sent s;
        if (pgn__nlp_sent_alloc(&s, u->n, NULL)) {
            pgn__arena_free(ar);
            return PGN_ENOMEM;
        }
        char low[256];
        for (uint32_t i = 0; i < u->n; i++) {
            s.form[i] = u->w[i].form;
            size_t ll = pgn__lower(u->w[i].form, low, sizeof low);
            s.tok[i].w = pgn__hstr(low, ll);
            const char *x = u->w[i].xpos ? u->w[i].xpos : "_";
            s.tok[i].p = pgn__hstr(x, strlen(x));
            s.tok[i].c = tagger ? pgn__tagger_cluster(tagger, s.tok[i].w) : 0;
        }
        if (tagger) pgn__tagger_tag(tagger, &s, 0, ar);
        pgn__parser_parse(p, &s, NULL);
        for (uint32_t i = 0; i < u->n; i++) {
            const pgn__ud_word *g = &u->w[i];
            out->n++;
            if (g->head == s.head[i]) {
                out->uas++;
                size_t a, b;
                const char *gl = univ(g->deprel ? g->deprel : "_", &a);
                const char *pl = univ(pgn__parser_label(p, s.label[i]), &b);
                out->las += a == b && memcmp(gl, pl, a) == 0;
            }
        }
        pgn__nlp_sent_free(&s);
    }
    pgn__arena_free(ar);
    return 0;
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0; }

/* A view of some sentences of a treebank (shares their memory). */
static int fold_view(const pgn__treebank *tb, uint32_t k, uint32_t fold, int held_out,
                     pgn__treebank *v) {
    memset(v, 0, sizeof *v);
    v->s = malloc((tb->n + 1) * sizeof *v->s);
    if (!v->s) return PGN_ENOMEM;
    for (size_t i = 0; i < tb->n; i++)
        if (((i % k) == fold) == held_out) {
            v->s[v->n++] = tb->s[i];
            v->n_words += tb->s[i].n;
        }
    return 0;
}

/* Predicted XPOS hashes for every training word by k-fold jackknifing,
** so the parser trains on tags as noisy as it will see. */
static int jackknife(const pgn__treebank *train, const pgn__train_opt *opt,
                     const pgn__tagger *main_tagger, uint64_t *ptag, const size_t *first,
                     pgn_error *err) {
    for (uint32_t fold = 0; fold < opt->jackknife; fold++) {
        pgn__treebank tr, ho;
        if (fold_view(train, opt->jackknife, fold, 0, &tr) ||
            fold_view(train, opt->jackknife, fold, 1, &ho)) {
            free(tr.s);
            return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory");
        }
        pgn__train_opt o = *opt;
        o.quiet = 1;
        o.epochs = 8;
        o.ensemble = 1; /* the option's K is the parser's own ensemble */
        /* the fold taggers share the final tagger's clusters */
        o.fixed_clusters = main_tagger ? &main_tagger->clusters : NULL;
        pgn__tagger *t;
        int rc = pgn__tagger_train(&tr, NULL, &o, &t, err);
        if (rc) {
            free(tr.s);
            free(ho.s);
            return rc;
        }
        pgn__arena *ar = pgn__arena_new(0);
        for (size_t i = 0, hi = 0; i < train->n; i++) {
            if ((i % opt->jackknife) != fold) continue;
            const pgn__ud_sent *u = &ho.s[hi++];
            pgn__nlp_sent s;
            if (!ar || pgn__nlp_sent_alloc(&s, u->n, NULL)) {
                rc = PGN_ENOMEM;
                break;
            }
            for (uint32_t j = 0; j < u->n; j++) s.form[j] = u->w[j].form;
            pgn__tagger_tag(t, &s, 0, ar);
            for (uint32_t j = 0; j < u->n; j++) ptag[first[i] + j] = s.tok[j].p;
            pgn__nlp_sent_free(&s);
        }
        pgn__arena_free(ar);
        pgn__tagger_free(t);
        free(tr.s);
        free(ho.s);
        if (rc) return pgn__err(err, rc, NULL, -1, -1, "out of memory");
        if (!opt->quiet) {
            printf("jackknife fold %u/%u tagged\n", fold + 1, opt->jackknife);
            fflush(stdout);
        }
    }
    return 0;
}

/* What a training pass reads and its scratch buffers, shared by the
** members (they train one after the other). */
typedef struct trainer {
    const pgn__treebank *train;
    const pgn__tagger *tagger;
    const pgn__smap *lab_of;
    uint32_t n_labels, root_label, n_classes, explore_from;
    const size_t *first;
    const uint64_t *ptag;
    uint64_t *W, *P, *C;
    int32_t *gh;
    uint32_t *gl;
    uint8_t *on_stack;
    float *fs;
    buffers bf;
} trainer;

/* One pass of member m over its shuffled training sentences, parsing with
** its current weights and updating where the chosen action has a cost. */
static int train_epoch(trainer *T, pgn__lt_member *m, uint32_t ep, size_t *n_steps, size_t *n_err,
                       size_t *lifted) {
    const pgn__treebank *train = T->train;
    const pgn__tagger *tagger = T->tagger;
    uint64_t *W = T->W, *P = T->P, *C = T->C;
    int32_t *gh = T->gh;
    uint32_t *gl = T->gl;
    uint8_t *on_stack = T->on_stack;
    float *fs = T->fs;
    uint32_t n_labels = T->n_labels, root_label = T->root_label, n_classes = T->n_classes;
    size_t *order = m->order;
    pgn__shuffle(order, train->n, &m->rng);
    for (size_t oi = 0; oi < train->n; oi++) {
        size_t si = order[oi];
        const pgn__ud_sent *u = &train->s[si];
        uint32_t n = u->n;
        char low[256];
        W[0] = 0x726f6f74ULL;
        P[0] = 0x524f4f54ULL;
        W[n + 1] = 0x6e6f6e65ULL;
        P[n + 1] = 0x4e4f4e45ULL;
        C[0] = 0x5254ULL;
        C[n + 1] = 0x4e4eULL;
        int ok = 1;
        gh[0] = -1;
        for (uint32_t i = 0; i < n; i++) {
            size_t ll = pgn__lower(u->w[i].form, low, sizeof low);
            W[i + 1] = pgn__hstr(low, ll);
            C[i + 1] = tagger ? pgn__tagger_cluster(tagger, W[i + 1]) : 0;
            P[i + 1] = T->ptag[T->first[si] + i];
            gh[i + 1] = u->w[i].head;
            if (gh[i + 1] < 0) ok = 0;
            const char *l = u->w[i].deprel ? u->w[i].deprel : "dep";
            gl[i + 1] = pgn__smap_get(T->lab_of, pgn__hstr(l, strlen(l)));
        }
        gh[n + 1] = -1;
        if (!ok) continue;
        /* one root only, or the oracle's root rule cannot be met */
        uint32_t n_root = 0;
        for (uint32_t i = 1; i <= n; i++) n_root += gh[i] == 0;
        if (n_root != 1) continue;
        uint32_t l = pgn__projectivize(gh, n);
        if (lifted) *lifted += l;
        state st;
        if (pgn__parser_state_alloc(&st, n, &T->bf)) return PGN_ENOMEM;
        pgn__parser_state_init(&st, n);
        st.W = W;
        st.P = P;
        st.C = C;
        memset(on_stack, 0, n + 2);
        on_stack[0] = 1;
        unsigned v;
        uint64_t f[MAX_PARSE_FEATS];
        while ((v = valid_kinds(&st)) != 0) {
            size_t nf = pgn__parser_parse_features(&st, f, NULL, NULL);
            memset(fs, 0, n_classes * sizeof *fs);
            pgn__lt_score(&m->lt, f, nf, fs);
            uint32_t cs, cr, cl, crt;
            oracle_costs(&st, gh, on_stack, &cs, &cr, &cl, &crt);
            int32_t s = st.sp ? st.stk[st.sp - 1] : -1;
            uint32_t b = st.b;
            /* best valid action, and best zero-cost one */
            uint32_t pred = pgn__parser_best_valid(v, n_labels, root_label, NULL, fs);
            uint32_t gbest = UINT32_MAX;
            float gs = 0;
#define COST(a)                                                                        \
    ((a) == A_SHIFT ? cs                                                               \
     : (a) == A_REDUCE ? cr                                                            \
     : ((a) & 1) == 0 ? cl + (gh[s] == (int32_t)b && gl[s] != ((a) - 2) / 2)          \
                      : crt + (gh[b] == s && gl[b] != ((a) - 3) / 2))
#define GOLD(a)                                                        \
    do {                                                               \
        if (COST(a) == 0 && (gbest == UINT32_MAX || fs[a] > gs)) gs = fs[a], gbest = (a); \
    } while (0)
            if (v & 1) GOLD(A_SHIFT);
            if (v & 2) GOLD(A_REDUCE);
            for (uint32_t lb = 0; lb < n_labels; lb++) {
                if ((v & 4) && lb != root_label) GOLD(2 + 2 * lb);
                if (((v & 8) && lb != root_label) || ((v & 16) && lb == root_label))
                    GOLD(3 + 2 * lb);
            }
            m->lt.now++;
            (*n_steps)++;
            uint32_t next = pred;
            if (gbest != UINT32_MAX && COST(pred) > 0) {
                (*n_err)++;
                if (pgn__lt_update(&m->lt, f, nf, gbest, 1.0f) ||
                    pgn__lt_update(&m->lt, f, nf, pred, -1.0f))
                    return PGN_ENOMEM;
                if (ep + 1 < T->explore_from || (pgn__rng(&m->rng) % 10) == 0) next = gbest;
            }
#undef GOLD
#undef COST
            /* keep on_stack in step with the stack */
            if (next == A_SHIFT || (next >= 2 && (next & 1))) on_stack[st.b] = 1;
            else if (s >= 0) on_stack[s] = 0;
            apply(&st, next);
        }
    }
    return 0;
}

int pgn__parser_train(const pgn__treebank *train, const pgn__treebank *dev,
                      const pgn__tagger *tagger, const pgn__train_opt *opt,
                      pgn__parser **out, pgn_error *err) {
    *out = NULL;
    int rc = PGN_ENOMEM;
    pgn__parser *p = calloc(1, sizeof *p);
    pgn__lt_member mem[PGN__LT_MAX_ENSEMBLE];
    memset(mem, 0, sizeof mem);
    uint32_t n_models = opt->ensemble > 1 ? opt->ensemble : 1;
    const char **names = NULL;
    size_t *first = NULL;
    uint64_t *ptag = NULL;
    trainer T = {0};
    pgn__smap lab_of = {0};
    if (!p || pgn__smap_init(&lab_of, 256)) goto fail;
    if (n_models > PGN__LT_MAX_ENSEMBLE) {
        rc = pgn__err(err, PGN_EINVAL, NULL, -1, -1, "at most %d models in an ensemble",
                      PGN__LT_MAX_ENSEMBLE);
        goto fail_quiet;
    }
    /* Labels, sorted by name for a stable numbering. */
    size_t n_names = 0, cap = 0, max_n = 1;
    for (size_t si = 0; si < train->n; si++) {
        if (train->s[si].n > max_n) max_n = train->s[si].n;
        for (uint32_t i = 0; i < train->s[si].n; i++) {
            const char *l = train->s[si].w[i].deprel ? train->s[si].w[i].deprel : "dep";
            uint64_t k = pgn__hstr(l, strlen(l));
            if (pgn__smap_get(&lab_of, k) != PGN__NONE) continue;
            if (n_names == cap) {
                cap = cap ? cap * 2 : 64;
                const char **q = realloc(names, cap * sizeof *q);
                if (!q) goto fail;
                names = q;
            }
            names[n_names++] = l;
            if (pgn__smap_put(&lab_of, k, 0)) goto fail;
        }
    }
    if (n_names > MAX_LABELS) {
        rc = pgn__err(err, PGN_ETOOBIG, NULL, -1, -1, "more than %d dependency labels",
                      MAX_LABELS);
        goto fail_quiet;
    }
    qsort(names, n_names, sizeof *names, by_name);
    p->n_labels = (uint32_t)n_names;
    p->label = calloc(n_names + 1, sizeof *p->label);
    if (!p->label) goto fail;
    for (size_t i = 0; i < n_names; i++) {
        p->label[i] = pgn__pool_add(&p->pool, names[i], strlen(names[i]));
        if (p->label[i] == PGN__NONE ||
            pgn__smap_put(&lab_of, pgn__hstr(names[i], strlen(names[i])), (uint32_t)i))
            goto fail;
    }
    p->root_label = pgn__parser_root_label_of(p);
    p->dep_label = pgn__parser_label_id(p, "dep");
    uint32_t n_classes = 2 + 2 * p->n_labels;
    for (uint32_t k = 0; k < n_models; k++) {
        /* the member's stream also drives the dynamic oracle's exploration */
        if (pgn__lt_member_init(&mem[k], n_classes, train->n, opt->seed + k, 777)) goto fail;
    }
    /* Word offsets and (jackknifed or gold) tags of the training words. */
    first = malloc((train->n + 1) * sizeof *first);
    ptag = malloc((train->n_words + 1) * sizeof *ptag);
    T.W = malloc((max_n + 2) * sizeof *T.W);
    T.P = malloc((max_n + 2) * sizeof *T.P);
    T.C = malloc((max_n + 2) * sizeof *T.C);
    T.gh = malloc((max_n + 2) * sizeof *T.gh);
    T.gl = malloc((max_n + 2) * sizeof *T.gl);
    T.on_stack = malloc(max_n + 2);
    T.fs = malloc(n_classes * sizeof *T.fs);
    if (!first || !ptag || !T.W || !T.P || !T.C || !T.gh || !T.gl || !T.on_stack || !T.fs)
        goto fail;
    for (size_t si = 0, off = 0; si < train->n; si++) {
        first[si] = off;
        for (uint32_t i = 0; i < train->s[si].n; i++) {
            const char *x = train->s[si].w[i].xpos ? train->s[si].w[i].xpos : "_";
            ptag[off + i] = pgn__hstr(x, strlen(x));
        }
        off += train->s[si].n;
    }
    if (opt->jackknife > 1 && (rc = jackknife(train, opt, tagger, ptag, first, err))) goto fail_quiet;
    T.train = train;
    T.tagger = tagger;
    T.lab_of = &lab_of;
    T.n_labels = p->n_labels;
    T.root_label = p->root_label;
    T.n_classes = n_classes;
    T.explore_from = opt->explore_from ? opt->explore_from : 2;
    T.first = first;
    T.ptag = ptag;
    uint32_t epochs = opt->epochs ? opt->epochs : 15;
    double best = -1;
    size_t lifted = 0;
    for (uint32_t ep = 0; ep < epochs; ep++) {
        clock_t t0 = clock();
        size_t n_steps = 0, n_err = 0;
        for (uint32_t k = 0; k < n_models; k++)
            if (train_epoch(&T, &mem[k], ep, &n_steps, &n_err,
                            ep == 0 && k == 0 ? &lifted : NULL))
                goto fail;
        const pgn__lt *parts[PGN__LT_MAX_ENSEMBLE];
        for (uint32_t k = 0; k < n_models; k++) parts[k] = &mem[k].lt;
        pgn__lin lin;
        if (pgn__lt_compact_mean(parts, n_models, opt->prune, &lin)) goto fail;
        pgn__lin old = p->lin;
        p->lin = lin;
        las a;
        if (dev && eval_dev(p, tagger, dev, &a) == 0) {
            double score = pct(a.las, a.n) + pct(a.uas, a.n);
            if (!opt->quiet)
                printf("parser epoch %u: train %.2f  dev UAS %.2f LAS %.2f  (%u slots, %u "
                       "weights, %.1fs)\n",
                       ep + 1, 100.0 - pct(n_err, n_steps), pct(a.uas, a.n), pct(a.las, a.n),
                       lin.mask + 1, lin.n_entries, (double)(clock() - t0) / CLOCKS_PER_SEC);
            if (score > best) {
                best = score;
                pgn__lin_free(&old);
            } else {
                p->lin = old;
                pgn__lin_free(&lin);
            }
        } else {
            if (!opt->quiet)
                printf("parser epoch %u: train %.2f  (%.1fs)\n", ep + 1,
                       100.0 - pct(n_err, n_steps), (double)(clock() - t0) / CLOCKS_PER_SEC);
            pgn__lin_free(&old);
        }
        if (ep == 0 && !opt->quiet) printf("  (%zu non-projective arcs lifted)\n", lifted);
        fflush(stdout);
    }
    rc = 0;
    *out = p;
    p = NULL;
    goto done;
fail:
    rc = pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory while training the parser");
fail_quiet:
done:
    pgn__parser_free(p);
    pgn__lt_members_free(mem, PGN__LT_MAX_ENSEMBLE);
    pgn__smap_free(&lab_of);
    free(names);
    free(first);
    free(ptag);
    free(T.W);
    free(T.P);
    free(T.C);
    free(T.gh);
    free(T.gl);
    free(T.on_stack);
    free(T.fs);
    free(T.bf.i32);
    free(T.bf.u32);
    free(T.bf.u64);
    return rc;
}
