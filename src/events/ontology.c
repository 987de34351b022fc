/* src/events/ontology.c -- the CAMEO codes and PLOVER ontology, loaded once.
**
** In: data/ontology/plover.txt (categories, modes, contexts) and
** data/ontology/cameo.txt (every CAMEO code with Goldstein value, PLOVER
** category, mode, context and our label).  Out: an immutable table read by
** lexicon.c (to check codes), extract.c and the writers.  Every field is
** checked, so a typo in a data file is an error naming file and line rather
** than a silently wrong event.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/error.h"
#include "datafile.h"
#include "events.h"

#define MAX_CATS 32

typedef struct mode_ent {
    const char *cat, *name;
} mode_ent;

struct pgn__ontology {
    pgn__arena *arena;
    pgn__plover_cat cats[MAX_CATS];
    size_t n_cats;
    PGN__VEC(mode_ent) modes;
    PGN__VEC(const char *) contexts;
    PGN__VEC(pgn__cameo) codes;  /* sorted by code after loading */
};

static char *dup_field(pgn__ontology *o, const pgn__df_field *f) {
    return pgn__arena_strndup(o->arena, f->s, f->len);
}

#define NOMEM(df, ln) pgn__err(err, PGN_ENOMEM, (df)->name, (ln)->line, (ln)->byte, "out of memory")

static int parse_plover(pgn__ontology *o, const char *name, const char *text, size_t len,
                        pgn_error *err) {
    pgn__df df;
    pgn__df_line ln;
    int rc;
    pgn__df_init(&df, name, text, len);
    while ((rc = pgn__df_next(&df, &ln, err)) == 1) {
        const pgn__df_field *f = ln.f;
        if (pgn__df_eq(&f[0], "category")) {
            if (ln.n != 4)
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "category line needs 4 fields, has %zu", ln.n);
            if (f[2].len != 1 || f[2].s[0] < '1' || f[2].s[0] > '4')
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "quad must be 1, 2, 3 or 4");
            if (o->n_cats == MAX_CATS)
                return pgn__err(err, PGN_ETOOBIG, name, ln.line, ln.byte, "too many categories");
            for (size_t i = 0; i < o->n_cats; i++)
                if (pgn__df_eq(&f[1], o->cats[i].name))
                    return pgn__err(err, PGN_EDUPLICATE, name, ln.line, ln.byte,
                                    "category %s defined twice", o->cats[i].name);
            pgn__plover_cat *c = &o->cats[o->n_cats];
            if (!(c->name = dup_field(o, &f[1])) || !(c->desc = dup_field(o, &f[3])))
                return NOMEM(&df, &ln);
            c->quad = f[2].s[0] - '0';
            o->n_cats++;
        } else if (pgn__df_eq(&f[0], "mode")) {
            if (ln.n != 4)
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "mode line needs 4 fields, has %zu", ln.n);
            if (o->n_cats == 0 || !pgn__df_eq(&f[1], o->cats[o->n_cats - 1].name))
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "mode must follow its category's line");
            if (PGN__VEC_RESERVE(o->arena, o->modes)) return NOMEM(&df, &ln);
            mode_ent *m = &o->modes.v[o->modes.n];
            m->cat = o->cats[o->n_cats - 1].name;
            if (!(m->name = dup_field(o, &f[2]))) return NOMEM(&df, &ln);
            if (pgn__ontology_has_mode(o, m->cat, m->name))
                return pgn__err(err, PGN_EDUPLICATE, name, ln.line, ln.byte,
                                "mode %s of %s defined twice", m->name, m->cat);
            o->modes.n++;
        } else if (pgn__df_eq(&f[0], "context")) {
            if (ln.n != 3)
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "context line needs 3 fields, has %zu", ln.n);
            char *c = dup_field(o, &f[1]);
            if (!c || PGN__VEC_RESERVE(o->arena, o->contexts)) return NOMEM(&df, &ln);
            if (pgn__ontology_has_context(o, c))
                return pgn__err(err, PGN_EDUPLICATE, name, ln.line, ln.byte,
                                "context %s defined twice", c);
            o->contexts.v[o->contexts.n++] = c;
        } else {
            return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                            "unknown line kind \"%.*s\" (category, mode or context)",
                            (int)(f[0].len > 40 ? 40 : f[0].len), f[0].s);
        }
    }
    if (rc < 0) return rc;
    if (o->n_cats == 0) return pgn__err(err, PGN_EEMPTY, name, -1, -1, "no categories");
    return 0;
}

static int valid_code(const pgn__df_field *f) {
    if (f->len < 2 || f->len > 4) return 0;
    for (size_t i = 0; i < f->len; i++)
        if (f->s[i] < '0' || f->s[i] > '9') return 0;
    int root = (f->s[0] - '0') * 10 + (f->s[1] - '0');
    return root >= 1 && root <= 20;
}

static int code_cmp(const void *a, const void *b) {
    return strcmp(((const pgn__cameo *)a)->code, ((const pgn__cameo *)b)->code);
}

/* Checks each comma-separated context of f. */
static int check_contexts(const pgn__ontology *o, const pgn__df_field *f) {
    size_t i = 0;
    while (i < f->len) {
        size_t j = i;
        while (j < f->len && f->s[j] != ',') j++;
        char buf[64];
        if (j - i == 0 || j - i >= sizeof buf) return 0;
        memcpy(buf, f->s + i, j - i);
        buf[j - i] = 0;
        if (!pgn__ontology_has_context(o, buf)) return 0;
        i = j + 1;
    }
    return 1;
}

static int parse_cameo(pgn__ontology *o, const char *name, const char *text, size_t len,
                       pgn_error *err) {
    pgn__df df;
    pgn__df_line ln;
    int rc;
    pgn__df_init(&df, name, text, len);
    while ((rc = pgn__df_next(&df, &ln, err)) == 1) {
        const pgn__df_field *f = ln.f;
        if (ln.n != 7)
            return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                            "need 7 fields (code goldstein plover mode context source label), "
                            "have %zu", ln.n);
        if (!valid_code(&f[0]))
            return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                            "\"%.*s\" is not a CAMEO event code (2 to 4 digits, root 01-20)",
                            (int)(f[0].len > 20 ? 20 : f[0].len), f[0].s);
        if (PGN__VEC_RESERVE(o->arena, o->codes)) return NOMEM(&df, &ln);
        pgn__cameo *c = &o->codes.v[o->codes.n];
        memset(c, 0, sizeof *c);
        memcpy(c->code, f[0].s, f[0].len);
        c->root = (c->code[0] - '0') * 10 + (c->code[1] - '0');
        for (size_t i = 0; i < o->codes.n; i++)
            if (strcmp(o->codes.v[i].code, c->code) == 0)
                return pgn__err(err, PGN_EDUPLICATE, name, ln.line, ln.byte,
                                "code %s defined twice", c->code);
        if (f[0].len > 2) {
            /* Codes come parent first, so a stray sub-code is caught here. */
            char parent[5] = {0};
            memcpy(parent, c->code, f[0].len - 1);
            int found = 0;
            for (size_t i = 0; i < o->codes.n && !found; i++)
                found = strcmp(o->codes.v[i].code, parent) == 0;
            if (!found)
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "code %s comes before its parent %s", c->code, parent);
        }
        if (pgn__df_decimal(&f[1], &c->goldstein) || c->goldstein < -10 || c->goldstein > 10)
            return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                            "Goldstein value must be a number in [-10, 10]");
        for (size_t i = 0; i < o->n_cats && !c->plover; i++)
            if (pgn__df_eq(&f[2], o->cats[i].name)) c->plover = &o->cats[i];
        if (!c->plover)
            return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                            "unknown PLOVER category \"%.*s\"",
                            (int)(f[2].len > 40 ? 40 : f[2].len), f[2].s);
        if (!pgn__df_eq(&f[3], "-")) {
            if (!(c->mode = dup_field(o, &f[3]))) return NOMEM(&df, &ln);
            if (!pgn__ontology_has_mode(o, c->plover->name, c->mode))
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "mode %s is not declared for %s", c->mode, c->plover->name);
        }
        if (!pgn__df_eq(&f[4], "-")) {
            if (!check_contexts(o, &f[4]))
                return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte,
                                "unknown PLOVER context in \"%.*s\"",
                                (int)(f[4].len > 60 ? 60 : f[4].len), f[4].s);
            if (!(c->context = dup_field(o, &f[4]))) return NOMEM(&df, &ln);
        }
        if (f[6].len == 0)
            return pgn__err(err, PGN_ESYNTAX, name, ln.line, ln.byte, "empty label");
        if (!(c->source = dup_field(o, &f[5])) || !(c->label = dup_field(o, &f[6])))
            return NOMEM(&df, &ln);
        o->codes.n++;
    }
    if (rc < 0) return rc;
    for (int r = 1; r <= 20; r++) {
        char root[3] = {(char)('0' + r / 10), (char)('0' + r % 10), 0};
        int found = 0;
        for (size_t i = 0; i < o->codes.n && !found; i++)
            found = strcmp(o->codes.v[i].code, root) == 0;
        if (!found)
            return pgn__err(err, PGN_ENOTFOUND, name, -1, -1, "root code %s is missing", root);
    }
    if (o->codes.n > 1) qsort(o->codes.v, o->codes.n, sizeof *o->codes.v, code_cmp);
    return 0;
}

int pgn__ontology_parse(const char *plover_name, const char *plover, size_t plover_len,
                        const char *cameo_name, const char *cameo, size_t cameo_len,
                        pgn__ontology **out, pgn_error *err) {
    *out = NULL;
    pgn__ontology *o = calloc(1, sizeof *o);
    if (!o || !(o->arena = pgn__arena_new(0))) {
        free(o);
        return pgn__err(err, PGN_ENOMEM, plover_name, -1, -1, "no memory for the ontology");
    }
    int rc = parse_plover(o, plover_name, plover, plover_len, err);
    if (rc == 0) rc = parse_cameo(o, cameo_name, cameo, cameo_len, err);
    if (rc) {
        pgn__ontology_free(o);
        return rc;
    }
    *out = o;
    return 0;
}

int pgn__ontology_load(const char *dir, pgn__ontology **out, pgn_error *err) {
    char ppath[1024], cpath[1024];
    *out = NULL;
    if (snprintf(ppath, sizeof ppath, "%s/plover.txt", dir) >= (int)sizeof ppath ||
        snprintf(cpath, sizeof cpath, "%s/cameo.txt", dir) >= (int)sizeof cpath)
        return pgn__err(err, PGN_EINVAL, dir, -1, -1, "path too long");
    char *p = NULL, *c = NULL;
    size_t plen = 0, clen = 0;
    int rc = pgn__df_read_file(ppath, &p, &plen, err);
    if (rc == 0) rc = pgn__df_read_file(cpath, &c, &clen, err);
    if (rc == 0) rc = pgn__ontology_parse(ppath, p, plen, cpath, c, clen, out, err);
    free(p);
    free(c);
    return rc;
}

void pgn__ontology_free(pgn__ontology *o) {
    if (!o) return;
    pgn__arena_free(o->arena);
    free(o);
}

const pgn__cameo *pgn__ontology_find(const pgn__ontology *o, const char *code) {
    if (!o || !code || strlen(code) > 4 || o->codes.n == 0) return NULL;
    pgn__cameo key;
    memset(&key, 0, sizeof key);
    memcpy(key.code, code, strlen(code));
    return bsearch(&key, o->codes.v, o->codes.n, sizeof key, code_cmp);
}

size_t pgn__ontology_n_codes(const pgn__ontology *o) { return o->codes.n; }
const pgn__cameo *pgn__ontology_code(const pgn__ontology *o, size_t i) {
    return i < o->codes.n ? &o->codes.v[i] : NULL;
}
size_t pgn__ontology_n_categories(const pgn__ontology *o) { return o->n_cats; }
const pgn__plover_cat *pgn__ontology_category(const pgn__ontology *o, size_t i) {
    return i < o->n_cats ? &o->cats[i] : NULL;
}
const pgn__plover_cat *pgn__ontology_find_category(const pgn__ontology *o, const char *name) {
    for (size_t i = 0; i < o->n_cats; i++)
        if (strcmp(o->cats[i].name, name) == 0) return &o->cats[i];
    return NULL;
}

int pgn__ontology_has_mode(const pgn__ontology *o, const char *cat, const char *mode) {
    for (size_t i = 0; i < o->modes.n; i++)
        if ((!cat || strcmp(o->modes.v[i].cat, cat) == 0) &&
            strcmp(o->modes.v[i].name, mode) == 0)
            return 1;
    return 0;
}

int pgn__ontology_has_context(const pgn__ontology *o, const char *context) {
    for (size_t i = 0; i < o->contexts.n; i++)
        if (strcmp(o->contexts.v[i], context) == 0) return 1;
    return 0;
}
