/* src/nlp/nlp.c -- the public pgn_nlp_* API: opening models, annotating
** documents and CoNLL-U files, scoring against gold CoNLL-U, training.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/error.h"
#include "doc/doc.h"
#include "nlp.h"
#include "nlp_int.h"

static void join(char *buf, size_t cap, const char *dir, const char *file) {
    snprintf(buf, cap, "%s/%s", dir, file);
}

static int file_exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0;
}

int pgn_nlp_model_open(const char *dir, pgn_nlp_model **out, pgn_error *err) {
    return pgn_nlp_model_open_opts(dir, NULL, out, err);
}

int pgn_nlp_model_open_opts(const char *dir, const pgn_nlp_open_options *opt,
                            pgn_nlp_model **out, pgn_error *err) {
    *out = NULL;
    if (!dir) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "no model directory");
    if (opt && (opt->parse_branch_margin < 0 || opt->parse_branch_margin != opt->parse_branch_margin))
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "parse_branch_margin must be 0 or more");
    if (opt && opt->parse_branches > PGN_NLP_MAX_BRANCHES)
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "parse_branches %u above %d",
                        opt->parse_branches, PGN_NLP_MAX_BRANCHES);
    pgn_nlp_model *m = calloc(1, sizeof *m);
    if (!m) return pgn__err(err, PGN_ENOMEM, dir, -1, -1, "out of memory");
    char path[4096];
    join(path, sizeof path, dir, "tagger.pgnm");
    int rc = pgn__tagger_load(path, &m->tagger, err);
    if (rc == 0) {
        join(path, sizeof path, dir, "parser.pgnm");
        if (file_exists(path)) rc = pgn__parser_load(path, &m->parser, err);
        if (rc == 0 && m->parser) {
            pgn_nlp_open_options o = {0, 0, 0};
            if (opt) o = *opt;
            unsigned k = o.parse_greedy       ? 0
                         : o.parse_branches ? o.parse_branches
                                            : PGN_NLP_DEFAULT_BRANCHES;
            pgn__parser_set_branching(m->parser, k, o.parse_branch_margin);
        }
    }
    if (rc) {
        pgn_nlp_model_close(m);
        return rc;
    }
    *out = m;
    return 0;
}

void pgn_nlp_model_close(pgn_nlp_model *m) {
    if (!m) return;
    pgn__tagger_free(m->tagger);
    pgn__parser_free(m->parser);
    free(m);
}

int pgn_nlp_model_has_parser(const pgn_nlp_model *m) { return m && m->parser; }

int pgn__nlp_annotate_sent(const pgn_nlp_model *m, pgn__nlp_sent *s, pgn__arena *arena) {
    int rc = pgn__tagger_tag(m->tagger, s, 1, arena);
    if (rc) return rc;
    if (m->parser) pgn__parser_parse(m->parser, s, NULL);
    else
        for (uint32_t i = 0; i < s->n; i++) s->head[i] = -1;
    return 0;
}

int pgn_nlp_annotate(const pgn_nlp_model *m, pgn_doc *doc, pgn_error *err) {
    if (!m || !doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "no model or document");
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        if (st->n_tokens == 0) continue;
        pgn__nlp_sent s;
        if (pgn__nlp_sent_alloc(&s, st->n_tokens, doc->arena))
            return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "out of memory");
        pgn__token *tk = doc->tokens.v + st->first;
        for (uint32_t i = 0; i < st->n_tokens; i++) s.form[i] = tk[i].form ? tk[i].form : "";
        if (pgn__nlp_annotate_sent(m, &s, doc->arena))
            return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "out of memory");
        for (uint32_t i = 0; i < st->n_tokens; i++) {
            tk[i].upos = pgn__tagger_upos(m->tagger, s.tag[i]);
            tk[i].xpos = pgn__tagger_xpos(m->tagger, s.tag[i]);
            tk[i].feats = s.feats[i];
            tk[i].lemma = s.lemma[i];
            tk[i].head = s.head[i];
            tk[i].cluster = (uint32_t)s.tok[i].c;
            tk[i].deprel = m->parser ? pgn__parser_label(m->parser, s.label[i]) : NULL;
        }
    }
    return 0;
}

static int flush(pgn__wbuf *w, int (*write_cb)(void *, const char *, size_t), void *ctx,
                 const char *name, pgn_error *err) {
    if (w->oom) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "out of memory");
    int rc = w->len ? write_cb(ctx, (const char *)w->b, w->len) : 0;
    w->len = 0;
    return rc ? pgn__err(err, PGN_EIO, name, -1, -1, "write error") : 0;
}

int pgn_doc_write_conllu(const pgn_doc *doc, int (*write_cb)(void *ctx, const char *s, size_t n),
                         void *ctx, pgn_error *err) {
    pgn__wbuf w = {0};
    int rc = 0;
    for (size_t si = 0; si < doc->sentences.n && rc == 0; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        if (!st->n_tokens) continue;
        char comment[64];
        snprintf(comment, sizeof comment, "# sent_id = %zu\n", si + 1);
        pgn__w_bytes(&w, comment, strlen(comment));
        for (uint32_t i = 0; i < st->n_tokens; i++) {
            const pgn__token *t = &doc->tokens.v[st->first + i];
            char num[32];
            snprintf(num, sizeof num, "%u\t", i + 1);
            pgn__w_bytes(&w, num, strlen(num));
            const char *f[4] = {t->form, t->lemma, t->upos, t->xpos};
            for (int k = 0; k < 4; k++) {
                const char *v = f[k] && *f[k] ? f[k] : "_";
                pgn__w_bytes(&w, v, strlen(v));
                pgn__w_bytes(&w, "\t", 1);
            }
            const char *fe = t->feats ? t->feats : "_";
            pgn__w_bytes(&w, fe, strlen(fe));
            if (t->head >= 0) snprintf(num, sizeof num, "\t%d\t", t->head);
            else snprintf(num, sizeof num, "\t_\t");
            pgn__w_bytes(&w, num, strlen(num));
            const char *dr = t->deprel ? t->deprel : "_";
            pgn__w_bytes(&w, dr, strlen(dr));
            const char *misc = (t->flags & PGN__TOK_SPACE_AFTER) ? "\t_\t_\n" : "\t_\tSpaceAfter=No\n";
            pgn__w_bytes(&w, misc, strlen(misc));
        }
        pgn__w_bytes(&w, "\n", 1);
        rc = flush(&w, write_cb, ctx, doc->meta.source, err);
    }
    free(w.b);
    return rc;
}

/* Annotates a treebank sentence's forms; results written into its words. */
static int annotate_ud(const pgn_nlp_model *m, pgn__ud_sent *u, pgn__arena *arena,
                       pgn__nlp_sent *s) {
    if (pgn__nlp_sent_alloc(s, u->n, arena)) return PGN_ENOMEM;
    for (uint32_t i = 0; i < u->n; i++) s->form[i] = u->w[i].form;
    return pgn__nlp_annotate_sent(m, s, arena);
}

int pgn_nlp_parse_conllu(const pgn_nlp_model *m, const char *path,
                         int (*write_cb)(void *ctx, const char *s, size_t n), void *ctx,
                         pgn_error *err) {
    pgn__treebank *tb;
    int rc = pgn__conllu_read_file(path, &tb, err);
    if (rc) return rc;
    pgn__wbuf w = {0};
    for (size_t si = 0; si < tb->n && rc == 0; si++) {
        pgn__ud_sent *u = &tb->s[si];
        pgn__nlp_sent s;
        if (annotate_ud(m, u, tb->arena, &s)) {
            rc = pgn__err(err, PGN_ENOMEM, path, u->line, -1, "out of memory");
            break;
        }
        for (uint32_t i = 0; i < u->n; i++) {
            pgn__ud_word *wd = &u->w[i];
            wd->upos = pgn__tagger_upos(m->tagger, s.tag[i]);
            wd->xpos = pgn__tagger_xpos(m->tagger, s.tag[i]);
            wd->feats = s.feats[i];
            wd->lemma = s.lemma[i];
            wd->head = s.head[i];
            wd->deprel = m->parser ? pgn__parser_label(m->parser, s.label[i]) : NULL;
            wd->deps = NULL;
        }
        pgn__conllu_write_sent(&w, u);
        if (w.len > (1 << 16)) rc = flush(&w, write_cb, ctx, path, err);
    }
    if (rc == 0) rc = flush(&w, write_cb, ctx, path, err);
    free(w.b);
    pgn__treebank_free(tb);
    return rc;
}

static int same(const char *a, const char *b) {
    return strcmp(a ? a : "_", b ? b : "_") == 0;
}

static size_t univ_len(const char *l) {
    const char *c = strchr(l, ':');
    return c ? (size_t)(c - l) : strlen(l);
}

int pgn_nlp_eval_conllu(const pgn_nlp_model *m, const char *gold_path, pgn_ud_scores *out,
                        pgn_error *err) {
    memset(out, 0, sizeof *out);
    pgn__treebank *tb;
    int rc = pgn__conllu_read_file(gold_path, &tb, err);
    if (rc) return rc;
    size_t n = 0, upos = 0, xpos = 0, feats = 0, all = 0, lemma = 0, uas = 0, las = 0;
    double secs = 0;
    for (size_t si = 0; si < tb->n; si++) {
        pgn__ud_sent *u = &tb->s[si];
        pgn__nlp_sent s;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        if (annotate_ud(m, u, tb->arena, &s)) {
            pgn__treebank_free(tb);
            return pgn__err(err, PGN_ENOMEM, gold_path, u->line, -1, "out of memory");
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        secs += (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
        for (uint32_t i = 0; i < u->n; i++) {
            const pgn__ud_word *g = &u->w[i];
            n++;
            int up = same(g->upos, pgn__tagger_upos(m->tagger, s.tag[i]));
            int xp = same(g->xpos, pgn__tagger_xpos(m->tagger, s.tag[i]));
            int fe = same(g->feats, s.feats[i]);
            upos += up;
            xpos += xp;
            feats += fe;
            all += up && xp && fe;
            lemma += same(g->lemma, s.lemma[i]);
            if (m->parser && g->head == s.head[i]) {
                uas++;
                const char *gl = g->deprel ? g->deprel : "_";
                const char *pl = pgn__parser_label(m->parser, s.label[i]);
                size_t a = univ_len(gl), b = univ_len(pl);
                las += a == b && memcmp(gl, pl, a) == 0;
            }
        }
    }
    out->n_sentences = tb->n;
    out->n_words = n;
    double d = n ? 100.0 / (double)n : 0;
    out->upos = upos * d;
    out->xpos = xpos * d;
    out->ufeats = feats * d;
    out->alltags = all * d;
    out->lemma = lemma * d;
    out->uas = uas * d;
    out->las = las * d;
    out->seconds = secs;
    pgn__treebank_free(tb);
    return 0;
}

static int read_pair(const pgn_nlp_train_options *o, pgn__treebank **train,
                     pgn__treebank **dev, pgn_error *err) {
    *train = *dev = NULL;
    if (!o->train_path || !o->out_dir)
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "training needs --train and --out");
    int rc = pgn__conllu_read_file(o->train_path, train, err);
    if (rc) return rc;
    if (o->dev_path && (rc = pgn__conllu_read_file(o->dev_path, dev, err))) {
        pgn__treebank_free(*train);
        *train = NULL;
    }
    return rc;
}

static pgn__train_opt opts(const pgn_nlp_train_options *o) {
    pgn__train_opt t = {0};
    t.epochs = o->epochs;
    t.seed = o->seed;
    t.quiet = o->quiet;
    t.prune = o->prune > 0 ? (float)o->prune : 0.05f;
    t.jackknife = o->jackknife;
    t.ensemble = o->ensemble;
    t.text_paths = o->text_paths;
    t.n_text_paths = o->n_text_paths;
    return t;
}

int pgn_nlp_train_tagger(const pgn_nlp_train_options *o, pgn_error *err) {
    pgn__treebank *train, *dev;
    int rc = read_pair(o, &train, &dev, err);
    if (rc) return rc;
    pgn__train_opt t = opts(o);
    pgn__tagger *tg;
    rc = pgn__tagger_train(train, dev, &t, &tg, err);
    if (rc == 0) {
        char path[4096];
        mkdir(o->out_dir, 0777);
        join(path, sizeof path, o->out_dir, "tagger.pgnm");
        rc = pgn__tagger_save(tg, path, err);
        pgn__tagger_free(tg);
    }
    pgn__treebank_free(train);
    pgn__treebank_free(dev);
    return rc;
}

int pgn_nlp_train_parser(const pgn_nlp_train_options *o, pgn_error *err) {
    if (!o->train_path || !o->out_dir)
        return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "training needs --train and --out");
    /* The parser is trained on, and scored with, the tags and word clusters
    ** of the tagger it will run behind.  Without one it would learn from
    ** gold tags and no clusters: its training log would print dev scores
    ** (gold tags) far above what it reaches behind the real tagger, whose
    ** clusters it never saw.  So a missing tagger is an error, not a
    ** silent fallback. */
    char path[4096];
    join(path, sizeof path, o->tagger_dir ? o->tagger_dir : o->out_dir, "tagger.pgnm");
    if (!file_exists(path))
        return pgn__err(err, PGN_ENOTFOUND, path, -1, -1,
                        "no tagger model: train the tagger into --out first, or name its "
                        "directory with --tagger DIR");
    pgn__treebank *train, *dev;
    int rc = read_pair(o, &train, &dev, err);
    if (rc) return rc;
    pgn__train_opt t = opts(o);
    pgn__tagger *tg = NULL;
    rc = pgn__tagger_load(path, &tg, err);
    pgn__parser *p = NULL;
    if (rc == 0) rc = pgn__parser_train(train, dev, tg, &t, &p, err);
    if (rc == 0) {
        mkdir(o->out_dir, 0777);
        join(path, sizeof path, o->out_dir, "parser.pgnm");
        rc = pgn__parser_save(p, path, err);
    }
    pgn__parser_free(p);
    pgn__tagger_free(tg);
    pgn__treebank_free(train);
    pgn__treebank_free(dev);
    return rc;
}
