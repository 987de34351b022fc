/* src/kb/petrarch.c -- reads PETRARCH/TABARI actor and agent dictionaries.
**
** Users bring their own dictionaries in this widely used format, so the
** reader is lenient the way PETRARCH is: a line it cannot use is reported
** (file, line, why) in the KB's diagnostics and skipped, and loading goes
** on.  Only I/O and memory failures stop it.
**
** Actors:   NAME_WORDS_ [CODE] ...     a new actor, codes optional here
**           +OTHER_NAME                 a synonym of the current actor
**               [CODE 950101-991231]    a code restricted to dates
**               [CODE >20120507] [CODE <990809] [ELI]   (undated: default)
**           dates are YYMMDD (YY <= 30 is 20YY) or YYYYMMDD; [---] no code.
** Agents:   NOUN_PHRASE {PLURAL} [~GOV]   a suffix joined to the actor code
**           !SET! = A, B, C              words substituted for !SET!
** '#' starts a comment anywhere; '_' and ' ' separate words.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "kb_int.h"

typedef struct pctx {
    pgn_kb *kb;
    const char *file;
    long line;
    int32_t cur;                 /* current actor entry, or -1 */
    kb_role *roles;              /* roles of the current actor (malloc) */
    size_t n_roles, cap_roles;
    struct { char name[32]; char *vals; } subst[32];
    int n_subst;
} pctx;

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static void trim(const char **s, size_t *n) {
    while (*n && is_ws(**s)) { (*s)++; (*n)--; }
    while (*n && is_ws((*s)[*n - 1])) (*n)--;
}

/* Function words that stay lower case in running text. */
static int small_word(const char *w) {
    static const char *const words[] = {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la",
                                        "le", "al", "el", "bin", "ibn", "van", "von", "der", "da", "do",
                                        "dos", "y", "to", "a", "an", "at", "'s", "-", "&"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(w, words[i]) == 0) return 1;
    return 0;
}

static int add_phrase(pctx *c, uint32_t entry, const char *s, size_t n, int agent) {
    char *key, *casing;
    int w = kb__name_key(c->kb->arena, s, n, 1, &key, &casing);
    if (w < 0) return w == PGN_ENOMEM ? w : 0;
    if (w == 0) {
        kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "empty name");
        return 0;
    }
    /* the dictionaries are in capitals: names want a capital initial,
    ** agents any case */
    const char *k = key;
    for (int i = 0; i < w; i++) {
        const char *e = strchr(k, ' ');
        size_t l = e ? (size_t)(e - k) : strlen(k);
        char word[64];
        snprintf(word, sizeof word, "%.*s", (int)(l < 63 ? l : 63), k);
        casing[i] = agent || small_word(word) ? 'a' : 'C';
        k = e ? e + 1 : k + l;
    }
    const kb_slot *sl = kb__find(c->kb, key, strlen(key));
    for (int32_t j = sl ? sl->sense : -1; j >= 0; j = c->kb->senses.v[j].next) {
        const kb_sense *o = &c->kb->senses.v[j];
        const kb_entry *oe = &c->kb->entries.v[o->entry];
        if (oe->kind != (agent ? KB_PAGENT : KB_PACTOR)) continue;
        if (o->entry == entry) return 0;
        kb__diag(c->kb, PGN_EDUPLICATE, c->file, c->line, "duplicate name '%s' (also %s:%ld)", key,
                 oe->file, o->line);
        break;
    }
    kb_sense sense = {entry, -1, agent ? HOW_AGENT : HOW_NAME, (uint8_t)agent, 0, NULL, NULL, casing, c->line};
    return kb__add_sense(c->kb, key, &sense);
}

static int new_entry(pctx *c, kb_kind kind, const char *s, size_t n, uint32_t *idx) {
    pgn_kb *kb = c->kb;
    if (PGN__VEC_RESERVE(kb->arena, kb->entries)) return PGN_ENOMEM;
    kb_entry *e = &kb->entries.v[kb->entries.n];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    char *name = pgn__arena_strndup(kb->arena, s, n);
    if (!name) return PGN_ENOMEM;
    for (char *p = name; *p; p++) if (*p == '_') *p = ' ';
    size_t l = strlen(name);
    while (l && name[l - 1] == ' ') name[--l] = '\0';
    e->name = name;
    e->file = c->file;
    e->line = c->line;
    *idx = (uint32_t)kb->entries.n++;
    kb->n_kind[kind]++;
    return 0;
}

/* ----------------------------------------------------------- actors */

static int pdate(const char *s, size_t n, int end, int32_t *out) {
    int v = 0;
    if (n != 6 && n != 8) return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (n == 6) {
        int yy = v / 10000;
        v += (yy <= 30 ? 2000 : 1900) * 10000;
    }
    int m = v / 100 % 100, d = v % 100;
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    (void)end;
    *out = v;
    return 0;
}

/* Finishes the current actor: its roles go to the arena. */
static int finish_actor(pctx *c) {
    if (c->cur < 0) return 0;
    kb_entry *e = &c->kb->entries.v[c->cur];
    if (!c->n_roles) {
        kb__diag(c->kb, PGN_ESYNTAX, e->file, e->line, "actor '%s' has no code; ignored", e->name);
    } else {
        kb_role *r = pgn__arena_alloc(c->kb->arena, c->n_roles * sizeof *r);
        if (!r) return PGN_ENOMEM;
        memcpy(r, c->roles, c->n_roles * sizeof *r);
        e->roles = r;
        e->n_roles = (uint32_t)c->n_roles;
        e->code = r[c->n_roles - 1].code;
        c->kb->n_roles += c->n_roles;
    }
    c->cur = -1;
    c->n_roles = 0;
    return 0;
}

/* Reads every [...] in s[0, n). */
static int parse_codes(pctx *c, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] != '[') i++;
        if (i >= n) break;
        size_t j = i + 1;
        while (j < n && s[j] != ']') j++;
        if (j >= n) {
            kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "'[' without ']'");
            return 0;
        }
        const char *b = s + i + 1;
        size_t bn = j - i - 1;
        i = j + 1;
        trim(&b, &bn);
        if (bn == 3 && memcmp(b, "---", 3) == 0) continue;
        if (c->cur < 0) {
            kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "code outside an actor");
            continue;
        }
        size_t cl = 0;
        while (cl < bn && ((b[cl] >= 'A' && b[cl] <= 'Z') || (b[cl] >= '0' && b[cl] <= '9') || b[cl] == '~'))
            cl++;
        if (cl < 3) {
            kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "bad code '[%.*s]'", (int)(bn > 60 ? 60 : bn), b);
            continue;
        }
        kb_role r = {0};
        const char *d = b + cl;
        size_t dn = bn - cl;
        trim(&d, &dn);
        int bad = 0;
        if (dn == 0) {
            /* undated: the default code */
        } else if (d[0] == '>' || d[0] == '<') {
            const char *x = d + 1;
            size_t xn = dn - 1;
            trim(&x, &xn);
            bad = pdate(x, xn, 0, d[0] == '>' ? &r.from : &r.to);
        } else {
            size_t k = 0;
            while (k < dn && d[k] != '-') k++;
            bad = k == dn || pdate(d, k, 0, &r.from) || pdate(d + k + 1, dn - k - 1, 1, &r.to) ||
                  r.from > r.to;
        }
        if (bad) {
            kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "bad date restriction in '[%.*s]'",
                     (int)(bn > 60 ? 60 : bn), b);
            continue;
        }
        if (!(r.code = kb__strdup(c->kb, b, cl))) return PGN_ENOMEM;
        kb__role_fill(c->kb, &r);
        if (c->n_roles == c->cap_roles) {
            size_t nc = c->cap_roles ? c->cap_roles * 2 : 8;
            kb_role *nr = realloc(c->roles, nc * sizeof *nr);
            if (!nr) return PGN_ENOMEM;
            c->roles = nr;
            c->cap_roles = nc;
        }
        c->roles[c->n_roles++] = r;
    }
    return 0;
}

static int actor_line(pctx *c, const char *s, size_t n) {
    int lead = n && is_ws(s[0]);
    trim(&s, &n);
    if (!n) return 0;
    if (s[0] == '[') return parse_codes(c, s, n);
    size_t p = 0;
    while (p < n && s[p] != '[') p++;
    const char *name = s;
    size_t nn = p;
    int rc;
    if (s[0] == '+') {
        name++;
        nn--;
        trim(&name, &nn);
        if (c->cur < 0) {
            kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "synonym outside an actor");
            return 0;
        }
    } else {
        (void)lead;
        if ((rc = finish_actor(c))) return rc;
        trim(&name, &nn);
        uint32_t idx;
        if ((rc = new_entry(c, KB_PACTOR, name, nn, &idx))) return rc;
        c->cur = (int32_t)idx;
    }
    if ((rc = add_phrase(c, (uint32_t)c->cur, name, nn, 0))) return rc;
    return parse_codes(c, s + p, n - p);
}

/* ----------------------------------------------------------- agents */

static int agent_phrase(pctx *c, uint32_t idx, const char *s, size_t n, int depth) {
    /* expand the first !SET! in the phrase */
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '!') continue;
        size_t j = i + 1;
        while (j < n && s[j] != '!') j++;
        if (j >= n) break;
        for (int k = 0; k < c->n_subst; k++) {
            if (strlen(c->subst[k].name) != j - i + 1 || memcmp(c->subst[k].name, s + i, j - i + 1) != 0) continue;
            if (depth > 3) return 0;
            const char *v = c->subst[k].vals;
            while (*v) {
                const char *e = strchr(v, ',');
                size_t vl = e ? (size_t)(e - v) : strlen(v);
                const char *vs = v;
                trim(&vs, &vl);
                size_t tot = i + vl + (n - j - 1);
                char *buf = malloc(tot + 1);
                if (!buf) return PGN_ENOMEM;
                memcpy(buf, s, i);
                memcpy(buf + i, vs, vl);
                memcpy(buf + i + vl, s + j + 1, n - j - 1);
                buf[tot] = '\0';
                int rc = agent_phrase(c, idx, buf, tot, depth + 1);
                free(buf);
                if (rc) return rc;
                if (!e) break;
                v = e + 1;
            }
            return 0;
        }
        kb__diag(c->kb, PGN_ENOTFOUND, c->file, c->line, "unknown substitution set '%.*s'",
                 (int)(j - i + 1 > 40 ? 40 : j - i + 1), s + i);
        return 0;
    }
    return add_phrase(c, idx, s, n, 1);
}

static int agent_line(pctx *c, const char *s, size_t n) {
    trim(&s, &n);
    if (!n) return 0;
    if (s[0] == '!') {
        const char *eq = memchr(s, '=', n);
        if (eq) {
            const char *nm = s;
            size_t nl = (size_t)(eq - s);
            trim(&nm, &nl);
            if (c->n_subst == 32 || nl >= sizeof c->subst[0].name || nl < 3 || nm[nl - 1] != '!') {
                kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "bad or too many substitution sets");
                return 0;
            }
            memcpy(c->subst[c->n_subst].name, nm, nl);
            c->subst[c->n_subst].name[nl] = '\0';
            size_t vl = n - (size_t)(eq + 1 - s);
            char *v = malloc(vl + 1);
            if (!v) return PGN_ENOMEM;
            memcpy(v, eq + 1, vl);
            v[vl] = '\0';
            c->subst[c->n_subst++].vals = v;
            return 0;
        }
    }
    size_t p = 0;
    while (p < n && s[p] != '[' && s[p] != '{') p++;
    const char *ph = s;
    size_t pn = p;
    trim(&ph, &pn);
    const char *plural = NULL;
    size_t pl = 0;
    const char *code = NULL;
    size_t cl = 0;
    for (size_t i = p; i < n; i++) {
        if (s[i] == '{' || s[i] == '[') {
            char close = s[i] == '{' ? '}' : ']';
            size_t j = i + 1;
            while (j < n && s[j] != close) j++;
            if (j >= n) break;
            if (s[i] == '{') { plural = s + i + 1; pl = j - i - 1; }
            else { code = s + i + 1; cl = j - i - 1; }
            i = j;
        }
    }
    if (code) trim(&code, &cl);
    if (!pn || !code || cl < 2) {
        kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "agent line is not 'PHRASE {PLURAL} [~CODE]'");
        return 0;
    }
    const char *r = code;
    size_t rl = cl;
    if (r[0] == '~') { r++; rl--; }
    else if (r[rl - 1] == '~') rl--;
    int ok = rl >= 3 && rl <= 15;
    for (size_t i = 0; ok && i < rl; i++) ok = r[i] >= 'A' && r[i] <= 'Z';
    if (!ok) {
        kb__diag(c->kb, PGN_ESYNTAX, c->file, c->line, "bad agent code '[%.*s]'", (int)(cl > 40 ? 40 : cl), code);
        return 0;
    }
    uint32_t idx;
    int rc = new_entry(c, KB_PAGENT, ph, pn, &idx);
    if (rc) return rc;
    kb_entry *e = &c->kb->entries.v[idx];
    e->group = 1;
    if (!(e->code = kb__strdup(c->kb, r, rl)) || !(e->sector = kb__strdup(c->kb, r, 3))) return PGN_ENOMEM;
    if ((rc = agent_phrase(c, idx, ph, pn, 0))) return rc;
    if (plural) {
        trim(&plural, &pl);
        if (pl && (rc = agent_phrase(c, idx, plural, pl, 0))) return rc;
    }
    return 0;
}

int kb__load_petrarch_buffer(pgn_kb *kb, int agents, const char *name, const char *buf,
                             size_t len, pgn_error *err) {
    pgn__err_clear(err);
    pctx c;
    memset(&c, 0, sizeof c);
    c.kb = kb;
    c.cur = -1;
    c.file = kb__strdup(kb, name ? name : "", name ? strlen(name) : 0);
    int rc = c.file ? 0 : PGN_ENOMEM;
    size_t i = 0;
    while (!rc && i < len) {
        size_t e = i;
        while (e < len && buf[e] != '\n') e++;
        c.line++;
        const char *s = buf + i;
        size_t n = e - i;
        i = e + 1;
        const char *h = memchr(s, '#', n);
        if (h) n = (size_t)(h - s);
        if (memchr(s, '\0', n)) {
            kb__diag(kb, PGN_ESYNTAX, c.file, c.line, "NUL byte; line ignored");
            continue;
        }
        if (n > 65536) {
            kb__diag(kb, PGN_ETOOBIG, c.file, c.line, "line longer than 64 KiB; ignored");
            continue;
        }
        rc = agents ? agent_line(&c, s, n) : actor_line(&c, s, n);
    }
    if (!rc && !agents) rc = finish_actor(&c);
    free(c.roles);
    for (int k = 0; k < c.n_subst; k++) free(c.subst[k].vals);
    if (rc) return pgn__err(err, rc, c.file, c.line, -1, "cannot load dictionary: %s", pgn_strerror(rc));
    return 0;
}
