/* src/kb/load.c -- reads our own KB files (data/kb, files named *.txt).
**
** Every file is UTF-8 text, one entry per line, fields separated by tabs,
** lists inside a field by '|', '-' for an empty field, '#' starting a
** comment line.  Dates are YYYY, YYYY-MM or YYYY-MM-DD; a range is
** FROM..TO with either end left open.  The files (see data/kb/README.md):
**
**   countries*.txt  CAMEO  ISO  names  adjectives  metonyms[:SECTOR]  dates
**   orgs*.txt       CODE  COUNTRY  SECTOR  names  dates
**   agents*.txt     TERM  title|group  CAMEO-ROLE  PLOVER-SECTOR
**   people*.txt     NAME  NATIONALITY  ALIASES  CODE TITLE FROM..TO; ...
**   places*.txt     NAMES  COUNTRY  KIND  DATES
**
** The files are reviewed like code, so any problem is an error naming the
** file and line, and the load fails: a malformed line, an unknown code, a
** name given to two entries that cannot be told apart by their dates.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/error.h"
#include "kb_int.h"

#define MAX_FIELDS 8

typedef struct line_ctx {
    pgn_kb *kb;
    const char *file;        /* KB-owned copy of the file name */
    long line;
    pgn_error *err;
} line_ctx;

typedef struct field { const char *s; size_t n; } field;

static int fail(line_ctx *c, int code, const char *fmt, const char *a, size_t an) {
    char what[200];
    snprintf(what, sizeof what, "%.*s", (int)(an > 150 ? 150 : an), a ? a : "");
    return pgn__err(c->err, code, c->file, c->line, -1, fmt, what);
}

static int is_code(const char *s, size_t n, size_t min, size_t max) {
    if (n < min || n > max) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

static int empty(field f) { return f.n == 1 && f.s[0] == '-'; }

static int parse_range(line_ctx *c, field f, int32_t *from, int32_t *to) {
    *from = *to = 0;
    if (empty(f)) return 0;
    const char *dd = NULL;
    for (size_t i = 0; i + 1 < f.n; i++)
        if (f.s[i] == '.' && f.s[i + 1] == '.') { dd = f.s + i; break; }
    if (!dd) return fail(c, PGN_ESYNTAX, "date range '%s' is not FROM..TO", f.s, f.n);
    size_t ln = (size_t)(dd - f.s), rn = f.n - ln - 2;
    if (ln && kb__parse_date(f.s, ln, 0, from))
        return fail(c, PGN_ESYNTAX, "bad date in '%s' (YYYY, YYYY-MM or YYYY-MM-DD)", f.s, f.n);
    if (rn && kb__parse_date(dd + 2, rn, 1, to))
        return fail(c, PGN_ESYNTAX, "bad date in '%s' (YYYY, YYYY-MM or YYYY-MM-DD)", f.s, f.n);
    if (*from && *to && *from > *to) return fail(c, PGN_ESYNTAX, "range '%s' ends before it starts", f.s, f.n);
    return 0;
}

static int new_entry(line_ctx *c, kb_kind kind, field name, uint32_t *idx) {
    pgn_kb *kb = c->kb;
    if (PGN__VEC_RESERVE(kb->arena, kb->entries)) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    kb_entry *e = &kb->entries.v[kb->entries.n];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    if (!(e->name = kb__strdup(kb, name.s, name.n))) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    e->file = c->file;
    e->line = c->line;
    *idx = (uint32_t)kb->entries.n++;
    kb->n_kind[kind]++;
    return 0;
}

/* Two entries a reader could not tell apart by date. */
static int same_period(const kb_entry *a, const kb_entry *b) {
    return a->from == b->from && a->to == b->to;
}

static int add_name_ctx(line_ctx *c, uint32_t entry, const char *s, size_t n, kb_how how,
                        int plural_ok, const char *sector, int context) {
    pgn_kb *kb = c->kb;
    char *key, *casing;
    int w = kb__name_key(kb->arena, s, n, 0, &key, &casing);
    if (w < 0) return pgn__err(c->err, w, c->file, c->line, -1, "cannot index name");
    if (w == 0) return fail(c, PGN_ESYNTAX, "empty name '%s'", s, n);
    const kb_slot *sl = kb__find(kb, key, strlen(key));
    const kb_entry *me = &kb->entries.v[entry];
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = kb->senses.v[j].next) {
        const kb_sense *o = &kb->senses.v[j];
        const kb_entry *oe = &kb->entries.v[o->entry];
        if (o->entry == entry) {
            if (o->how == how) return fail(c, PGN_EDUPLICATE, "name '%s' listed twice for one entry", s, n);
            continue;
        }
        if (me->kind == KB_PLACE && (oe->kind == KB_COUNTRY || oe->kind == KB_ORG) && !oe->to &&
            context != KB_SENSE_SHARED && context != KB_SENSE_SEAT) {
            /* a current country or organisation would always win: the
            ** place line would be dead, so it is a mistake (a historic
            ** state's capital, Aden, may be a place after the state ended) */
            char buf[300];
            snprintf(buf, sizeof buf, "place '%%s' already names %s (%s:%ld)", oe->name, oe->file, oe->line);
            return fail(c, PGN_EDUPLICATE, buf, s, n);
        }
        if (oe->kind != me->kind || me->kind == KB_PERSON) continue;
        if (me->kind == KB_AGENT || same_period(oe, me)) {
            char buf[300];
            snprintf(buf, sizeof buf, "'%%s' already names %s (%s:%ld)", oe->name, oe->file, oe->line);
            return fail(c, PGN_EDUPLICATE, buf, s, n);
        }
    }
    const char *code = NULL;
    if (how == HOW_METONYM) {
        char buf[40];
        snprintf(buf, sizeof buf, "%s%s", me->code, sector ? sector : "GOV");
        if (!(code = kb__strdup(kb, buf, strlen(buf)))) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
        if (!sector) sector = "GOV";
    }
    kb_sense sense = {entry, -1, (uint8_t)how, (uint8_t)plural_ok, (uint8_t)context, sector, code, casing, c->line};
    int rc = kb__add_sense(kb, key, &sense);
    if (rc) return pgn__err(c->err, rc, c->file, c->line, -1, "no memory");
    return 0;
}

static int add_name(line_ctx *c, uint32_t entry, const char *s, size_t n, kb_how how,
                    int plural_ok, const char *sector) {
    return add_name_ctx(c, entry, s, n, how, plural_ok, sector, 0);
}

/* Each '|' item of a list field. */
static int add_list(line_ctx *c, uint32_t entry, field f, kb_how how, int plural_ok) {
    if (empty(f)) return 0;
    size_t i = 0;
    while (i <= f.n) {
        size_t j = i;
        while (j < f.n && f.s[j] != '|') j++;
        const char *s = f.s + i;
        size_t n = j - i;
        const char *sector = NULL;
        if (how == HOW_METONYM) {
            /* "Pentagon:MIL": a seat that stands for another sector */
            for (size_t k = 0; k < n; k++) {
                if (s[k] != ':') continue;
                if (!is_code(s + k + 1, n - k - 1, 3, 3))
                    return fail(c, PGN_ESYNTAX, "bad sector in '%s' (NAME:SECTOR)", s, n);
                if (!(sector = kb__strdup(c->kb, s + k + 1, n - k - 1)))
                    return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
                n = k;
                break;
            }
        }
        /* "?Nice": a place name that is also a word or a first name;
        ** "?Chad": a country or seat name that is also a person's name;
        ** "!Georgia": a place sharing a country's name; "?Hammond": a
        ** surname many others bear; "@Brussels": a city an organisation is
        ** named by (kb_int.h) */
        uint8_t kind = c->kb->entries.v[entry].kind;
        int context = KB_SENSE_PLAIN;
        if (n > 0 && s[0] == '?' && kind == KB_PLACE) context = KB_SENSE_WORD;
        else if (n > 0 && s[0] == '?' && kind == KB_COUNTRY) context = KB_SENSE_GIVEN;
        else if (n > 0 && s[0] == '!' && kind == KB_PLACE) context = KB_SENSE_SHARED;
        else if (n > 0 && s[0] == '?' && kind == KB_PERSON) context = KB_SENSE_COMMON;
        else if (n > 0 && s[0] == '@' && kind == KB_PLACE) context = KB_SENSE_SEAT;
        if (context) { s++; n--; }
        if (n == 0) return fail(c, PGN_ESYNTAX, "empty item in list '%s'", f.s, f.n);
        int rc = add_name_ctx(c, entry, s, n, how, plural_ok, sector, context);
        if (rc) return rc;
        i = j + 1;
    }
    return 0;
}

static const char *dup_field(line_ctx *c, field f) {
    return kb__strdup(c->kb, f.s, f.n);
}

static int first_item(field f, field *out) {
    size_t j = 0;
    while (j < f.n && f.s[j] != '|') j++;
    out->s = f.s;
    out->n = j;
    return j > 0;
}

static int line_country(line_ctx *c, field *f, int nf) {
    if (nf != 6) return pgn__err(c->err, PGN_ESYNTAX, c->file, c->line, -1,
                                 "countries: expected 6 tab-separated fields, found %d", nf);
    if (!is_code(f[0].s, f[0].n, 3, 3)) return fail(c, PGN_ESYNTAX, "bad CAMEO country code '%s'", f[0].s, f[0].n);
    /* '-': a CAMEO region (WST, EUR), which has no ISO code */
    int region = empty(f[1]);
    if (!region && !is_code(f[1].s, f[1].n, 3, 3)) return fail(c, PGN_ESYNTAX, "bad ISO alpha-3 code '%s'", f[1].s, f[1].n);
    field canon;
    if (empty(f[2]) || !first_item(f[2], &canon)) return fail(c, PGN_ESYNTAX, "country '%s' has no name", f[0].s, f[0].n);
    if (canon.n > 1 && canon.s[0] == '?') { canon.s++; canon.n--; }
    uint32_t idx;
    int rc = new_entry(c, KB_COUNTRY, canon, &idx);
    if (rc) return rc;
    kb_entry *e = &c->kb->entries.v[idx];
    if ((rc = parse_range(c, f[5], &e->from, &e->to))) return rc;
    if (e->from || e->to) c->kb->n_historic++;
    else if (region) c->kb->n_regions++;
    if (!(e->code = dup_field(c, f[0])) || (!region && !(e->iso = dup_field(c, f[1]))))
        return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    if ((rc = kb__index_country(c->kb, e->code, idx)))
        return pgn__err(c->err, rc, c->file, c->line, -1, "no memory");
    if ((rc = add_list(c, idx, f[2], HOW_NAME, 0))) return rc;
    if ((rc = add_list(c, idx, f[3], HOW_ADJ, 1))) return rc;
    return add_list(c, idx, f[4], HOW_METONYM, 0);
}

static int line_org(line_ctx *c, field *f, int nf) {
    if (nf != 5) return pgn__err(c->err, PGN_ESYNTAX, c->file, c->line, -1,
                                 "orgs: expected 5 tab-separated fields, found %d", nf);
    if (!is_code(f[0].s, f[0].n, 3, 15)) return fail(c, PGN_ESYNTAX, "bad CAMEO code '%s'", f[0].s, f[0].n);
    const char *iso = NULL;
    static const char *const kinds[] = {"IGO", "NGO", "MNC", "IMG"};
    for (int k = 0; k < 4; k++)
        if (f[1].n == 3 && memcmp(f[1].s, kinds[k], 3) == 0) iso = kinds[k];
    if (!iso) {
        const kb_entry *ce = kb__country_by_code(c->kb, f[1].s, f[1].n);
        if (!ce) return fail(c, PGN_ENOTFOUND, "unknown country '%s' (IGO, NGO, MNC, IMG or a country code)", f[1].s, f[1].n);
        iso = ce->iso;
    }
    if (!empty(f[2]) && !is_code(f[2].s, f[2].n, 3, 3)) return fail(c, PGN_ESYNTAX, "bad sector '%s'", f[2].s, f[2].n);
    field canon;
    if (empty(f[3]) || !first_item(f[3], &canon)) return fail(c, PGN_ESYNTAX, "organisation '%s' has no name", f[0].s, f[0].n);
    /* several bodies may share a code (CAMEO codes all EU institutions
    ** alike); names, not codes, must be unique */
    uint32_t idx;
    int rc = new_entry(c, KB_ORG, canon, &idx);
    if (rc) return rc;
    kb_entry *e = &c->kb->entries.v[idx];
    e->iso = iso;
    if (!(e->code = dup_field(c, f[0])) || (!empty(f[2]) && !(e->sector = dup_field(c, f[2]))))
        return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    if ((rc = parse_range(c, f[4], &e->from, &e->to))) return rc;
    if (PGN__VEC_RESERVE(c->kb->arena, c->kb->org_ids)) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    c->kb->org_ids.v[c->kb->org_ids.n++] = idx;
    if ((rc = kb__index_org(c->kb, idx))) return pgn__err(c->err, rc, c->file, c->line, -1, "no memory");
    return add_list(c, idx, f[3], HOW_NAME, 0);
}

static int line_agent(line_ctx *c, field *f, int nf) {
    if (nf != 4) return pgn__err(c->err, PGN_ESYNTAX, c->file, c->line, -1,
                                 "agents: expected 4 tab-separated fields, found %d", nf);
    int group;
    if (f[1].n == 5 && memcmp(f[1].s, "title", 5) == 0) group = 0;
    else if (f[1].n == 5 && memcmp(f[1].s, "group", 5) == 0) group = 1;
    else return fail(c, PGN_ESYNTAX, "agent kind '%s' is neither title nor group", f[1].s, f[1].n);
    if (!is_code(f[2].s, f[2].n, 3, 9)) return fail(c, PGN_ESYNTAX, "bad CAMEO role code '%s'", f[2].s, f[2].n);
    if (!is_code(f[3].s, f[3].n, 3, 3)) return fail(c, PGN_ESYNTAX, "bad PLOVER sector '%s'", f[3].s, f[3].n);
    uint32_t idx;
    int rc = new_entry(c, KB_AGENT, f[0], &idx);
    if (rc) return rc;
    kb_entry *e = &c->kb->entries.v[idx];
    e->group = (uint8_t)group;
    if (!(e->code = dup_field(c, f[2])) || !(e->sector = dup_field(c, f[3])))
        return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    int known = 0;
    for (size_t i = 0; i < c->kb->sector_map.n; i++)
        if (strcmp(c->kb->entries.v[c->kb->sector_map.v[i]].code, e->code) == 0) known = 1;
    if (!known) {
        if (PGN__VEC_RESERVE(c->kb->arena, c->kb->sector_map)) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
        c->kb->sector_map.v[c->kb->sector_map.n++] = idx;
    }
    return add_name(c, idx, f[0].s, f[0].n, HOW_AGENT, 1, NULL);
}

/* NAMES  COUNTRY  KIND  DATES: a place stands for the country it lies in
** (on the dates given, when sovereignty changed). */
static int line_place(line_ctx *c, field *f, int nf) {
    if (nf != 4) return pgn__err(c->err, PGN_ESYNTAX, c->file, c->line, -1,
                                 "places: expected 4 tab-separated fields, found %d", nf);
    const kb_entry *ce = kb__country_by_code(c->kb, f[1].s, f[1].n);
    if (!ce) return fail(c, PGN_ENOTFOUND, "unknown country '%s'", f[1].s, f[1].n);
    static const char *const kinds[] = {"city", "region", "province", "disputed"};
    int kind_ok = 0;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (f[2].n == strlen(kinds[k]) && memcmp(f[2].s, kinds[k], f[2].n) == 0) kind_ok = 1;
    if (!kind_ok) return fail(c, PGN_ESYNTAX, "place kind '%s' is not city, region, province or disputed", f[2].s, f[2].n);
    field canon;
    if (empty(f[0]) || !first_item(f[0], &canon)) return fail(c, PGN_ESYNTAX, "place has no name", "", 0);
    if (canon.n > 1 && (canon.s[0] == '?' || canon.s[0] == '!' || canon.s[0] == '@')) { canon.s++; canon.n--; }
    uint32_t idx;
    int rc = new_entry(c, KB_PLACE, canon, &idx);
    if (rc) return rc;
    kb_entry *e = &c->kb->entries.v[idx];
    e->code = ce->code;
    e->iso = ce->iso;
    if ((rc = parse_range(c, f[3], &e->from, &e->to))) return rc;
    return add_list(c, idx, f[0], HOW_NAME, 0);
}

static int parse_role(line_ctx *c, const char *s, size_t n, kb_role *r) {
    field p[3];
    int k = 0;
    size_t i = 0;
    while (i < n && k < 4) {
        while (i < n && s[i] == ' ') i++;
        if (i >= n) break;
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        if (k == 3) return fail(c, PGN_ESYNTAX, "role '%s' is not 'CODE title FROM..TO'", s, n);
        p[k].s = s + i;
        p[k].n = j - i;
        k++;
        i = j;
    }
    if (k != 3) return fail(c, PGN_ESYNTAX, "role '%s' is not 'CODE title FROM..TO'", s, n);
    if (!is_code(p[0].s, p[0].n, 3, 15)) return fail(c, PGN_ESYNTAX, "bad CAMEO code in role '%s'", s, n);
    for (size_t q = 0; q < p[1].n; q++)
        if (!((p[1].s[q] >= 'a' && p[1].s[q] <= 'z') || p[1].s[q] == '-'))
            return fail(c, PGN_ESYNTAX, "bad title in role '%s' (lower case, hyphens)", s, n);
    if (p[2].n == 1 && p[2].s[0] == '-') return fail(c, PGN_ESYNTAX, "role '%s' has no dates", s, n);
    int rc = parse_range(c, p[2], &r->from, &r->to);
    if (rc) return rc;
    char *code = (char *)kb__strdup(c->kb, p[0].s, p[0].n);
    char *title = (char *)kb__strdup(c->kb, p[1].s, p[1].n);
    if (!code || !title) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    for (char *t = title; *t; t++) if (*t == '-') *t = ' ';
    r->code = code;
    r->title = title;
    const kb_entry *ce = kb__country_by_code(c->kb, code, 3);
    if (!ce && !kb__org_by_code(c->kb, code) && strncmp(code, "IGO", 3) != 0 && strncmp(code, "NGO", 3) != 0 &&
        strncmp(code, "IMG", 3) != 0)
        return fail(c, PGN_ENOTFOUND, "role code '%s' names no known country or organisation", code, strlen(code));
    kb__role_fill(c->kb, r);
    return 0;
}

static int line_person(line_ctx *c, field *f, int nf) {
    if (nf != 4) return pgn__err(c->err, PGN_ESYNTAX, c->file, c->line, -1,
                                 "people: expected 4 tab-separated fields, found %d", nf);
    const kb_entry *nat = kb__country_by_code(c->kb, f[1].s, f[1].n);
    if (!nat) return fail(c, PGN_ENOTFOUND, "unknown nationality '%s'", f[1].s, f[1].n);
    /* a person listed twice is a merge mistake */
    char *key, *casing;
    int w = kb__name_key(c->kb->arena, f[0].s, f[0].n, 0, &key, &casing);
    if (w <= 0) return fail(c, PGN_ESYNTAX, "bad person name '%s'", f[0].s, f[0].n);
    const kb_slot *sl = kb__find(c->kb, key, strlen(key));
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = c->kb->senses.v[j].next) {
        const kb_entry *oe = &c->kb->entries.v[c->kb->senses.v[j].entry];
        if (oe->kind == KB_PERSON && oe->name && strlen(oe->name) == f[0].n && memcmp(oe->name, f[0].s, f[0].n) == 0) {
            char buf[300];
            snprintf(buf, sizeof buf, "person '%%s' already listed at %s:%ld", oe->file, oe->line);
            return fail(c, PGN_EDUPLICATE, buf, f[0].s, f[0].n);
        }
    }
    uint32_t idx;
    int rc = new_entry(c, KB_PERSON, f[0], &idx);
    if (rc) return rc;
    c->kb->entries.v[idx].code = nat->code;
    c->kb->entries.v[idx].iso = nat->iso;
    /* roles */
    size_t n_roles = 1;
    for (size_t i = 0; i < f[3].n; i++) n_roles += f[3].s[i] == ';';
    kb_role *roles = pgn__arena_calloc(c->kb->arena, n_roles, sizeof *roles);
    if (!roles) return pgn__err(c->err, PGN_ENOMEM, c->file, c->line, -1, "no memory");
    size_t nr = 0, i = 0;
    while (i < f[3].n) {
        size_t j = i;
        while (j < f[3].n && f[3].s[j] != ';') j++;
        size_t a = i, b = j;
        while (a < b && f[3].s[a] == ' ') a++;
        while (b > a && f[3].s[b - 1] == ' ') b--;
        if (b == a) return fail(c, PGN_ESYNTAX, "empty role in '%s'", f[3].s, f[3].n);
        if ((rc = parse_role(c, f[3].s + a, b - a, &roles[nr]))) return rc;
        nr++;
        i = j + 1;
    }
    if (!nr) return fail(c, PGN_ESYNTAX, "person '%s' has no role", f[0].s, f[0].n);
    kb_entry *e = &c->kb->entries.v[idx];
    e->roles = roles;
    e->n_roles = (uint32_t)nr;
    c->kb->n_roles += nr;
    if ((rc = add_name(c, idx, f[0].s, f[0].n, HOW_NAME, 0, NULL))) return rc;
    if (f[2].n == 1 && f[2].s[0] == '=') return 0;
    if (empty(f[2])) {
        /* the surname alone: the last word of the name */
        size_t s = f[0].n;
        while (s > 0 && f[0].s[s - 1] != ' ') s--;
        if (s == 0) return 0;
        return add_name(c, idx, f[0].s + s, f[0].n - s, HOW_NAME, 0, NULL);
    }
    return add_list(c, idx, f[2], HOW_NAME, 0);
}

static int valid_utf8(const char *s, size_t n, size_t *bad) {
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            if (s[i] == '\0') { *bad = i; return 0; }
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (l <= 0) { *bad = i; return 0; }
        i += (size_t)l;
    }
    return 1;
}

int kb__load_buffer(pgn_kb *kb, kb_file what, const char *name, const char *buf, size_t len,
                    pgn_error *err) {
    pgn__err_clear(err);
    line_ctx c = {kb, kb__strdup(kb, name ? name : "", name ? strlen(name) : 0), 0, err};
    if (!c.file) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    size_t i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && buf[e] != '\n') e++;
        c.line++;
        size_t n = e - i;
        if (n && buf[i + n - 1] == '\r') n--;
        const char *s = buf + i;
        size_t bad;
        if (n > 65536) return pgn__err(err, PGN_ETOOBIG, c.file, c.line, (long)i, "line longer than 64 KiB");
        if (!valid_utf8(s, n, &bad))
            return pgn__err(err, s[bad] ? PGN_EUTF8 : PGN_ESYNTAX, c.file, c.line, (long)(i + bad),
                            s[bad] ? "invalid UTF-8" : "NUL byte");
        i = e + 1;
        size_t k = 0;
        while (k < n && (s[k] == ' ')) k++;
        if (k == n || s[k] == '#') continue;
        if (k > 0 || s[0] == '\t') return pgn__err(err, PGN_ESYNTAX, c.file, c.line, (long)(s - buf), "line starts with blank space");
        field f[MAX_FIELDS + 1];
        int nf = 0;
        size_t a = 0;
        for (size_t q = 0; q <= n; q++) {
            if (q < n && s[q] != '\t') continue;
            if (nf == MAX_FIELDS) { nf++; break; }
            size_t fa = a, fb = q;
            while (fa < fb && s[fa] == ' ') fa++;
            while (fb > fa && s[fb - 1] == ' ') fb--;
            f[nf].s = s + fa;
            f[nf].n = fb - fa;
            if (f[nf].n == 0)
                return pgn__err(err, PGN_ESYNTAX, c.file, c.line, (long)(s - buf + (long)a),
                                "field %d is empty (write '-' for none)", nf + 1);
            nf++;
            a = q + 1;
        }
        int rc;
        switch (what) {
        case KBF_COUNTRIES: rc = line_country(&c, f, nf); break;
        case KBF_ORGS: rc = line_org(&c, f, nf); break;
        case KBF_AGENTS: rc = line_agent(&c, f, nf); break;
        case KBF_PLACES: rc = line_place(&c, f, nf); break;
        default: rc = line_person(&c, f, nf); break;
        }
        if (rc) return rc;
    }
    return 0;
}
