/* src/events/score.c -- event coding scored against a gold JSONL file.
**
** For each gold line the caller's function codes the text; the system's
** plain (not negated) events are compared with the gold events: whole
** events (PLOVER category + source + target) by multiset matching for
** precision/recall/F1 (an actor with no country, a bare sector, counts as
** none), and each gold event is paired with its closest
** system event for category, source and target accuracy.  Used by
** `peregrine eval events` (cli/eval_events.c).
*/
#include "score.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "datafile.h"
#include "doc/doc.h"
#include "events.h"

#define MAX_EV 64

typedef struct ev_key {
    const char *cat, *src, *tgt;   /* src/tgt may be NULL */
    const char *cameo;             /* NULL when the gold names none */
    char root[3];
    int fact;
    int negated;
} ev_key;

static int code_match(const char *gold, const char *sys) {
    if (!gold || !sys) return !gold && !sys;
    return strncmp(gold, sys, strlen(gold)) == 0;
}

static int fact_from_name(const char *s) {
    for (int f = 0; f < PGN__FACT__COUNT; f++)
        if (strcmp(pgn__factuality_name(f), s) == 0) return f;
    return -1;
}

/* A sector-only actor ("civilians" CVL, "diplomats" GOV, nationality
** unknown) names no one a gold file can code: gold writes no actor there,
** so it is compared as none. */
static const char *mention_code(const pgn_doc *doc, int32_t m) {
    if (m < 0 || (size_t)m >= doc->mentions.n) return NULL;
    const pgn__mention *mm = &doc->mentions.v[m];
    return mm->country && mm->country[0] ? mm->code : NULL;
}

static int pair_score(const ev_key *g, const ev_key *s) {
    return 4 * (strcmp(g->cat, s->cat) == 0) + 2 * code_match(g->src, s->src) +
           code_match(g->tgt, s->tgt);
}

/* used[j]: system event j matched a gold event whole; found[i]: gold
** event i was matched (both filled for the error report). */
static void score_item(const ev_key *gold, size_t n_gold, const ev_key *sys, size_t n_sys,
                       pgn__event_scores *sc, char *used, char *found) {
    /* Whole events. */
    for (size_t i = 0; i < n_gold; i++) {
        if (gold[i].negated) {
            sc->gold_negated++;
            int plain = 0;
            for (size_t j = 0; j < n_sys; j++)
                plain |= !sys[j].negated && strcmp(gold[i].cat, sys[j].cat) == 0 &&
                         code_match(gold[i].src, sys[j].src) && code_match(gold[i].tgt, sys[j].tgt);
            sc->negated_ok += !plain;
            continue;
        }
        sc->gold++;
        if (gold[i].root[0]) sc->root_gold++;
        for (size_t j = 0; j < n_sys; j++) {
            if (used[j] || sys[j].negated || pair_score(&gold[i], &sys[j]) != 7) continue;
            used[j] = 1;
            found[i] = 1;
            sc->matched++;
            sc->fact_ok += gold[i].fact == sys[j].fact;
            break;
        }
    }
    for (size_t j = 0; j < n_sys; j++) sc->sys += !sys[j].negated;
    /* Pairing for the per-field accuracies: best score first. */
    char gused[MAX_EV] = {0}, sused[MAX_EV] = {0};
    for (;;) {
        int best = 0;
        size_t bi = 0, bj = 0;
        for (size_t i = 0; i < n_gold; i++) {
            if (gused[i] || gold[i].negated) continue;
            for (size_t j = 0; j < n_sys; j++) {
                if (sused[j] || sys[j].negated) continue;
                int p = pair_score(&gold[i], &sys[j]);
                if (p > best) best = p, bi = i, bj = j;
            }
        }
        if (best == 0) break;
        gused[bi] = sused[bj] = 1;
        sc->aligned++;
        sc->cat_ok += strcmp(gold[bi].cat, sys[bj].cat) == 0;
        sc->src_ok += code_match(gold[bi].src, sys[bj].src);
        sc->tgt_ok += code_match(gold[bi].tgt, sys[bj].tgt);
        if (gold[bi].root[0]) sc->root_ok += strcmp(gold[bi].root, sys[bj].root) == 0;
    }
}

static double ratio(size_t a, size_t b) { return b ? (double)a / (double)b : 0.0; }

static const char *opt_str(json_t *o, const char *k) {
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int parse_gold_events(json_t *arr, ev_key *g, size_t *n, const char *name, long line,
                             pgn_error *err) {
    *n = 0;
    if (!json_is_array(arr))
        return pgn__err(err, PGN_ESYNTAX, name, line, -1, "\"events\" must be an array");
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e) {
        if (*n == MAX_EV)
            return pgn__err(err, PGN_ETOOBIG, name, line, -1, "more than %d events", MAX_EV);
        ev_key *k = &g[*n];
        memset(k, 0, sizeof *k);
        if (!json_is_object(e) || !(k->cat = opt_str(e, "plover")))
            return pgn__err(err, PGN_ESYNTAX, name, line, -1,
                            "event %zu: an object with a \"plover\" category is needed", i);
        k->src = opt_str(e, "source");
        k->tgt = opt_str(e, "target");
        const char *cameo = opt_str(e, "cameo");
        if (cameo && strlen(cameo) >= 2) memcpy(k->root, cameo, 2);
        k->cameo = cameo;
        const char *f = opt_str(e, "factuality");
        k->fact = f ? fact_from_name(f) : PGN__FACT_ASSERTED;
        if (k->fact < 0)
            return pgn__err(err, PGN_ESYNTAX, name, line, -1, "event %zu: unknown factuality \"%s\"",
                            i, f);
        k->negated = json_is_true(json_object_get(e, "negated"));
        (*n)++;
    }
    return 0;
}

static size_t sys_events(const pgn_doc *doc, ev_key *s) {
    size_t n = 0;
    for (size_t i = 0; i < doc->events.n && n < MAX_EV; i++) {
        const pgn__event *e = &doc->events.v[i];
        ev_key *k = &s[n++];
        memset(k, 0, sizeof *k);
        k->cat = e->cameo->plover->name;
        k->cameo = e->cameo->code;
        k->src = mention_code(doc, e->source);
        k->tgt = mention_code(doc, e->target);
        memcpy(k->root, e->cameo->code, 2);
        k->fact = e->factuality;
        k->negated = e->negated;
    }
    return n;
}

/* Reports line's errors: the gold events not found, the system events not
** used (negated ones on either side are scored apart and left out). */
static void report(pgn_score_errors_fn efn, void *ectx, long line, const char *id,
                   const char *text, const ev_key *g, size_t n_gold, const char *found,
                   const ev_key *s, size_t n_sys, const char *used) {
    pgn_event_key miss[MAX_EV], spur[MAX_EV];
    size_t nm = 0, ns = 0;
    for (size_t i = 0; i < n_gold; i++)
        if (!g[i].negated && !found[i])
            miss[nm++] = (pgn_event_key){g[i].cat, g[i].cameo, g[i].src, g[i].tgt};
    for (size_t j = 0; j < n_sys; j++)
        if (!s[j].negated && !used[j])
            spur[ns++] = (pgn_event_key){s[j].cat, s[j].cameo, s[j].src, s[j].tgt};
    if (nm || ns) efn(ectx, line, id, text, miss, nm, spur, ns);
}

int pgn__score_events(const char *name, const char *gold, size_t len, pgn__code_text_fn fn,
                      void *ctx, pgn__event_scores *sc, pgn_error *err) {
    return pgn__score_events_errors(name, gold, len, fn, ctx, NULL, NULL, sc, err);
}

int pgn__score_events_errors(const char *name, const char *gold, size_t len, pgn__code_text_fn fn,
                             void *ctx, pgn_score_errors_fn efn, void *ectx,
                             pgn__event_scores *sc, pgn_error *err) {
    memset(sc, 0, sizeof *sc);
    size_t off = 0;
    long line = 0;
    while (off < len) {
        size_t end = off;
        while (end < len && gold[end] != '\n') end++;
        line++;
        size_t start = off;
        off = end + 1;
        while (start < end && (gold[start] == ' ' || gold[start] == '\r')) start++;
        if (start == end) continue;
        json_error_t je;
        json_t *o = json_loadb(gold + start, end - start, 0, &je);
        if (!o || !json_is_object(o)) {
            json_decref(o);
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)start + (o ? 0 : je.position),
                            "%s", o ? "a gold line must be a JSON object" : je.text);
        }
        const char *text = opt_str(o, "text"), *date = opt_str(o, "date");
        ev_key g[MAX_EV], s[MAX_EV];
        size_t n_gold = 0;
        int rc = text ? parse_gold_events(json_object_get(o, "events"), g, &n_gold, name, line, err)
                      : pgn__err(err, PGN_ESYNTAX, name, line, -1, "no \"text\"");
        if (rc) {
            json_decref(o);
            return rc;
        }
        pgn_doc *doc = NULL;
        pgn_error cerr;
        sc->items++;
        char used[MAX_EV] = {0}, found[MAX_EV] = {0};
        size_t n_sys = 0;
        if (fn(ctx, text, strlen(text), date, &doc, &cerr) != 0 || !doc) {
            sc->coding_errors++;
            if (sc->coding_errors == 1 && err) *err = cerr;
        } else {
            n_sys = sys_events(doc, s);
        }
        score_item(g, n_gold, s, n_sys, sc, used, found);
        if (efn) report(efn, ectx, line, opt_str(o, "id"), text, g, n_gold, found, s, n_sys, used);
        pgn_doc_free(doc);
        json_decref(o);
    }
    sc->precision = ratio(sc->matched, sc->sys);
    sc->recall = ratio(sc->matched, sc->gold);
    sc->f1 = sc->precision + sc->recall > 0
                 ? 2 * sc->precision * sc->recall / (sc->precision + sc->recall) : 0;
    sc->cat_acc = ratio(sc->cat_ok, sc->gold);
    sc->src_acc = ratio(sc->src_ok, sc->gold);
    sc->tgt_acc = ratio(sc->tgt_ok, sc->gold);
    sc->root_acc = ratio(sc->root_ok, sc->root_gold);
    sc->fact_acc = ratio(sc->fact_ok, sc->matched);
    return 0;
}

int pgn__score_events_file(const char *path, pgn__code_text_fn fn, void *ctx,
                           pgn__event_scores *out, pgn_error *err) {
    return pgn__score_events_file_errors(path, fn, ctx, NULL, NULL, out, err);
}

int pgn__score_events_file_errors(const char *path, pgn__code_text_fn fn, void *ctx,
                                  pgn_score_errors_fn efn, void *ectx, pgn__event_scores *out,
                                  pgn_error *err) {
    char *text = NULL;
    size_t len = 0;
    int rc = pgn__df_read_file(path, &text, &len, err);
    if (rc == 0) rc = pgn__score_events_errors(path, text, len, fn, ctx, efn, ectx, out, err);
    free(text);
    return rc;
}

int pgn_events_score_file(const char *gold_path, pgn_code_text_fn code_fn, void *ctx,
                          pgn_event_scores *out, pgn_error *err) {
    if (!gold_path || !code_fn || !out)
        return pgn__err(err, PGN_EINVAL, gold_path ? gold_path : "", -1, -1,
                        "missing gold file, coder or result");
    return pgn__score_events_file(gold_path, code_fn, ctx, out, err);
}

int pgn_events_score_file_errors(const char *gold_path, pgn_code_text_fn code_fn, void *ctx,
                                 pgn_score_errors_fn errors_fn, void *errors_ctx,
                                 pgn_event_scores *out, pgn_error *err) {
    if (!gold_path || !code_fn || !out)
        return pgn__err(err, PGN_EINVAL, gold_path ? gold_path : "", -1, -1,
                        "missing gold file, coder or result");
    return pgn__score_events_file_errors(gold_path, code_fn, ctx, errors_fn, errors_ctx, out, err);
}
