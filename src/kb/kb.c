/* src/kb/kb.c -- the pgn_kb handle: creation, loading a directory, dates,
** roles, diagnostics and statistics.
**
** Loading is the only time a KB changes; after pgn_kb_open and any
** pgn_kb_load_petrarch_* calls it is read-only and may be shared.
*/
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "kb_int.h"

#define MAX_DIAGS 1000

int pgn_kb_new(pgn_kb **out, pgn_error *err) {
    pgn__err_clear(err);
    if (!out) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    *out = NULL;
    pgn_kb *kb = calloc(1, sizeof *kb);
    if (!kb || !(kb->arena = pgn__arena_new(0))) {
        free(kb);
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "no memory for the KB");
    }
    *out = kb;
    return 0;
}

void pgn_kb_close(pgn_kb *kb) {
    if (!kb) return;
    free(kb->slots);
    free(kb->country_index);
    free(kb->org_index);
    pgn__arena_free(kb->arena);
    free(kb);
}

const char *kb__strdup(pgn_kb *kb, const char *s, size_t n) {
    return pgn__arena_strndup(kb->arena, s, n);
}

void kb__diag(pgn_kb *kb, int code, const char *file, long line, const char *fmt, ...) {
    kb->n_diags++;
    if (kb->diags.n >= MAX_DIAGS || PGN__VEC_RESERVE(kb->arena, kb->diags)) return;
    pgn_error *e = &kb->diags.v[kb->diags.n++];
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pgn__err(e, code, file, line, -1, "%s", msg);
}

size_t pgn_kb_n_diagnostics(const pgn_kb *kb) { return kb ? kb->diags.n : 0; }
size_t pgn_kb_n_problems(const pgn_kb *kb) { return kb ? kb->n_diags : 0; }

const pgn_error *pgn_kb_diagnostic(const pgn_kb *kb, size_t i) {
    return kb && i < kb->diags.n ? &kb->diags.v[i] : NULL;
}

/* ------------------------------------------------------------- dates */

static int digits(const char *s, size_t n, int *v) {
    int x = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return 0;
}

int kb__parse_date(const char *s, size_t n, int end_of_period, int32_t *out) {
    int y, m = 0, d = 0;
    if (n < 4 || digits(s, 4, &y)) return -1;
    if (n >= 7 && s[4] == '-') {
        if (digits(s + 5, 2, &m)) return -1;
        if (n >= 10 && s[7] == '-') {
            if (digits(s + 8, 2, &d)) return -1;
            if (n > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return -1;
        } else if (n != 7) {
            return -1;
        }
    } else if (n != 4) {
        return -1;
    }
    if (y < 1000 || m > 12 || d > 31 || (m == 0 && n > 4)) return -1;
    if (m == 0) m = end_of_period ? 12 : 1;
    if (d == 0) d = end_of_period ? 31 : 1;
    *out = y * 10000 + m * 100 + d;
    return 0;
}

int32_t pgn__doc_date(const pgn_doc *doc) {
    const pgn_doc_meta *m = pgn_doc_get_meta(doc);
    int32_t d;
    if (m && m->published && kb__parse_date(m->published, strlen(m->published), 0, &d) == 0)
        return d;
    if (m && m->updated && kb__parse_date(m->updated, strlen(m->updated), 0, &d) == 0)
        return d;
    return 0;
}

/* ------------------------------------------------------------- roles */

static int country_slot(const char *code, size_t n) {
    if (n != 3) return -1;
    int k = 0;
    for (int i = 0; i < 3; i++) {
        if (code[i] < 'A' || code[i] > 'Z') return -1;
        k = k * 26 + (code[i] - 'A');
    }
    return k;
}

int kb__index_country(pgn_kb *kb, const char *code, uint32_t entry) {
    int k = country_slot(code, strlen(code));
    if (k < 0) return 0;
    if (!kb->country_index) {
        kb->country_index = malloc(26 * 26 * 26 * sizeof *kb->country_index);
        if (!kb->country_index) return PGN_ENOMEM;
        for (int i = 0; i < 26 * 26 * 26; i++) kb->country_index[i] = -1;
    }
    /* historic states sharing a code keep the first (open) entry */
    if (kb->country_index[k] < 0) kb->country_index[k] = (int32_t)entry;
    return 0;
}

const kb_entry *kb__country_by_code(const pgn_kb *kb, const char *code, size_t n) {
    int k = country_slot(code, n);
    if (k < 0 || !kb->country_index || kb->country_index[k] < 0) return NULL;
    return &kb->entries.v[kb->country_index[k]];
}

/* Every person's role asks for its code's organisation, and PETRARCH
** dictionaries bring tens of thousands of roles: a hash, not a scan. */
const kb_entry *kb__org_by_code(const pgn_kb *kb, const char *code) {
    if (!kb->n_org_index) return NULL;
    size_t mask = kb->n_org_index - 1;
    for (size_t i = kb__hash(code, strlen(code)) & mask; kb->org_index[i]; i = (i + 1) & mask) {
        const kb_entry *e = &kb->entries.v[kb->org_index[i] - 1];
        if (strcmp(e->code, code) == 0) return e;
    }
    return NULL;
}

static int org_index_put(uint32_t *tab, size_t n, const pgn_kb *kb, uint32_t entry) {
    const char *code = kb->entries.v[entry].code;
    size_t i = kb__hash(code, strlen(code)) & (n - 1);
    for (; tab[i]; i = (i + 1) & (n - 1))
        if (strcmp(kb->entries.v[tab[i] - 1].code, code) == 0) return 0;
    tab[i] = entry + 1;
    return 1;
}

int kb__index_org(pgn_kb *kb, uint32_t entry) {
    if (kb__org_by_code(kb, kb->entries.v[entry].code)) return 0;
    if ((kb->org_ids.n + 1) * 2 > kb->n_org_index) {
        size_t n = kb->n_org_index ? kb->n_org_index * 2 : 256;
        uint32_t *tab = calloc(n, sizeof *tab);
        if (!tab) return PGN_ENOMEM;
        for (size_t i = 0; i < kb->n_org_index; i++)
            if (kb->org_index[i]) org_index_put(tab, n, kb, kb->org_index[i] - 1);
        free(kb->org_index);
        kb->org_index = tab;
        kb->n_org_index = n;
    }
    org_index_put(kb->org_index, kb->n_org_index, kb, entry);
    return 0;
}

/* The PLOVER sector of a CAMEO role code ("GOV", "MIL"...): the sector
** the agents file gives it, else the code itself. */
static const char *sector_of(const pgn_kb *kb, const char *role, size_t n) {
    for (size_t i = 0; i < kb->sector_map.n; i++) {
        const kb_entry *e = &kb->entries.v[kb->sector_map.v[i]];
        if (strlen(e->code) == n && strncmp(e->code, role, n) == 0) return e->sector;
    }
    return NULL;
}

void kb__role_fill(const pgn_kb *kb, kb_role *r) {
    size_t n = strlen(r->code);
    r->country = NULL;
    r->sector = NULL;
    const kb_entry *org = n > 3 ? kb__org_by_code(kb, r->code) : NULL;
    if (org) {
        r->country = org->iso;
        r->sector = org->sector;
        return;
    }
    const kb_entry *c = n >= 3 ? kb__country_by_code(kb, r->code, 3) : NULL;
    if (c) r->country = c->iso;
    else if (n >= 3 && (strncmp(r->code, "IGO", 3) == 0 || strncmp(r->code, "NGO", 3) == 0 ||
                        strncmp(r->code, "MNC", 3) == 0 || strncmp(r->code, "IMG", 3) == 0))
        r->country = r->code[0] == 'I' && r->code[1] == 'G' ? "IGO"
                   : r->code[0] == 'N' ? "NGO" : r->code[0] == 'M' ? "MNC" : "IMG";
    if (n >= 6) {
        const char *s = sector_of(kb, r->code + 3, 3);
        r->sector = s ? s : NULL;
    }
}

const kb_role *kb__role_on(const kb_entry *e, int32_t date, int *in_force) {
    const kb_role *best = NULL;
    *in_force = 0;
    if (!e->n_roles) return NULL;
    if (date) {
        for (uint32_t i = 0; i < e->n_roles; i++) {
            const kb_role *r = &e->roles[i];
            /* a role ends on the day it changes hands: that day belongs
            ** to the successor */
            if ((r->from && date < r->from) || (r->to && date >= r->to)) continue;
            /* overlapping roles: the one taken up last is in force */
            if (!best || r->from > best->from) best = r;
        }
        if (best) *in_force = 1;
        return best;
    }
    for (uint32_t i = 0; i < e->n_roles; i++) {
        const kb_role *r = &e->roles[i];
        if (!best) { best = r; continue; }
        int32_t rb = r->to ? r->to : 99999999, bb = best->to ? best->to : 99999999;
        if (rb > bb || (rb == bb && r->from > best->from)) best = r;
    }
    *in_force = 1;
    return best;
}

/* ------------------------------------------------------------- files */

static int read_file(const char *path, char **buf, size_t *len, pgn_error *err) {
    FILE *f = fopen(path, "rb");
    if (!f) return pgn__err(err, PGN_EIO, path, -1, -1, "cannot open: %s", strerror(errno));
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b) { fclose(f); return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory"); }
    for (;;) {
        if (n == cap) {
            if (cap > ((size_t)1 << 30)) {
                free(b); fclose(f);
                return pgn__err(err, PGN_ETOOBIG, path, -1, -1, "file larger than 1 GiB");
            }
            char *nb = realloc(b, cap * 2);
            if (!nb) { free(b); fclose(f); return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory"); }
            b = nb;
            cap *= 2;
        }
        size_t r = fread(b + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) { free(b); return pgn__err(err, PGN_EIO, path, -1, -1, "read error"); }
    *buf = b;
    *len = n;
    return 0;
}

int kb__load_path(pgn_kb *kb, kb_file what, const char *path, pgn_error *err) {
    char *buf;
    size_t len;
    int rc = read_file(path, &buf, &len, err);
    if (rc) return rc;
    rc = kb__load_buffer(kb, what, path, buf, len, err);
    free(buf);
    return rc;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int pgn_kb_load_dir(pgn_kb *kb, const char *dir, pgn_error *err) {
    pgn__err_clear(err);
    if (!kb || !dir) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    DIR *d = opendir(dir);
    if (!d) return pgn__err(err, PGN_EIO, dir, -1, -1, "cannot open directory: %s", strerror(errno));
    char *names[512];
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < 512) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0) continue;
        if (!(names[n] = strdup(de->d_name))) break;
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    /* countries first: the other files refer to their codes */
    static const struct { const char *prefix; kb_file what; } order[] = {
        {"countries", KBF_COUNTRIES}, {"orgs", KBF_ORGS}, {"agents", KBF_AGENTS}, {"people", KBF_PEOPLE},
        {"places", KBF_PLACES},
    };
    int rc = 0;
    size_t loaded = 0;
    for (size_t o = 0; o < sizeof order / sizeof *order && !rc; o++) {
        for (size_t i = 0; i < n && !rc; i++) {
            if (strncmp(names[i], order[o].prefix, strlen(order[o].prefix)) != 0) continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            rc = kb__load_path(kb, order[o].what, path, err);
            loaded++;
        }
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    if (!rc && !loaded)
        rc = pgn__err(err, PGN_ENOTFOUND, dir, -1, -1,
                      "no countries*.txt, orgs*.txt, agents*.txt, people*.txt or places*.txt here");
    return rc;
}

int pgn_kb_open(const char *dir, pgn_kb **out, pgn_error *err) {
    char def[4096];
    if (!dir) {
        snprintf(def, sizeof def, "%s/kb", pgn_default_data_dir());
        dir = def;
    }
    int rc = pgn_kb_new(out, err);
    if (rc) return rc;
    if ((rc = pgn_kb_load_dir(*out, dir, err))) {
        pgn_kb_close(*out);
        *out = NULL;
    }
    return rc;
}

static int load_petrarch_path(pgn_kb *kb, int agents, const char *path, pgn_error *err) {
    pgn__err_clear(err);
    if (!kb || !path) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    char *buf;
    size_t len;
    int rc = read_file(path, &buf, &len, err);
    if (rc) return rc;
    rc = kb__load_petrarch_buffer(kb, agents, path, buf, len, err);
    free(buf);
    return rc;
}

int pgn_kb_load_petrarch_actors(pgn_kb *kb, const char *path, pgn_error *err) {
    return load_petrarch_path(kb, 0, path, err);
}

int pgn_kb_load_petrarch_agents(pgn_kb *kb, const char *path, pgn_error *err) {
    return load_petrarch_path(kb, 1, path, err);
}

void pgn_kb_get_stats(const pgn_kb *kb, pgn_kb_stats *st) {
    memset(st, 0, sizeof *st);
    if (!kb) return;
    st->countries = kb->n_kind[KB_COUNTRY] - kb->n_historic - kb->n_regions;
    st->regions = kb->n_regions;
    st->places = kb->n_kind[KB_PLACE];
    st->historic_states = kb->n_historic;
    st->organisations = kb->n_kind[KB_ORG];
    st->agents = kb->n_kind[KB_AGENT];
    st->people = kb->n_kind[KB_PERSON];
    st->roles = kb->n_roles;
    st->petrarch_actors = kb->n_kind[KB_PACTOR];
    st->petrarch_agents = kb->n_kind[KB_PAGENT];
    st->names = kb->n_names;
    st->problems = kb->n_diags;
}
