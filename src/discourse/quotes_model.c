/* src/discourse/quotes_model.c -- attributions found by a learned cue
** detector (quotes_train.c trains it on PolNeAR-style annotations).
**
** Why: PolNeAR-style attribution is far broader than speech verbs: belief,
** knowledge, intention, stance nouns and adjectives ("support for",
** "their view", "is confident"), and no lexicon lists them all.  An
** averaged perceptron (src/nlp/linear.c) labels each parsed token cue or
** not from its word, tags, dependency relation, head and children,
** neighbours and whether it stands inside quotation marks.  The parse then
** gives each cue its source (subject, possessor, agent, "according to"'s
** object) and content (clausal complement, else the largest argument).
**
** The rules (quotes.c, quotes_parse.c) keep their quotes: the model only
** adds attributions whose cue no rule quote has, outside direct quotes.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* ------------------------------------------------------------ features */

static uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h ? h : 1;
}

/* FNV-1a of a string, lower-cased (NULL and "" hash alike). */
static uint64_t hs(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}

static uint64_t f2(uint32_t tmpl, uint64_t a) { return mix(a * 0x9E3779B97F4A7C15ULL + tmpl); }
static uint64_t f3(uint32_t tmpl, uint64_t a, uint64_t b) {
    return mix((a * 0x9E3779B97F4A7C15ULL ^ b * 0xC2B2AE3D27D4EB4FULL) + tmpl);
}

static int is_quote_mark(const char *s) {
    return s && (strcmp(s, "\"") == 0 || strcmp(s, "\xe2\x80\x9c") == 0 ||
                 strcmp(s, "\xe2\x80\x9d") == 0 || strcmp(s, "``") == 0 || strcmp(s, "''") == 0);
}

static const char *lem(const pgn__token *t) { return t->lemma ? t->lemma : t->form; }

size_t pgn__qm_bytes(uint32_t n) {
    return (size_t)n * (5 * sizeof(uint64_t) + 3 * sizeof(int32_t) + 3) + 16;
}

/* Quotation marks: open from the start of the paragraph (a blank line
** closes any quote left open); curly marks say their side. */
static int mark_toggle(const char *s, int open) {
    if (!is_quote_mark(s)) return open;
    if (strcmp(s, "\xe2\x80\x9c") == 0 || strcmp(s, "``") == 0) return 1;
    if (strcmp(s, "\xe2\x80\x9d") == 0 || strcmp(s, "''") == 0) return 0;
    return !open;
}

static void rules_of(pgn__qm_sent *s, const pgn__quote_vec *qs, size_t n_rules) {
    const pgn__token *tk = s->tk;
    uint32_t n = s->n, lo = tk[0].start, hi = tk[n - 1].end;
    memset(s->rule, 0, n);
    for (size_t qi = 0; qi < n_rules; qi++) {
        const pgn__quote *q = &qs->v[qi];
        const pgn__span *sp[3] = {&q->cue, &q->speaker, &q->content};
        unsigned bit[3] = {q->frame ? PGN__QM_RFRAME : PGN__QM_RCUE, PGN__QM_RSRC,
                           q->direct ? PGN__QM_RDIRECT : PGN__QM_RCONTENT};
        for (int k = 0; k < 3; k++) {
            if (!sp[k]->present || sp[k]->end <= lo || sp[k]->start >= hi) continue;
            for (uint32_t i = 0; i < n; i++)
                if (tk[i].start < sp[k]->end && sp[k]->start < tk[i].end)
                    s->rule[i] |= (unsigned char)bit[k];
        }
    }
}

void pgn__qm_prepare(pgn__qm_sent *s, pgn__qm_cursor *cur, const pgn_doc *doc, size_t si,
                     const pgn__quote_vec *qs, size_t n_rules, void *mem) {
    const pgn__sentence *st = &doc->sentences.v[si];
    uint32_t n = st->n_tokens;
    const pgn__token *tk = doc->tokens.v + st->first;
    s->tk = tk;
    s->n = n;
    s->h = mem;
    s->parent = (int32_t *)(s->h + 5 * (size_t)n);
    s->child = s->parent + n;
    s->sib = s->child + n;
    s->inq = (unsigned char *)(s->sib + n);
    s->rule = s->inq + n;
    s->nccomp = s->rule + n;
    s->last_colon = -1;
    /* the quotation marks since the last sentence prepared (cursor) */
    int open = cur->open;
    for (uint32_t k = cur->next; k < st->first; k++) {
        if (doc->tokens.v[k].flags & PGN__TOK_BLANK_BEFORE) open = 0;
        open = mark_toggle(doc->tokens.v[k].form, open);
    }
    if (cur->next <= st->first && (tk[0].flags & PGN__TOK_BLANK_BEFORE)) open = 0;
    for (uint32_t i = 0; i < n; i++) {
        s->parent[i] = tk[i].head >= 1 && (uint32_t)tk[i].head <= n && (uint32_t)tk[i].head - 1 != i
                           ? tk[i].head - 1 : -1;
        s->child[i] = s->sib[i] = -1;
        s->nccomp[i] = 0;
        const char *f = tk[i].form;
        if (is_quote_mark(f)) {
            open = mark_toggle(f, open);
            s->inq[i] = 0;
        } else {
            s->inq[i] = (unsigned char)open;
        }
        if (f && strcmp(f, ":") == 0) s->last_colon = (int32_t)i;
        if (i + 1 == n) {
            cur->next = st->first + n;
            cur->open = open;
        }
        uint64_t *h = s->h + 5 * (size_t)i;
        h[0] = hs(lem(&tk[i]));
        h[1] = hs(f);
        h[2] = hs(tk[i].upos);
        h[3] = hs(tk[i].xpos);
        h[4] = hs(tk[i].deprel);
    }
    for (uint32_t i = n; i-- > 0;) {
        int32_t p = s->parent[i];
        if (p < 0) continue;
        s->sib[i] = s->child[p];
        s->child[p] = (int32_t)i;
        if (tk[i].deprel && strncmp(tk[i].deprel, "ccomp", 5) == 0 && s->nccomp[p] < 255) s->nccomp[p]++;
    }
    rules_of(s, qs, n_rules);
}

enum {
    T_BIAS = 1, T_LEM, T_UPOS, T_XPOS, T_REL, T_LEM_UPOS, T_LEM_REL, T_HLEM, T_HREL,
    T_LEM_HLEM, T_REL_HUPOS, T_CHILD, T_LEM_CHILD, T_PREV, T_NEXT, T_PLEM_LEM,
    T_LEM_NLEM, T_PUPOS, T_NUPOS, T_INQ, T_LEM_INQ, T_SUF, T_COLON, T_LEM_NCHILDUP,
    T_LEM_HREL, T_HCHILD_CCOMP, T_UPOS_REL_INQ, T_REL_HLEM, T_RULE, T_LEM_RULE,
    T_HRULE, T_UPOS_RULE
};

size_t pgn__qm_features(const pgn__qm_sent *s, uint32_t i, uint64_t *f) {
    const pgn__token *t = &s->tk[i];
    const uint64_t *hi = s->h + 5 * (size_t)i;
    size_t n = 0;
    uint64_t l = hi[0], u = hi[2], x = hi[3], r = hi[4];
    int32_t h = s->parent[i];
    const uint64_t *hh = h >= 0 ? s->h + 5 * (size_t)h : NULL;
    const uint64_t root = hs("<root>"), bos = hs("<s>"), eos = hs("</s>");
    uint64_t hl = hh ? hh[0] : root, hr = hh ? hh[4] : root, hu = hh ? hh[2] : root;
    uint64_t q = s->inq[i];
    const uint64_t *pv = i > 0 ? hi - 5 : NULL, *nx = i + 1 < s->n ? hi + 5 : NULL;
    f[n++] = f2(T_BIAS, 0);
    f[n++] = f2(T_LEM, l);
    f[n++] = f2(T_UPOS, u);
    f[n++] = f2(T_XPOS, x);
    f[n++] = f2(T_REL, r);
    f[n++] = f3(T_LEM_UPOS, l, u);
    f[n++] = f3(T_LEM_REL, l, r);
    f[n++] = f2(T_HLEM, hl);
    f[n++] = f2(T_HREL, hr);
    f[n++] = f3(T_LEM_HLEM, l, hl);
    f[n++] = f3(T_REL_HUPOS, r, hu);
    f[n++] = f3(T_LEM_HREL, l, hr);
    f[n++] = f3(T_REL_HLEM, r, hl);
    f[n++] = f2(T_INQ, q);
    f[n++] = f3(T_LEM_INQ, l, q);
    f[n++] = f3(T_UPOS_REL_INQ, u ^ (r * 31), q);
    f[n++] = f2(T_PREV, pv ? pv[1] : bos);
    f[n++] = f2(T_NEXT, nx ? nx[1] : eos);
    f[n++] = f3(T_PLEM_LEM, pv ? pv[0] : bos, l);
    f[n++] = f3(T_LEM_NLEM, l, nx ? nx[0] : eos);
    f[n++] = f2(T_PUPOS, pv ? pv[2] : bos);
    f[n++] = f2(T_NUPOS, nx ? nx[2] : eos);
    size_t fl = t->form ? strlen(t->form) : 0;
    f[n++] = f2(T_SUF, hs(t->form + (fl > 3 ? fl - 3 : 0)));
    /* the sentence's last colon, before or after the word */
    f[n++] = f2(T_COLON, s->last_colon < 0 ? 0 : s->last_colon < (int32_t)i ? 1 : 2);
    /* children relations (capped) and a clausal complement of the head */
    uint32_t nch = 0;
    for (int32_t k = s->child[i]; k >= 0; k = s->sib[k]) {
        if (n + 4 > PGN__QM_MAX_FEATS - 4) break;
        uint64_t cr = s->h[5 * (size_t)k + 4];
        f[n++] = f2(T_CHILD, cr);
        f[n++] = f3(T_LEM_CHILD, l, cr);
        nch++;
    }
    int own = h >= 0 && t->deprel && strncmp(t->deprel, "ccomp", 5) == 0;
    int hccomp = h >= 0 && s->nccomp[h] > own;
    f[n++] = f3(T_LEM_NCHILDUP, u, nch > 3 ? 3 : nch);
    f[n++] = f2(T_HCHILD_CCOMP, (uint64_t)hccomp);
    uint64_t ru = s->rule[i];
    f[n++] = f2(T_RULE, ru);
    f[n++] = f3(T_LEM_RULE, l, ru);
    f[n++] = f3(T_UPOS_RULE, u, ru);
    f[n++] = f2(T_HRULE, h >= 0 ? s->rule[h] : 99);
    return n;
}

int pgn__qm_candidate(const pgn__qm_sent *s, uint32_t i) {
    /* Words of these classes head no cue (a cue's determiner or auxiliary
    ** goes with its head); skipping them saves a third of the lookups. */
    static const char *const never[] = {"PUNCT", "DET", "PROPN", "PRON", "NUM", "CCONJ",
                                        "SCONJ", "PART", "SYM", "X", "INTJ", "AUX"};
    const char *u = s->tk[i].upos;
    if (s->inq[i]) return 0;
    if (s->tk[i].form && strcmp(s->tk[i].form, ":") == 0) return 1;
    for (size_t k = 0; u && k < sizeof never / sizeof *never; k++)
        if (strcmp(u, never[k]) == 0) return 0;
    return 1;
}

void pgn__qm_tag(const struct pgn_quote_model *m, const pgn__qm_sent *s, unsigned char *cue) {
    uint64_t f[PGN__QM_MAX_FEATS];
    for (uint32_t i = 0; i < s->n; i++) {
        cue[i] = 0;
        if (!pgn__qm_candidate(s, i)) continue;
        size_t nf = pgn__qm_features(s, i, f);
        int32_t sc[2] = {0, 0};
        pgn__lin_score(&m->lin, f, nf, sc);
        cue[i] = sc[1] + m->bias > sc[0];
    }
}

/* ------------------------------------------------------- model file */

int pgn_quote_model_open(const char *path, pgn_quote_model **out, pgn_error *err) {
    pgn__err_clear(err);
    if (!path || !out) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL argument");
    *out = NULL;
    unsigned char *payload = NULL;
    size_t len = 0;
    int rc = pgn__model_load(path, PGN__MODEL_QUOTES, &payload, &len, err);
    if (rc) return rc;
    pgn_quote_model *m = calloc(1, sizeof *m);
    if (!m) {
        free(payload);
        return pgn__err(err, PGN_ENOMEM, path, -1, -1, "no memory for the quotes model");
    }
    pgn__rbuf r = {payload, len, 0, 0};
    uint32_t version = pgn__r_u32(&r);
    m->bias = (int32_t)pgn__r_u32(&r);
    if (r.bad || version != PGN__QM_VERSION || pgn__r_lin(&r, &m->lin) || r.bad ||
        m->lin.n_classes != 2 || r.off != r.len) {
        free(payload);
        pgn_quote_model_close(m);
        return pgn__err(err, PGN_EFORMAT, path, -1, -1, "damaged quotes model (bad payload)");
    }
    free(payload);
    *out = m;
    return 0;
}

void pgn_quote_model_close(pgn_quote_model *m) {
    if (!m) return;
    pgn__lin_free(&m->lin);
    free(m);
}

/* ------------------------------------------------ cues to attributions */

static int rel_is(const pgn__token *t, const char *r) { return t->deprel && strcmp(t->deprel, r) == 0; }

static int32_t child(const pgn__qm_sent *s, uint32_t v, const char *r, int exact) {
    for (uint32_t k = 0; k < s->n; k++)
        if (s->parent[k] == (int32_t)v &&
            (exact ? rel_is(&s->tk[k], r) : pgn__deprel_kind(&s->tk[k], r)))
            return (int32_t)k;
    return -1;
}

/* PolNeAR-style sources include relative pronouns ("leaders who can
** support"); only expletives and punctuation name none. */
static int no_source(const pgn__token *t) {
    return pgn__deprel_kind(t, "expl") || (t->upos && strcmp(t->upos, "PUNCT") == 0);
}

/* A cue word that is a function word of its head ("talked ABOUT", "spoke
** OUT", "PUBLICLY"): its speaker is its head's.  (Climbing also from
** objects and obliques, "voiced CRITICISM of", gained recall for as much
** precision on held-out PolNeAR train.) */
static int climbs(const pgn__token *t) {
    return pgn__deprel_kind(t, "case") || pgn__deprel_kind(t, "advmod") ||
           pgn__deprel_kind(t, "compound");
}

/* The source of cue head v: subject, possessor, passive agent, the object
** of "according to"; else, for a cue hanging from a verb (xcomp, amod,
** conj), that verb's subject. */
static int32_t source_of(const pgn__qm_sent *s, uint32_t v) {
    static const char *const rels[] = {"nsubj", "nmod:poss", "obl:agent", "nsubj:pass"};
    for (uint32_t step = 0; step < 3; step++) {
        for (size_t r = 0; r < sizeof rels / sizeof *rels; r++) {
            int32_t c = child(s, v, rels[r], 1);
            if (c >= 0 && r == 3 && !(s->tk[v].lemma && strcmp(s->tk[v].lemma, "quote") == 0))
                continue;
            if (c >= 0) return no_source(&s->tk[c]) ? -1 : c;
        }
        /* "according to X": X is the head of the case "to" */
        if (s->tk[v].lemma && strcmp(s->tk[v].lemma, "accord") == 0 && s->parent[v] >= 0)
            return s->parent[v];
        const pgn__token *t = &s->tk[v];
        if (s->parent[v] < 0 || !(pgn__deprel_kind(t, "xcomp") || pgn__deprel_kind(t, "conj") ||
                                  pgn__deprel_kind(t, "amod") || pgn__deprel_kind(t, "acl") ||
                                  pgn__deprel_kind(t, "advcl") || climbs(t)))
            return -1;
        v = (uint32_t)s->parent[v];
    }
    return -1;
}

/* The content of cue head v: a clausal complement, else the largest
** argument or modifier subtree that is not the source. */
static int32_t content_of(const pgn__qm_sent *s, uint32_t v, int32_t src) {
    static const char *const first[] = {"ccomp", "xcomp", "parataxis"};
    for (size_t r = 0; r < sizeof first / sizeof *first; r++) {
        int32_t c = child(s, v, first[r], 0);
        if (c >= 0) return c;
    }
    static const char *const other[] = {"obj", "obl", "nmod", "acl", "advcl", "iobj"};
    int32_t best = -1;
    uint32_t best_len = 0;
    for (uint32_t k = 0; k < s->n; k++) {
        if (s->parent[k] != (int32_t)v || (int32_t)k == src) continue;
        int ok = 0;
        for (size_t r = 0; r < sizeof other / sizeof *other && !ok; r++)
            ok = pgn__deprel_kind(&s->tk[k], other[r]);
        if (!ok || rel_is(&s->tk[k], "obl:agent") || rel_is(&s->tk[k], "nmod:poss")) continue;
        uint32_t lo, hi;
        pgn__subtree_extent(s->parent, s->n, k, &lo, &hi);
        if (hi - lo + 1 > best_len) {
            best_len = hi - lo + 1;
            best = (int32_t)k;
        }
    }
    return best;
}

static int overlaps_cue(const pgn__quote_vec *qs, size_t n, uint32_t a, uint32_t b) {
    for (size_t i = 0; i < n; i++) {
        const pgn__quote *q = &qs->v[i];
        if (q->cue.present && q->cue.start < b && a < q->cue.end) return 1;
        if (q->direct && q->content.start <= a && b <= q->content.end) return 1;
    }
    return 0;
}

/* Marks in drop[] the rules' indirect quotes (qs->v[0 .. n_rules)) in this
** sentence whose cue has no word the model calls a cue.  The frame rule
** takes any verb with a subject and a clausal complement and the word
** rules any lexicon cue; the model, which reads what the rules found, knows
** which of them annotators mark (on held-out PolNeAR training articles
** this veto raised source precision from 0.73 to 0.82 for 0.04 recall).
** Direct quotes stay: the quotation marks say enough. */
static void veto(const pgn__token *tk, uint32_t n, const unsigned char *cue, size_t n_rules,
                 const pgn__quote_vec *qs, unsigned char *drop) {
    for (size_t qi = 0; qi < n_rules; qi++) {
        const pgn__quote *q = &qs->v[qi];
        if (q->direct || !q->cue.present || q->cue.start < tk[0].start || q->cue.end > tk[n - 1].end)
            continue;
        int any = 0;
        for (uint32_t i = 0; i < n && !any; i++)
            any = cue[i] && tk[i].start >= q->cue.start && tk[i].end <= q->cue.end;
        if (!any) drop[qi] = 1;
    }
}

static uint32_t root_of(uint32_t *comp, uint32_t i) {
    while (comp[i] != i) i = comp[i] = comp[comp[i]];
    return i;
}

/* Cue words joined into groups: a word with its head, or with its
** neighbour, when both are cue words.  comp[i]: the group's first word. */
static void group(const pgn__qm_sent *s, const unsigned char *cue, uint32_t *comp) {
    for (uint32_t i = 0; i < s->n; i++) comp[i] = i;
    for (uint32_t i = 0; i < s->n; i++) {
        if (!cue[i]) continue;
        uint32_t js[2] = {s->parent[i] >= 0 ? (uint32_t)s->parent[i] : i, i + 1 < s->n ? i + 1 : i};
        for (int k = 0; k < 2; k++) {
            if (!cue[js[k]]) continue;
            uint32_t x = root_of(comp, i), y = root_of(comp, js[k]);
            if (x < y) comp[y] = x;
            else comp[x] = y;
        }
    }
    for (uint32_t i = 0; i < s->n; i++) comp[i] = root_of(comp, i);
}

int pgn__quotes_from_model(pgn_doc *doc, const struct pgn_quote_model *m, pgn__quote_vec *qs) {
    if (!m || doc->tokens.n == 0 || !doc->tokens.v[0].deprel) return 0;
    size_t n_rules = qs->n;
    unsigned char *drop = pgn__arena_calloc(doc->arena, n_rules + 1, 1);
    if (!drop) return PGN_ENOMEM;
    uint32_t cap = 0;
    void *mem = NULL;
    unsigned char *cue = NULL;
    pgn__qm_cursor cur = {0, 0};
    uint32_t *comp = NULL;
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        uint32_t n = st->n_tokens, f = st->first;
        if (n < 3 || n > 400) continue;
        if (n > cap) {
            cap = n * 2;
            mem = pgn__arena_alloc(doc->arena, pgn__qm_bytes(cap));
            cue = pgn__arena_alloc(doc->arena, cap);
            comp = pgn__arena_alloc(doc->arena, cap * sizeof *comp);
            if (!mem || !cue || !comp) return PGN_ENOMEM;
        }
        pgn__qm_sent s;
        pgn__qm_prepare(&s, &cur, doc, si, qs, n_rules, mem);
        const int32_t *parent = s.parent;
        pgn__qm_tag(m, &s, cue);
        veto(s.tk, n, cue, n_rules, qs, drop);
        group(&s, cue, comp);
        for (uint32_t i = 0; i < n; i++) {
            if (!cue[i] || comp[i] != i) continue;
            /* the cue group rooted here: its extent and its head (the word
            ** whose head lies outside the group; the first verb of those) */
            uint32_t a = i, b = i, v = UINT32_MAX;
            for (uint32_t k = i; k < n; k++) {
                if (!cue[k] || comp[k] != i) continue;
                b = k;
                int out = parent[k] < 0 || !cue[parent[k]] || comp[parent[k]] != i;
                if (out && (v == UINT32_MAX || (s.tk[k].upos && strcmp(s.tk[k].upos, "VERB") == 0 &&
                                                 !(s.tk[v].upos && strcmp(s.tk[v].upos, "VERB") == 0))))
                    v = k;
            }
            if (v == UINT32_MAX) v = i;
            if (b - a > 8) continue;   /* a scattered group is no cue */
            if (overlaps_cue(qs, n_rules, s.tk[a].start, s.tk[b].end)) continue;
            int32_t src = source_of(&s, v);
            if (src < 0) continue;
            int32_t con = content_of(&s, v, src);
            /* "is AGAINST the plan", "talked ABOUT the economy": the content
            ** is the preposition's object, from the cue to the object's last
            ** dependent on the right (its extent can hold the subject too) */
            int prep = 0;
            if (con < 0 && pgn__deprel_kind(&s.tk[v], "case") && parent[v] > (int32_t)v &&
                parent[v] != src) {
                con = parent[v];
                prep = 1;
            }
            if (con < 0) continue;
            uint32_t s_lo, s_hi, c_lo, c_hi;
            pgn__subtree_extent(parent, n, (uint32_t)src, &s_lo, &s_hi);
            pgn__subtree_extent(parent, n, (uint32_t)con, &c_lo, &c_hi);
            if (prep) {
                c_lo = b + 1;
                c_hi = (uint32_t)con;
                for (uint32_t k = (uint32_t)con + 1; k < n; k++) {
                    if (parent[k] != con || pgn__deprel_kind(&s.tk[k], "punct")) continue;
                    uint32_t lo, hi;
                    pgn__subtree_extent(parent, n, k, &lo, &hi);
                    if (hi > c_hi) c_hi = hi;
                }
            } else if (c_lo >= a && c_lo <= b && c_hi > b) {
                c_lo = b + 1;   /* the cue opens the content */
            }
            /* the source, the cue and the content do not overlap */
            if (s_lo <= b && a <= s_hi) continue;
            if ((c_lo <= b && a <= c_hi) || (s_lo <= c_hi && c_lo <= s_hi)) continue;
            if (PGN__VEC_RESERVE(doc->arena, *qs)) return PGN_ENOMEM;
            pgn__quote *q = &qs->v[qs->n++];
            memset(q, 0, sizeof *q);
            q->mention = -1;
            pgn__tokens_span(doc, f, s_lo, s_hi, &q->speaker);
            pgn__tokens_span(doc, f, a, b, &q->cue);
            pgn__tokens_span(doc, f, c_lo, c_hi, &q->content);
        }
    }
    /* remove the vetoed quotes, keeping the order of the rest */
    size_t w = 0;
    for (size_t r = 0; r < qs->n; r++)
        if (r >= n_rules || !drop[r]) qs->v[w++] = qs->v[r];
    qs->n = w;
    return 0;
}
