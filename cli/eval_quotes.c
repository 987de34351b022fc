/* cli/eval_quotes.c -- `peregrine eval quotes`: scores quote attribution
** against PolNeAR-style brat standoff annotations.
**
** DIR holds text/<article>.txt and attributions/<article>_<annotator>.ann.
** An .ann file has span lines `T<n>\t<Label> <start> <end>[;<start> <end>]\t
** <text>` (labels Source, Cue, Content, Attribution; offsets in characters
** into the article) and relation lines `E<n>\tAttribution:T<a> ...`.  When
** an article has several annotators, the first .ann in name order is used.
** A discontinuous span counts as its hull (first start to last end).  Spans
** are compared as sets per article and label (one gold span annotated for
** two attributions counts once): exact match needs equal offsets; overlap
** match pairs predicted and overlapping gold spans one to one, as many pairs
** as possible (maximum bipartite matching).
*/
#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "polnear_ann.h"

/* The labels scored, in polnear_ann.h's order. */
enum { L_SOURCE = ANN_SOURCE, L_CUE = ANN_CUE, L_CONTENT = ANN_CONTENT, L_COUNT = ANN_LABELS };
static const char *const label_names[L_COUNT] = {"source", "cue", "content"};

typedef struct span {
    long start, end;
} span;

typedef struct spans {
    span *v;
    size_t n, cap;
} spans;

typedef struct tally {
    long gold, pred, exact, overlap_pred, overlap_gold;
} tally;

static int push(spans *s, long a, long b) {
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].start == a && s->v[i].end == b) return 0;
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 32;
        span *v = realloc(s->v, cap * sizeof *v);
        if (!v) return -1;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n].start = a;
    s->v[s->n].end = b;
    s->n++;
    return 0;
}

char *quotes_read_all(const char *path, size_t *len) {
    FILE *in = fopen(path, "rb");
    if (!in) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, in)) > 0) {
        n += k;
        if (n == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                buf = NULL;
            }
            buf = b;
        }
    }
    fclose(in);
    if (buf) {
        char *b = realloc(buf, n + 1);
        if (b) buf = b;
        buf[n] = 0;
        *len = n;
    }
    return buf;
}

/* The Source, Cue and Content spans of one .ann file into gold[L_*]; 0, or
** -1 after printing the error. */
static int read_ann(const char *path, spans gold[L_COUNT]) {
    ann_file f;
    if (ann_read(path, "peregrine eval quotes", &f)) return -1;
    int rc = 0;
    for (size_t i = 0; i < f.n_span && rc == 0; i++)
        if (f.span[i].label != ANN_OTHER && push(&gold[f.span[i].label], f.span[i].lo, f.span[i].hi)) {
            fprintf(stderr, "peregrine eval quotes: out of memory\n");
            rc = -1;
        }
    ann_free(&f);
    return rc;
}

const char *quotes_pick_ann(char *const *ann, size_t n_ann, const char *txt) {
    size_t base = strlen(txt) - 4;
    for (size_t a = 0; a < n_ann; a++)
        if (strncmp(ann[a], txt, base) == 0 && ann[a][base] == '_' && !strchr(ann[a] + base + 1, '_'))
            return ann[a];
    return NULL;
}

static long overlap(span a, span b) {
    long lo = a.start > b.start ? a.start : b.start, hi = a.end < b.end ? a.end : b.end;
    return hi - lo;
}

/* Kuhn's augmenting path from predicted span p: 1 when p gets a gold span. */
static int augment(const spans *gold, const spans *pred, size_t p, size_t *owner,
                   unsigned char *seen) {
    for (size_t g = 0; g < gold->n; g++) {
        if (seen[g] || overlap(pred->v[p], gold->v[g]) <= 0) continue;
        seen[g] = 1;
        if (owner[g] == SIZE_MAX || augment(gold, pred, owner[g], owner, seen)) {
            owner[g] = p;
            return 1;
        }
    }
    return 0;
}

/* Exact: predicted spans equal to a gold span.  Overlap: the largest
** one-to-one pairing of overlapping predicted and gold spans (a maximum
** bipartite matching), so no gold span is counted twice and the order of
** the spans does not matter. */
static void score(const spans *gold, const spans *pred, tally *t) {
    t->gold += (long)gold->n;
    t->pred += (long)pred->n;
    for (size_t i = 0; i < pred->n; i++)
        for (size_t g = 0; g < gold->n; g++)
            if (pred->v[i].start == gold->v[g].start && pred->v[i].end == gold->v[g].end) t->exact++;
    size_t *owner = malloc((gold->n + 1) * sizeof *owner);
    unsigned char *seen = malloc(gold->n + 1);
    if (!owner || !seen) {
        free(owner);
        free(seen);
        return;
    }
    for (size_t g = 0; g < gold->n; g++) owner[g] = SIZE_MAX;
    long matched = 0;
    for (size_t i = 0; i < pred->n; i++) {
        memset(seen, 0, gold->n + 1);
        matched += augment(gold, pred, i, owner, seen);
    }
    t->overlap_pred += matched;
    t->overlap_gold += matched;
    free(owner);
    free(seen);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir ending with suffix; NULL-terminated, caller frees. */
char **quotes_list_dir(const char *dir, const char *suffix, size_t *n_out) {
    DIR *d = opendir(dir);
    if (!d) return NULL;
    size_t n = 0, cap = 64, sl = strlen(suffix);
    char **v = malloc(cap * sizeof *v);
    struct dirent *e;
    while (v && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= sl || strcmp(e->d_name + l - sl, suffix) != 0) continue;
        if (n + 1 >= cap) {
            char **nv = realloc(v, (cap *= 2) * sizeof *v);
            if (!nv) break;
            v = nv;
        }
        v[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (!v) return NULL;
    qsort(v, n, sizeof *v, cmp_str);
    v[n] = NULL;
    *n_out = n;
    return v;
}

void quotes_free_list(char **v) {
    for (size_t i = 0; v && v[i]; i++) free(v[i]);
    free(v);
}

static void usage(FILE *out) {
    fprintf(out,
            "usage: peregrine eval quotes --gold DIR [--system DIR2] [--parse]\n"
            "                             [--quotes-model FILE|none] [--verbose]\n"
            "                             [--write DIR3]\n\n"
            "Scores quote attribution against PolNeAR-format brat annotations:\n"
            "DIR/text/<article>.txt and DIR/attributions/<article>_<annotator>.ann\n"
            "(the first annotator in name order when there are several).  Prints\n"
            "precision, recall and F1 of source, cue and content spans, with exact\n"
            "and overlap match (predicted and gold spans paired one to one, as many\n"
            "pairs as possible).  --system DIR2 scores the annotations in DIR2/<article>_*.ann\n"
            "instead of running Peregrine (to check the scorer or compare systems).\n"
            "--parse tags and parses the articles first, as `peregrine code` does\n"
            "(the quote finder then also uses the parser's subjects and complements,\n"
            "and the learned cue model models/quotes.pgnm when the data directory has\n"
            "one; --quotes-model FILE uses another, --quotes-model none none).\n"
            "--verbose prints the figures of every article.  --write DIR3 also writes\n"
            "Peregrine's attributions as DIR3/<article>_peregrine.ann (brat, the\n"
            "format --system reads) for looking at its errors.\n\n"
            "exit status: 0 scored, 1 unreadable or malformed data, 2 usage\n");
}

/* Writes doc's attributions as dir/<article>_peregrine.ann: a T line per
** present span (Source, Cue, Content; newlines in the text as spaces) and
** an E line tying each attribution's spans together.  0, or -1 after
** printing the error. */
static int write_ann(const char *dir, const char *txt, pgn_doc *doc, const char *text) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%.*s_peregrine.ann", dir, (int)(strlen(txt) - 4), txt);
    FILE *out = fopen(path, "w");
    if (!out) {
        perror(path);
        return -1;
    }
    static const char *const lab[L_COUNT] = {"Source", "Cue", "Content"};
    unsigned t = 0;
    for (size_t q = 0; q < pgn_doc_n_quotes(doc); q++) {
        pgn_quote_view v;
        pgn_doc_quote(doc, q, &v);
        const pgn_span_view *sv[L_COUNT] = {&v.speaker, &v.cue, &v.content};
        unsigned id[L_COUNT] = {0, 0, 0};
        for (int l = 0; l < L_COUNT; l++) {
            if (!sv[l]->present) continue;
            id[l] = ++t;
            fprintf(out, "T%u\t%s %zu %zu\t", t, lab[l], (size_t)sv[l]->start, (size_t)sv[l]->end);
            for (size_t k = sv[l]->byte_start; k < sv[l]->byte_end; k++)
                fputc(text[k] == '\n' || text[k] == '\t' ? ' ' : text[k], out);
            fputc('\n', out);
        }
        if (!id[L_SOURCE] && !id[L_CUE] && !id[L_CONTENT]) continue;
        fprintf(out, "E%zu\t", q + 1);
        for (int l = 0, sep = 0; l < L_COUNT; l++)
            if (id[l]) fprintf(out, &" %s:T%u"[!sep++], lab[l], id[l]);
        fputc('\n', out);
    }
    return fclose(out) ? (perror(path), -1) : 0;
}

static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

int eval_quotes(int argc, char **argv) {
    static const struct option opts[] = {
        {"gold", required_argument, NULL, 'g'},
        {"system", required_argument, NULL, 's'},
        {"verbose", no_argument, NULL, 'v'},
        {"parse", no_argument, NULL, 'p'},
        {"quotes-model", required_argument, NULL, 'm'},
        {"write", required_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *dir = NULL, *system_dir = NULL, *qm_path = NULL, *write_dir = NULL;
    int verbose = 0, parse = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:s:vh", opts, NULL)) != -1) {
        switch (c) {
        case 'g': dir = optarg; break;
        case 's': system_dir = optarg; break;
        case 'v': verbose = 1; break;
        case 'p': parse = 1; break;
        case 'm': qm_path = optarg; break;
        case 'w': write_dir = optarg; break;
        case 'h': usage(stdout); return CLI_OK;
        default: usage(stderr); return CLI_USAGE;
        }
    }
    if (!dir || optind < argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    pgn_nlp_model *nlp = NULL;
    /* greedy (0), the parse `code` finds quotes on (pgn_pipeline_open) */
    if (parse && !system_dir && !(nlp = cli_open_nlp_model("eval quotes", NULL, 0, 0)))
        return CLI_RECORD_ERRORS;
    char path[4096];
    pgn_quote_model *qm = NULL;
    if (nlp && !(qm_path && strcmp(qm_path, "none") == 0)) {
        pgn_error qerr;
        if (!qm_path) {
            snprintf(path, sizeof path, "%s/models/quotes.pgnm", pgn_default_data_dir());
            if (access(path, F_OK) == 0) qm_path = path;
        }
        if (qm_path && pgn_quote_model_open(qm_path, &qm, &qerr)) {
            cli_report("eval quotes", &qerr);
            pgn_nlp_model_close(nlp);
            return CLI_RECORD_ERRORS;
        }
    }
    snprintf(path, sizeof path, "%s/text", dir);
    size_t n_txt = 0, n_ann = 0;
    char **txt = quotes_list_dir(path, ".txt", &n_txt);
    snprintf(path, sizeof path, "%s/attributions", dir);
    char **ann = quotes_list_dir(path, ".ann", &n_ann);
    if (!txt || !ann) {
        fprintf(stderr, "peregrine eval quotes: %s: want text/ and attributions/ directories\n", dir);
        pgn_nlp_model_close(nlp);
        pgn_quote_model_close(qm);
        quotes_free_list(txt);
        quotes_free_list(ann);
        return CLI_RECORD_ERRORS;
    }
    tally t[L_COUNT];
    memset(t, 0, sizeof t);
    long articles = 0, quotes = 0;
    int status = CLI_OK;
    for (size_t i = 0; i < n_txt && status == CLI_OK; i++) {
        size_t base = strlen(txt[i]) - 4;
        const char *chosen = quotes_pick_ann(ann, n_ann, txt[i]);
        if (!chosen) continue;
        spans gold[L_COUNT], pred[L_COUNT];
        memset(gold, 0, sizeof gold);
        memset(pred, 0, sizeof pred);
        snprintf(path, sizeof path, "%s/attributions/%s", dir, chosen);
        if (read_ann(path, gold)) {
            status = CLI_RECORD_ERRORS;
            goto next;
        }
        if (system_dir) {
            /* Another system's annotations: the first .ann of the article. */
            size_t n_sys = 0;
            char **sys = quotes_list_dir(system_dir, ".ann", &n_sys);
            const char *mine = NULL;
            for (size_t a = 0; sys && a < n_sys && !mine; a++)
                if (strncmp(sys[a], txt[i], base) == 0 && sys[a][base] == '_') mine = sys[a];
            if (mine) {
                snprintf(path, sizeof path, "%s/%s", system_dir, mine);
                if (read_ann(path, pred)) status = CLI_RECORD_ERRORS;
            }
            quotes_free_list(sys);
            if (status != CLI_OK) goto next;
            articles++;
            for (int l = 0; l < L_COUNT; l++) {
                tally one = {0};
                score(&gold[l], &pred[l], &one);
                t[l].gold += one.gold;
                t[l].pred += one.pred;
                t[l].exact += one.exact;
                t[l].overlap_pred += one.overlap_pred;
                t[l].overlap_gold += one.overlap_gold;
                quotes += l == L_CONTENT ? one.pred : 0;
            }
            goto next;
        }
        snprintf(path, sizeof path, "%s/text/%s", dir, txt[i]);
        size_t len = 0;
        char *text = quotes_read_all(path, &len);
        if (!text) {
            perror(path);
            status = CLI_RECORD_ERRORS;
            goto next;
        }
        pgn_doc_meta meta = {0};
        meta.source = path;
        meta.record = -1;
        pgn_doc *doc = NULL;
        pgn_error err;
        if (pgn_doc_from_text(text, len, &meta, &doc, &err) ||
            (nlp && pgn_nlp_annotate(nlp, doc, &err)) || pgn_doc_find_quotes_model(doc, qm, &err)) {
            cli_report("eval quotes", &err);
            status = CLI_RECORD_ERRORS;
        } else {
            for (size_t q = 0; q < pgn_doc_n_quotes(doc); q++) {
                pgn_quote_view v;
                pgn_doc_quote(doc, q, &v);
                const pgn_span_view *sv[L_COUNT] = {&v.speaker, &v.cue, &v.content};
                for (int l = 0; l < L_COUNT; l++)
                    if (sv[l]->present) push(&pred[l], (long)sv[l]->start, (long)sv[l]->end);
            }
            quotes += (long)pgn_doc_n_quotes(doc);
            articles++;
            if (write_dir && write_ann(write_dir, txt[i], doc, text)) status = CLI_RECORD_ERRORS;
            for (int l = 0; l < L_COUNT; l++) {
                tally one = {0};
                score(&gold[l], &pred[l], &one);
                t[l].gold += one.gold;
                t[l].pred += one.pred;
                t[l].exact += one.exact;
                t[l].overlap_pred += one.overlap_pred;
                t[l].overlap_gold += one.overlap_gold;
                if (verbose)
                    printf("%s %s gold %ld pred %ld overlap %ld\n", txt[i], label_names[l], one.gold,
                           one.pred, one.overlap_pred);
            }
        }
        pgn_doc_free(doc);
        free(text);
    next:
        for (int l = 0; l < L_COUNT; l++) {
            free(gold[l].v);
            free(pred[l].v);
        }
    }
    quotes_free_list(txt);
    quotes_free_list(ann);
    pgn_nlp_model_close(nlp);
    pgn_quote_model_close(qm);
    if (status != CLI_OK) return status;
    if (articles == 0) {
        fprintf(stderr, "peregrine eval quotes: %s: no annotated articles\n", dir);
        return CLI_RECORD_ERRORS;
    }
    printf("articles %ld, quotes found %ld\n", articles, quotes);
    printf("%-8s %6s %6s | %-20s | %-20s\n", "", "gold", "pred", "exact P / R / F1",
           "overlap P / R / F1");
    for (int l = 0; l < L_COUNT; l++) {
        double ep = t[l].pred ? (double)t[l].exact / t[l].pred : 0;
        double er = t[l].gold ? (double)t[l].exact / t[l].gold : 0;
        double op = t[l].pred ? (double)t[l].overlap_pred / t[l].pred : 0;
        double orr = t[l].gold ? (double)t[l].overlap_gold / t[l].gold : 0;
        printf("%-8s %6ld %6ld | %.3f %.3f %.3f | %.3f %.3f %.3f\n", label_names[l], t[l].gold,
               t[l].pred, ep, er, f1(ep, er), op, orr, f1(op, orr));
    }
    return CLI_OK;
}
