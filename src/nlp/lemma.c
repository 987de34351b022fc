/* src/nlp/lemma.c -- lemmas and morphological features from the treebank.
**
** Known words: the most frequent lemma (and feats) of (form, tag) in the
** training treebank, then of (lower-cased form, tag).  Unknown words: an
** edit rule "strip k bytes, append s" from the form's suffixes (up to 5
** bytes) seen with that tag on at least two word types, preferring one
** whose result is a known lemma; whether the capitals stay is voted per
** tag and kind of capitalisation.  That is what turns "tweeted"/VBD into
** "tweet", "bombed" into "bomb" (not "bom" as "robbed" -> "rob") and keeps
** "Kyiv"/NNP as it is.  Past forms of irregular verbs come from a list of
** ours (data/lexicon/irregular_verbs.txt: "fled" -> "flee", which no
** suffix rule finds), a name's lemma vouches for no rule result of another
** UPOS ("timed" is no "tim"), and edits strip whole UTF-8 characters.
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "nlp_int.h"
#include "text/lexicon.h"

enum {
    K_EXC = 100, K_EXC_LOWER = 102, K_RULE = 103, K_FEATS = 104, K_EXC_FORM = 105,
    K_KNOWN = 106, K_RULE_RANK = 107, K_CASE = 108
};
#define MAX_SUFFIX 5
/* rules kept per (tag, suffix): the unknown-word lemmatizer tries them in
** order and prefers one whose result is a word it knows */
#define RULE_RANKS 3

size_t pgn__lower(const char *s, char *buf, size_t cap) {
    size_t i = 0;
    for (; s[i] && i + 1 < cap; i++) {
        char c = s[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[i] = '\0';
    return i;
}

uint64_t pgn__tag_key(const char *upos, const char *xpos) {
    if (!upos) upos = "_";
    if (!xpos) xpos = "_";
    return pgn__hf(7, pgn__hstr(upos, strlen(upos)), pgn__hstr(xpos, strlen(xpos)), 0);
}

typedef struct vote {
    uint64_t key, vh;
    const char *v;
} vote;

static int vote_cmp(const void *a, const void *b) {
    const vote *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->vh != y->vh) return x->vh < y->vh ? -1 : 1;
    return 0;
}

typedef struct votes {
    vote *v;
    size_t n, cap;
} votes;

static int vote_add(votes *vs, uint64_t key, const char *v, size_t vlen) {
    if (vs->n == vs->cap) {
        size_t c = vs->cap ? vs->cap * 2 : 4096;
        vote *p = realloc(vs->v, c * sizeof *p);
        if (!p) return PGN_ENOMEM;
        vs->v = p;
        vs->cap = c;
    }
    vs->v[vs->n++] = (vote){key ? key : 1, pgn__hstr(v, vlen), v};
    return 0;
}

/* Key of the rank-th most frequent value of key (rank 0: key itself). */
static uint64_t rank_key(uint64_t key, uint32_t rank) {
    return rank ? pgn__hf(K_RULE_RANK, key, rank, 0) : key;
}

/* For each key, the ranks most frequent values (ties: lowest hash) go to
** map under rank_key, each when it was seen at least min_count times. */
static int vote_decide(votes *vs, pgn__smap *map, pgn__pool *pool, size_t min_count,
                       uint32_t ranks) {
    qsort(vs->v, vs->n, sizeof *vs->v, vote_cmp);
    size_t i = 0;
    while (i < vs->n) {
        size_t j = i, best[RULE_RANKS] = {0}, best_n[RULE_RANKS] = {0};
        while (j < vs->n && vs->v[j].key == vs->v[i].key) {
            size_t k = j;
            while (k < vs->n && vs->v[k].key == vs->v[j].key && vs->v[k].vh == vs->v[j].vh) k++;
            for (uint32_t r = 0; r < ranks; r++)
                if (k - j > best_n[r]) {
                    for (uint32_t q = ranks - 1; q > r; q--) {
                        best_n[q] = best_n[q - 1];
                        best[q] = best[q - 1];
                    }
                    best_n[r] = k - j;
                    best[r] = j;
                    break;
                }
            j = k;
        }
        /* a runner-up needs a fifth of the winner's support */
        for (uint32_t r = 0; r < ranks && best_n[r] >= min_count && best_n[r] * 5 >= best_n[0];
             r++) {
            uint32_t off = pgn__pool_add(pool, vs->v[best[r]].v, strlen(vs->v[best[r]].v));
            if (off == PGN__NONE || pgn__smap_put(map, rank_key(vs->v[i].key, r), off))
                return PGN_ENOMEM;
        }
        i = j;
    }
    return 0;
}

/* The edit turning form into lemma, case aside, written into rule
** ("c3ing"-style: 'c', strip count as a byte '0'+k, appended text), and in
** *mode what the lemma did to the form's capitals: 'k' kept, 'l' lowered,
** 0 no evidence (a lower-case form, or neither).  0 when impossible. */
static int make_rule(const char *form, const char *lemma, char *rule, size_t cap, char *mode) {
    char low[256], llow[256];
    size_t fl = strlen(form), ll = strlen(lemma);
    if (fl >= sizeof low || ll >= sizeof llow || ll + 3 > cap) return 0;
    pgn__lower(form, low, sizeof low);
    pgn__lower(lemma, llow, sizeof llow);
    size_t cp = 0;
    while (cp < fl && cp < ll && low[cp] == llow[cp]) cp++;
    /* the edit starts on a character boundary: its appended text is whole
    ** characters ("\xc3\xa9" -> "\xc3\xa8" strips and appends two bytes) */
    while (cp > 0 && ((unsigned char)low[cp] & 0xC0) == 0x80) cp--;
    size_t strip = fl - cp;
    if (strip > 40) return 0;
    int upper = 0;
    for (size_t i = 0; i < cp; i++) upper |= form[i] != low[i];
    *mode = !upper                               ? 0
            : memcmp(form, lemma, cp) == 0 ? 'k'
            : memcmp(low, lemma, cp) == 0  ? 'l'
                                           : 0;
    rule[0] = 'c';
    rule[1] = (char)('0' + strip);
    memcpy(rule + 2, lemma + cp, ll - cp + 1);
    return 1;
}

/* Capitalisation class of a form: 0 none, 1 initial capital, 2 all
** capitals, 3 other ("iPhone"), 4 capitals and digits ("SX40"). */
static uint32_t case_class(const char *form) {
    int up = 0, lo = 0, dig = 0;
    for (const char *c = form; *c; c++) {
        up += *c >= 'A' && *c <= 'Z';
        lo += *c >= 'a' && *c <= 'z';
        dig += *c >= '0' && *c <= '9';
    }
    if (!up) return 0;
    if (dig) return 4;
    if (form[0] >= 'A' && form[0] <= 'Z') return lo ? 1 : up > 1 ? 2 : 1;
    return 3;
}

/* The training lemmas, lower-cased, with and without their UPOS: what the
** unknown-word rules prefer to produce.  Stored in lemma_exc (value: any
** valid pool offset) so the model file keeps its layout. */
static uint64_t known_key(const char *lemma, uint64_t upos_h) {
    char low[256];
    size_t n = pgn__lower(lemma, low, sizeof low);
    return pgn__hf(K_KNOWN, pgn__hstr(low, n), upos_h, 0);
}

static int known_add(pgn__tagger *t, const char *lemma, uint64_t upos_h) {
    if (strlen(lemma) >= 256 || strcmp(lemma, "_") == 0) return 0;
    return pgn__smap_put(&t->lemma_exc, known_key(lemma, upos_h), 0) ||
           pgn__smap_put(&t->lemma_exc, known_key(lemma, 0), 0);
}

int pgn__lemma_learn(pgn__tagger *t, const pgn__treebank *tb, const pgn__smap *tag_of,
                     pgn_error *err) {
    votes exc = {0}, excl = {0}, excf = {0}, feats = {0}, rules = {0}, cases = {0};
    pgn__smap seen = {0};
    int rc = PGN_ENOMEM;
    char low[256];
    char *rulebuf = NULL;
    size_t rb_len = 0, rb_cap = 0;
    if (pgn__smap_init(&t->lemma_exc, 16) || pgn__smap_init(&t->feats_map, 16) ||
        pgn__smap_init(&t->lemma_rule, 16))
        goto out;
    for (size_t si = 0; si < tb->n; si++)
        for (uint32_t i = 0; i < tb->s[si].n; i++) {
            const pgn__ud_word *w = &tb->s[si].w[i];
            uint32_t tag = pgn__smap_get(tag_of, pgn__tag_key(w->upos, w->xpos));
            if (tag == PGN__NONE) continue;
            size_t fl = strlen(w->form);
            size_t ll = pgn__lower(w->form, low, sizeof low);
            uint64_t hf = pgn__hstr(w->form, fl), hl = pgn__hstr(low, ll);
            const char *lem = w->lemma ? w->lemma : "_";
            const char *fe = w->feats ? w->feats : "_";
            if (w->lemma && known_add(t, lem, t->upos_h[tag])) goto out;
            if (vote_add(&exc, pgn__hf(K_EXC, hf, tag, 0), lem, strlen(lem)) ||
                vote_add(&excl, pgn__hf(K_EXC_LOWER, hl, tag, 0), lem, strlen(lem)) ||
                vote_add(&excf, pgn__hf(K_EXC_FORM, hf, 0, 0), lem, strlen(lem)) ||
                vote_add(&feats, pgn__hf(K_FEATS, hl, tag, 0), fe, strlen(fe)))
                goto out;
        }
    /* Rules from word types: one vote per distinct (form, tag, lemma). */
    if (pgn__smap_init(&seen, 1024)) goto out;
    for (size_t si = 0; si < tb->n; si++)
        for (uint32_t i = 0; i < tb->s[si].n; i++) {
            const pgn__ud_word *w = &tb->s[si].w[i];
            uint32_t tag = pgn__smap_get(tag_of, pgn__tag_key(w->upos, w->xpos));
            if (tag == PGN__NONE || !w->lemma) continue;
            size_t fl = strlen(w->form);
            uint64_t key = pgn__hf(K_EXC + 50, pgn__hstr(w->form, fl), tag,
                                   pgn__hstr(w->lemma, strlen(w->lemma)));
            if (pgn__smap_get(&seen, key) != PGN__NONE) continue;
            if (pgn__smap_put(&seen, key, 1)) goto out;
            char rule[300], mode;
            if (!make_rule(w->form, w->lemma, rule, sizeof rule, &mode)) continue;
            /* the case of a tag's capitalised words decides the mode apart
            ** from the suffix: "Newsfeed.Com"/ADD keeps it, "Applause"/NN
            ** loses it, "GISB"/NN keeps it */
            if (mode && vote_add(&cases, pgn__hf(K_CASE, tag, case_class(w->form), 0),
                                 mode == 'k' ? "k" : "l", 1))
                goto out;
            size_t rl = strlen(rule);
            if (rb_len + rl + 1 > rb_cap) {
                /* votes hold offsets into rulebuf until it stops moving */
                size_t c = rb_cap ? rb_cap * 2 : 1 << 20;
                while (c < rb_len + rl + 1) c *= 2;
                char *p = realloc(rulebuf, c);
                if (!p) goto out;
                rulebuf = p;
                rb_cap = c;
            }
            memcpy(rulebuf + rb_len, rule, rl + 1);
            size_t ll = pgn__lower(w->form, low, sizeof low);
            for (size_t j = 0; j <= MAX_SUFFIX && j <= ll; j++)
                if (vote_add(&rules, pgn__hf(K_RULE, tag, pgn__hstr(low + ll - j, j), j),
                             (const char *)(uintptr_t)(rb_len + 1), 0))
                    goto out;
            rb_len += rl + 1;
        }
    for (size_t i = 0; i < rules.n; i++) {
        rules.v[i].v = rulebuf + ((uintptr_t)rules.v[i].v - 1);
        rules.v[i].vh = pgn__hstr(rules.v[i].v, strlen(rules.v[i].v));
    }
    if (vote_decide(&exc, &t->lemma_exc, &t->pool, 1, 1) ||
        vote_decide(&excl, &t->lemma_exc, &t->pool, 1, 1) ||
        vote_decide(&excf, &t->lemma_exc, &t->pool, 1, 1) ||
        vote_decide(&feats, &t->feats_map, &t->pool, 1, 1) ||
        vote_decide(&rules, &t->lemma_rule, &t->pool, 2, RULE_RANKS) ||
        vote_decide(&cases, &t->lemma_rule, &t->pool, 1, 1))
        goto out;
    rc = 0;
out:
    free(exc.v);
    free(excl.v);
    free(excf.v);
    free(feats.v);
    free(rules.v);
    free(cases.v);
    free(rulebuf);
    pgn__smap_free(&seen);
    if (rc) pgn__err(err, rc, NULL, -1, -1, "out of memory while learning lemmas");
    return rc;
}

/* rule r applied to base (the form, or lower-cased) into out (cap bytes);
** length or -1 when it does not fit */
static long rule_edit(const char *r, const char *base, size_t fl, char *out, size_t cap) {
    if (!r[0] || !r[1]) return -1;
    size_t strip = (size_t)(unsigned char)(r[1] - '0');
    if (strip > fl) return -1;
    size_t keep = fl - strip, al = strlen(r + 2);
    /* strip whole characters: a rule learned on "'m" -> "be" turns
    ** "\xc2\xb4m" into "be", never into the invalid "\xc2be" */
    while (keep > 0 && ((unsigned char)base[keep] & 0xC0) == 0x80) keep--;
    if (keep + al + 1 > cap) return -1;
    memcpy(out, base, keep);
    memcpy(out + keep, r + 2, al + 1);
    return (long)(keep + al);
}

/* Whether a form of tag whose capitals are of class cc keeps them in its
** lemma: the tag's vote for the class, else (all capitals) for initial
** capitals, else yes. */
static int keeps_case(const pgn__tagger *t, uint32_t tag, uint32_t cc) {
    if (!cc) return 1;
    uint32_t off = pgn__smap_get(&t->lemma_rule, pgn__hf(K_CASE, tag, cc, 0));
    if (off == PGN__NONE && cc == 2)
        off = pgn__smap_get(&t->lemma_rule, pgn__hf(K_CASE, tag, 1, 0));
    return off == PGN__NONE || t->pool.s[off] == 'k';
}

/* "1,100" -> "1100" (the treebank's number lemmas); 0 when form is not a
** number with thousands separators */
static int number_lemma(const char *form, char *out, size_t cap) {
    size_t o = 0, run = 0, groups = 0;
    for (const char *c = form; *c; c++) {
        if (*c >= '0' && *c <= '9') run++;
        else if (*c == ',' && run >= 1 && (groups ? run == 3 : run <= 3)) run = 0, groups++;
        else return 0;
        if (*c != ',' && o + 1 < cap) out[o++] = *c;
    }
    out[o] = '\0';
    return groups > 0 && run == 3 && o + 1 < cap;
}

/* An edit small enough to be an inflection (the rules also hold whole-word
** replacements such as "Sat" -> "Saturday", which no evidence should pick). */
static int modest_edit(const char *r, size_t fl) {
    size_t strip = (size_t)(unsigned char)(r[1] - '0');
    return strip <= 4 && strlen(r + 2) <= 2 && fl >= strip + 3;
}

/* The fallback rule only must not replace a short name by a whole word
** ("Pimenov" is no "Nov" -> "November"). */
static int short_append(const char *r) { return strlen(r + 2) <= 2; }

static int alphabetic(const char *s) {
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '-' || *s == '\''))
            return 0;
    return 1;
}

static int known_lemma(const pgn__tagger *t, const char *lemma, uint64_t upos_h) {
    return pgn__smap_get(&t->lemma_exc, known_key(lemma, upos_h)) != PGN__NONE;
}

/* lemma is a training lemma of some tag other than a proper noun's: a
** name ("Tim", "FL", "San") vouches for no rule result of another UPOS
** ("timed" is no "tim", "fled" no "fl").  The model keeps no per-lemma
** UPOS list, so each UPOS of the tag set is asked, once the lemma is
** known at all. */
static int known_common_lemma(const pgn__tagger *t, const char *lemma) {
    if (!known_lemma(t, lemma, 0)) return 0;   /* most candidates: one lookup */
    uint64_t propn = pgn__hstr("PROPN", 5);
    for (uint32_t i = 0; i < t->n_tags; i++) {
        uint64_t u = t->upos_h[i];
        int seen = u == propn;
        for (uint32_t j = 0; j < i && !seen; j++) seen = t->upos_h[j] == u;
        if (!seen && known_lemma(t, lemma, u)) return 1;
    }
    return 0;
}

static int in_text_vocab(const pgn__tagger *t, const char *lemma) {
    char low[256];
    size_t n = pgn__lower(lemma, low, sizeof low);
    return pgn__tagger_cluster(t, pgn__hstr(low, n)) != 0;
}

static const char *arena_str(pgn__arena *arena, const char *s, size_t n, const char *dflt) {
    char *out = arena ? pgn__arena_alloc(arena, n + 1) : NULL;
    if (!out) return dflt;
    memcpy(out, s, n + 1);
    return out;
}

/* low with every run of three or more equal letters cut to keep letters
** ("sooooo" -> "so" or "soo"); 0 when it has no such run. */
static size_t cut_elongation(const char *low, size_t keep, char *out, size_t cap) {
    size_t n = 0, run = 0, cut = 0;
    for (size_t k = 0; low[k]; k++) {
        run = k && low[k] == low[k - 1] ? run + 1 : 1;
        if (run > keep && low[k] >= 'a' && low[k] <= 'z') {
            cut = cut || run >= 3;
            continue;
        }
        if (n + 1 >= cap) return 0;
        out[n++] = low[k];
    }
    out[n] = 0;
    return cut ? n : 0;
}

/* The lemma of an irregular verb's past or participle form (data/lexicon/
** irregular_verbs.txt: "fled" -> "flee", "swore" -> "swear") tagged as a
** verb: suffix rules learned on regular verbs cannot find these ("fled" ->
** "fl").  Under another verb tag than VBD/VBN ("sung" mistagged VBG,
** "overran" VB) only when the form is no verb lemma of its own: "lay",
** "found", "saw" are verbs too. */
static int verb_tag(const pgn__tagger *t, uint32_t tag) {
    if (tag >= t->n_tags) return 0;
    const char *u = pgn__tagger_upos(t, tag);
    return strcmp(u, "VERB") == 0 || strcmp(u, "AUX") == 0;
}

static const char *irregular_lemma(const pgn__tagger *t, const char *low, size_t ll, uint32_t tag) {
    if (tag >= t->n_tags) return NULL;
    const char *x = pgn__tagger_xpos(t, tag);
    int past = strcmp(x, "VBD") == 0 || strcmp(x, "VBN") == 0;
    int verb = verb_tag(t, tag);
    if (!past && !verb) return NULL;
    const pgn__word *w = pgn__word_find(pgn__irregular_verb, pgn__irregular_verb_n, low, ll);
    if (!w || (!past && known_lemma(t, low, t->upos_h[tag]))) return NULL;
    return w->value;
}

/* An unknown (form, tag): the rules of its suffixes, longest suffix and most
** frequent rule first.  The first result that is a training lemma of the
** tag's UPOS wins ("bombed" -> "bomb", not "bom" as "robbed" -> "rob"),
** then a training lemma of any UPOS, then a word of the clusters' text;
** else the first rule.  A known form with a new tag (known_form) takes a
** rule only on the first evidence, else the form's usual lemma. */
/* An unknown verb form whose consonant doubles before "-ed" or "-ing"
** ("rammed", "jammed", "lobbing") has the single consonant in its lemma:
** English doubles it after a short stressed vowel, so "ram", not "ramm".
** Lemmas that keep the double (call, pass, stuff, buzz) end in l, s, f or
** z, which are left alone; a stem of fewer than three letters ("erred")
** is too short to trust.  Writes the lemma to out; its length, or 0. */
static size_t undoubled_stem(const char *low, size_t ll, char *out, size_t cap) {
    size_t suf = ll > 2 && strcmp(low + ll - 2, "ed") == 0    ? 2
                 : ll > 3 && strcmp(low + ll - 3, "ing") == 0 ? 3
                                                               : 0;
    if (!suf || ll < suf + 4) return 0;
    size_t stem = ll - suf; /* the stem ends in the doubled pair */
    char c = low[stem - 1];
    if (c != low[stem - 2] || !strchr("bdgkmnprt", c)) return 0;
    if (stem - 1 < 3 || stem >= cap) return 0;
    memcpy(out, low, stem - 1);
    out[stem - 1] = '\0';
    return stem - 1;
}

const char *pgn__lemma_apply(const pgn__tagger *t, const char *form, uint32_t tag,
                             pgn__arena *arena) {
    size_t fl = strlen(form);
    uint32_t off = pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC, pgn__hstr(form, fl), tag, 0));
    if (off != PGN__NONE) return t->pool.s + off;
    char low[256], buf[300];
    if (fl >= sizeof low) return form;
    size_t ll = pgn__lower(form, low, sizeof low);
    off = pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC_LOWER, pgn__hstr(low, ll), tag, 0));
    if (off != PGN__NONE) return t->pool.s + off;
    const char *irregular = irregular_lemma(t, low, ll, tag);
    if (irregular) return irregular;
    uint32_t form_off = pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC_FORM, pgn__hstr(form, fl), 0, 0));
    /* an unknown word stretched for emphasis ("sooooo", "prettty") is the
    ** known word it stretches, tried with two letters of each run, then
    ** one; the treebank lemmatises it so */
    if (form_off == PGN__NONE)
        for (size_t keep = 2; keep >= 1; keep--) {
            size_t n = cut_elongation(low, keep, buf, sizeof buf);
            if (!n) break;
            if (pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC_FORM, pgn__hstr(buf, n), 0, 0)) ==
                PGN__NONE)
                continue;
            /* the cut form has no run left, so this recurses once; a
            ** lemma that is the cut form itself must outlive this frame */
            char cut[sizeof buf];
            memcpy(cut, buf, n + 1);
            const char *lemma = pgn__lemma_apply(t, cut, tag, arena);
            return lemma == cut ? arena_str(arena, cut, n, form) : lemma;
        }
    if (form_off == PGN__NONE && number_lemma(form, buf, sizeof buf))
        return arena_str(arena, buf, strlen(buf), form);
    uint64_t upos_h = tag < t->n_tags ? t->upos_h[tag] : 0;
    const char *base = keeps_case(t, tag, case_class(form)) ? form : low;
    /* the suffix test first: most unknown words end in neither -ed nor -ing */
    char dbl[sizeof low];
    size_t dbl_n = undoubled_stem(low, ll, dbl, sizeof dbl);
    if (dbl_n && !(verb_tag(t, tag) && strcmp(base, low) == 0)) dbl_n = 0;
    const char *first = NULL;
    int tiers = !alphabetic(form) ? 0 : form_off != PGN__NONE ? 1 : 3;
    if (!tiers) {
        for (size_t j = ll < MAX_SUFFIX ? ll : MAX_SUFFIX; !first; j--) {
            off = pgn__smap_get(&t->lemma_rule, pgn__hf(K_RULE, tag, pgn__hstr(low + ll - j, j), j));
            if (off != PGN__NONE && short_append(t->pool.s + off)) first = t->pool.s + off;
            if (j == 0) break;
        }
    }
    /* each suffix's rule slot, loading while the longer ones are tried */
    uint64_t rkey[MAX_SUFFIX + 1];
    if (tiers)
        for (size_t j = 0; j <= (ll < MAX_SUFFIX ? ll : MAX_SUFFIX); j++) {
            rkey[j] = pgn__hf(K_RULE, tag, pgn__hstr(low + ll - j, j), j);
            pgn__smap_prefetch(&t->lemma_rule, rkey[j]);
        }
    for (int tier = 0; tier < tiers; tier++)
        for (size_t j = ll < MAX_SUFFIX ? ll : MAX_SUFFIX;; j--) {
            uint64_t key = rkey[j];
            for (uint32_t rk = 0; rk < RULE_RANKS; rk++) {
                off = pgn__smap_get(&t->lemma_rule, rank_key(key, rk));
                if (off == PGN__NONE) break;
                const char *r = t->pool.s + off;
                long n = rule_edit(r, base, fl, buf, sizeof buf);
                if (n <= 0) continue;
                if (!first && rk == 0 && short_append(r)) first = r;
                if (!modest_edit(r, fl)) continue;
                int ok = tier == 0   ? known_lemma(t, buf, upos_h)
                         : tier == 1 ? known_common_lemma(t, buf)
                                     : strcmp(buf, low) != 0 && in_text_vocab(t, buf);
                /* text seen somewhere vouches for "ramm" as well as for
                ** "ram": the doubled stem is the guess to distrust */
                if (ok && tier > 0 && dbl_n && (size_t)n == dbl_n + 1 &&
                    strncmp(buf, dbl, dbl_n) == 0)
                    return arena_str(arena, dbl, dbl_n, form);
                if (ok) return strcmp(buf, form) == 0 ? form : arena_str(arena, buf, (size_t)n, form);
            }
            if (j == 0) break;
        }
    /* a known word with a tag it never had: its usual lemma beats a guess */
    if (form_off != PGN__NONE) return t->pool.s + form_off;
    /* the first rule, unvouched; but every verb of one or two letters
    ** ("be", "do", "go") is a known word, so a shorter unknown verb lemma is
    ** a wrong cut ("fled" -> "fl", "sung" -> "s") and the form is the better
    ** guess */
    if (first) {
        long n = rule_edit(first, base, fl, buf, sizeof buf);
        if (dbl_n) return arena_str(arena, dbl, dbl_n, form);
        if (n > 0 && !(n < 3 && verb_tag(t, tag) && !known_lemma(t, buf, upos_h)) &&
            strcmp(buf, form) != 0)
            return arena_str(arena, buf, (size_t)n, form);
    }
    return form;
}

void pgn__lemma_prefetch(const pgn__tagger *t, uint64_t form_h, uint64_t low_h, uint32_t tag) {
    pgn__smap_prefetch(&t->lemma_exc, pgn__hf(K_EXC, form_h, tag, 0));
    pgn__smap_prefetch(&t->lemma_exc, pgn__hf(K_EXC_LOWER, low_h, tag, 0));
    pgn__smap_prefetch(&t->lemma_exc, pgn__hf(K_EXC_FORM, form_h, 0, 0));
    pgn__smap_prefetch(&t->feats_map, pgn__hf(K_FEATS, low_h, tag, 0));
}

const char *pgn__feats_apply(const pgn__tagger *t, const char *form, uint32_t tag) {
    char low[256];
    size_t fl = strlen(form);
    if (fl < sizeof low) {
        size_t ll = pgn__lower(form, low, sizeof low);
        uint32_t off = pgn__smap_get(&t->feats_map, pgn__hf(K_FEATS, pgn__hstr(low, ll), tag, 0));
        if (off != PGN__NONE) return t->pool.s + off;
    }
    uint32_t d = tag < t->n_tags ? t->tag_feats[tag] : PGN__NONE;
    return d != PGN__NONE ? t->pool.s + d : "_";
}

/* Whether the capitalised words of tag keep their capitals (the tag's
** vote for initial capitals; no vote: no). */
static int tag_keeps_initial(const pgn__tagger *t, uint32_t tag) {
    if (tag >= t->n_tags) return 0;
    uint32_t v = pgn__smap_get(&t->lemma_rule, pgn__hf(K_CASE, tag, 1, 0));
    return v != PGN__NONE && t->pool.s[v] == 'k';
}

/* lemma with the capitals of form over their common prefix ("appeal" for
** "Appeals" -> "Appeal"); form itself when they differ only in case; NULL
** when nothing changes. */
static const char *with_form_case(const char *form, const char *lemma, pgn__arena *arena) {
    char lf[256], lm[256], out[256];
    size_t fl = strlen(form), ll = strlen(lemma);
    if (fl >= sizeof lf || ll >= sizeof out || lemma == form) return NULL;
    pgn__lower(form, lf, sizeof lf);
    pgn__lower(lemma, lm, sizeof lm);
    if (strcmp(lf, lm) == 0) return strcmp(form, lemma) ? form : NULL;
    if (lemma[0] != lf[0]) return NULL;
    memcpy(out, lemma, ll + 1);
    for (size_t k = 0; k < ll && k < fl && lemma[k] == lf[k]; k++) out[k] = form[k];
    return arena_str(arena, out, ll, NULL);
}

/* The form's capitals for a name whose lemma came from another spelling or
** tag: under a tag whose capitalised words keep their capitals (NNP, NNPS),
** a lemma found for the lower-case spelling ("ca"/NNP -> "CA") or for the
** form under another tag ("Holocaust"/NN -> "holocaust") takes the form's
** capitals: "Ca" stays "Ca", and mid-sentence, where a capital is no
** sentence start, "Holocaust" stays "Holocaust", "Appeals" -> "Appeal".
** An exact (form, tag) pair of the treebank keeps its lemma.  NULL when
** the lemma stays. */
static const char *name_case(const pgn__tagger *t, const char *form, const char *lemma,
                             uint32_t tag, int mid, pgn__arena *arena) {
    if (case_class(form) != 1 || lemma == form || !tag_keeps_initial(t, tag)) return NULL;
    size_t fl = strlen(form), ll = strlen(lemma);
    if (fl >= 256 || ll >= 256 ||
        pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC, pgn__hstr(form, fl), tag, 0)) != PGN__NONE)
        return NULL;
    char lm[256];
    pgn__lower(lemma, lm, sizeof lm);
    /* a sentence's first word is capitalised anyway: only a lemma with
    ** capitals of its own ("MO") says it is a name */
    int caps = strcmp(lemma, lm) != 0;
    if (!mid && !caps) return NULL;
    /* a title's capitalised function word ("On", "Er"/NNP) is no name */
    if (!caps && known_lemma(t, lm, 0) && !known_lemma(t, lm, pgn__hstr("NOUN", 4)) &&
        !known_lemma(t, lm, pgn__hstr("PROPN", 5)) && !known_lemma(t, lm, pgn__hstr("ADJ", 3)))
        return NULL;
    return with_form_case(form, lemma, arena);
}

/* A capitalised common noun beside a name, mid-sentence, is part of it
** ("the Housing Development Authority"): the tagger's NN/NNS for it
** lower-cases the lemma, the treebank's NNP keeps the capital.  NULL when
** the lemma stays. */
static const char *noun_in_name(const pgn__tagger *t, const pgn__nlp_sent *s, uint32_t i,
                                pgn__arena *arena) {
    if (i == 0 || s->tag[i] >= t->n_tags || case_class(s->form[i]) != 1 ||
        strcmp(pgn__tagger_upos(t, s->tag[i]), "NOUN") != 0 || tag_keeps_initial(t, s->tag[i]))
        return NULL;
    int name = (case_class(s->form[i - 1]) == 1 && tag_keeps_initial(t, s->tag[i - 1])) ||
               (i + 1 < s->n && case_class(s->form[i + 1]) == 1 &&
                tag_keeps_initial(t, s->tag[i + 1]));
    return name ? with_form_case(s->form[i], s->lemma[i], arena) : NULL;
}

/* Whether most of a sentence's words are in capitals (a headline, a
** shouted line): at least two words with letters, half of them all
** capitals of two letters or more. */
static int capitals_line(const pgn__nlp_sent *s) {
    uint32_t words = 0, caps = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        int letters = 0;
        for (const char *c = s->form[i]; *c && !letters; c++)
            letters = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
        words += letters != 0;
        caps += case_class(s->form[i]) == 2 && strlen(s->form[i]) > 1;
    }
    return words >= 2 && 2 * caps >= words;
}

/* A name written in capitals is lemmatised with its capitals written as a
** name's ("MIRAMAR" -> "Miramar"), as the treebank does, unless it is an
** acronym: acronyms are short ("IAEA", "NYMEX"), so a word of six letters
** or more is a name in capitals, and in a line of capitals (a headline) so
** is one of five ("CRAZY HORSE").  Only for a tag whose capitalised words
** keep their capitals (NNP), a lemma equal to the form, and no exact
** (form, tag) pair of the treebank ("UNSCEAR" stays).  NULL when the lemma
** stays. */
static const char *caps_name(const pgn__tagger *t, const pgn__nlp_sent *s, uint32_t i,
                             int caps_line, pgn__arena *arena) {
    const char *form = s->form[i];
    size_t fl = strlen(form);
    if (case_class(form) != 2 || !alphabetic(form) || fl >= 256 || fl < (caps_line ? 5u : 6u) ||
        strcmp(s->lemma[i], form) != 0 || !tag_keeps_initial(t, s->tag[i]) ||
        pgn__smap_get(&t->lemma_exc, pgn__hf(K_EXC, pgn__hstr(form, fl), s->tag[i], 0)) !=
            PGN__NONE)
        return NULL;
    char out[256];
    pgn__lower(form, out, sizeof out);
    out[0] = form[0];
    return arena_str(arena, out, fl, NULL);
}

/* "'s" as an auxiliary is "be" ("she's leaving", "it's called") unless
** the next verb is a participle that only "have" takes ("he's been", "it's
** got", "she's had"); the treebank's lemma of "'s" follows the verb. */
void pgn__lemma_context(const pgn__tagger *t, pgn__nlp_sent *s, pgn__arena *arena) {
    static const char *const have_only[] = {"been", "got", "gotten", "had"};
    int caps_line = capitals_line(s);
    for (uint32_t i = 0; i < s->n; i++) {
        const char *named = name_case(t, s->form[i], s->lemma[i], s->tag[i], i > 0, arena);
        if (!named) named = noun_in_name(t, s, i, arena);
        if (!named) named = caps_name(t, s, i, caps_line, arena);
        if (named) s->lemma[i] = named;
    }
    for (uint32_t i = 0; i + 1 < s->n; i++) {
        const char *f = s->form[i];
        if (!(strcmp(f, "'s") == 0 || strcmp(f, "\xe2\x80\x99s") == 0 || strcmp(f, "'S") == 0) ||
            strcmp(pgn__tagger_upos(t, s->tag[i]), "AUX") != 0)
            continue;
        for (uint32_t j = i + 1; j < s->n && j <= i + 2; j++) {
            const char *x = pgn__tagger_xpos(t, s->tag[j]);
            if (x[0] != 'V' || x[1] != 'B') continue;
            char low[16];
            pgn__lower(s->form[j], low, sizeof low);
            for (size_t k = 0; k < sizeof have_only / sizeof *have_only; k++)
                if (strcmp(low, have_only[k]) == 0) s->lemma[i] = "have";
            break;
        }
    }
}
