/* src/discourse/cues.c -- parses the cue lexicon (cues.h). */
#include "discourse/cues.h"

#include <string.h>

#include "base/error.h"

extern const char pgn__quote_cues_txt[];
extern const size_t pgn__quote_cues_txt_len;

/* FNV-1a: the table is built for every document without a model, and
** every word is looked up, so hashing must be cheap; the lexicon is small
** and collisions are few. */
static uint32_t hash(const char *s) {
    uint32_t h = PGN__CUES_HASH0;
    for (; *s; s++) h = pgn__cues_hash_step(h, (unsigned char)*s);
    return h;
}

int pgn__cues_parse(const char *text, size_t len, const char *name, pgn__arena *a,
                    pgn__cues *out, pgn_error *err) {
    PGN__VEC(pgn__cue) v = {0};
    size_t i = 0;
    long line = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n') e++;
        line++;
        size_t s = i, t = e;
        i = e + 1;
        if (t > s && text[t - 1] == '\r') t--;
        if (t == s || text[s] == '#') continue;
        const char *tab = memchr(text + s, '\t', t - s);
        if (!tab)
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)s,
                            "want a cue form, a tab and a kind");
        size_t flen = (size_t)(tab - (text + s));
        const char *kind = tab + 1;
        size_t klen = t - (size_t)(kind - text);
        pgn__cue_kind k;
        if (klen == 6 && memcmp(kind, "speech", 6) == 0) k = PGN__CUE_SPEECH;
        else if (klen == 6 && memcmp(kind, "belief", 6) == 0) k = PGN__CUE_BELIEF;
        else if (klen == 8 && memcmp(kind, "evidence", 8) == 0) k = PGN__CUE_EVIDENCE;
        else
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)(kind - text),
                            "unknown cue kind \"%.*s\" (speech, belief or evidence)",
                            (int)(klen > 40 ? 40 : klen), kind);
        unsigned words = 1;
        if (flen == 0 || flen > 40 || text[s] == ' ' || text[s + flen - 1] == ' ')
            return pgn__err(err, PGN_ESYNTAX, name, line, (long)s, "bad cue form");
        for (size_t k2 = s; k2 < s + flen; k2++) {
            char c = text[k2];
            if (c == ' ') {
                if (text[k2 - 1] == ' ')
                    return pgn__err(err, PGN_ESYNTAX, name, line, (long)k2, "double space in cue");
                words++;
            } else if (!(c >= 'a' && c <= 'z') && c != '-' && c != '\'') {
                return pgn__err(err, PGN_ESYNTAX, name, line, (long)k2,
                                "cue forms are lower-case ASCII words");
            }
        }
        if (PGN__VEC_RESERVE(a, v)) return pgn__err(err, PGN_ENOMEM, name, line, -1, "no memory");
        pgn__cue *c = &v.v[v.n++];
        if (!(c->form = pgn__arena_strndup(a, text + s, flen)))
            return pgn__err(err, PGN_ENOMEM, name, line, -1, "no memory");
        c->hash = hash(c->form);
        c->n_words = words;
        c->kind = k;
        c->line = line;
    }
    /* a quarter full at most: a word that is no cue (most are) ends its
    ** probe on an empty slot, or on a hash of another cue, seldom later */
    size_t n_slots = 16;
    while (n_slots < 4 * v.n) n_slots *= 2;
    uint32_t *slots = pgn__arena_calloc(a, n_slots, sizeof *slots);
    if (!slots) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory");
    for (size_t p = 0; p < v.n; p++) {
        size_t h = v.v[p].hash & (n_slots - 1);
        while (slots[h]) {
            if (strcmp(v.v[slots[h] - 1].form, v.v[p].form) == 0)
                return pgn__err(err, PGN_EDUPLICATE, name, v.v[p].line, -1,
                                "cue \"%s\" listed twice", v.v[p].form);
            h = (h + 1) & (n_slots - 1);
        }
        slots[h] = (uint32_t)p + 1;
    }
    out->v = v.v;
    out->n = v.n;
    out->slots = slots;
    out->n_slots = n_slots;
    memset(&out->words, 0, sizeof out->words);   /* not built */
    return 0;
}

int pgn__cues_builtin(pgn__arena *a, pgn__cues *out, pgn_error *err) {
    return pgn__cues_parse(pgn__quote_cues_txt, pgn__quote_cues_txt_len,
                           "data/lexicon/quote_cues.txt", a, out, err);
}

const pgn__cue *pgn__cues_find_hashed(const pgn__cues *c, const char *low, uint32_t hv) {
    if (!c->n_slots) return NULL;
    size_t h = hv & (c->n_slots - 1);
    while (c->slots[h]) {
        const pgn__cue *e = &c->v[c->slots[h] - 1];
        if (e->hash == hv && strcmp(e->form, low) == 0) return e;
        h = (h + 1) & (c->n_slots - 1);
    }
    return NULL;
}

const pgn__cue *pgn__cues_find(const pgn__cues *c, const char *low) {
    return pgn__cues_find_hashed(c, low, hash(low));
}

/* The slot of low (hash h) in slots[n_slots]: its own, or the empty one
** where it would go. */
static size_t word_slot(const pgn__wordset *s, const char *low, uint32_t h) {
    size_t k = h & (s->n_slots - 1);
    for (; s->slots[k]; k = (k + 1) & (s->n_slots - 1)) {
        const pgn__word_bits *e = &s->v[s->slots[k] - 1];
        if (e->hash == h && strcmp(e->form, low) == 0) break;
    }
    return k;
}

int pgn__wordset_build(pgn__arena *a, const pgn__word_list *lists, size_t n, pgn__wordset *out) {
    size_t total = 0;
    for (size_t l = 0; l < n; l++) total += lists[l].n;
    memset(out, 0, sizeof *out);
    out->n_slots = 16;
    while (out->n_slots < 4 * total) out->n_slots *= 2;
    out->slots = pgn__arena_calloc(a, out->n_slots, sizeof *out->slots);
    out->v = pgn__arena_alloc(a, (total ? total : 1) * sizeof *out->v);
    if (!out->slots || !out->v) return PGN_ENOMEM;
    for (size_t l = 0; l < n; l++) {
        for (size_t w = 0; w < lists[l].n; w++) {
            const char *form = lists[l].words[w];
            uint32_t h = hash(form);
            size_t k = word_slot(out, form, h);
            if (!out->slots[k]) {
                out->v[out->n] = (pgn__word_bits){form, h, 0};
                out->slots[k] = (uint32_t)++out->n;
            }
            out->v[out->slots[k] - 1].bits |= lists[l].bit;
        }
    }
    return 0;
}

uint32_t pgn__wordset_bits(const pgn__wordset *s, const char *low, uint32_t h) {
    size_t k = word_slot(s, low, h);
    return s->slots[k] ? s->v[s->slots[k] - 1].bits : 0;
}
