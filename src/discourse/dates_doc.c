/* src/discourse/dates_doc.c -- time expressions of a document.
**
** Runs dates.c over each sentence of a document (so removed blocks yield
** nothing), maps each expression to its sentence, tokens and character
** offsets, and answers the events stage's question "what is the date of
** this clause" (pgn__date_of_token).  Also the public accessors.
*/
#include <string.h>

#include "base/error.h"
#include "discourse/cues.h"
#include "discourse/discourse.h"

struct pgn__discourse *pgn__discourse_of(pgn_doc *doc) {
    if (!doc->discourse) doc->discourse = pgn__arena_calloc(doc->arena, 1, sizeof *doc->discourse);
    return doc->discourse;
}

/* Character offset of byte b, counting from a known (byte, char) pair. */
static uint32_t chars_to(const char *text, uint32_t from_byte, uint32_t from_char, uint32_t b) {
    uint32_t c = from_char;
    for (uint32_t i = from_byte; i < b; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) c++;
    return c;
}

int pgn__dates_find(pgn_doc *doc, const pgn__ymd *anchor, pgn_error *err) {
    struct pgn__discourse *dc = pgn__discourse_of(doc);
    if (!dc) return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "no memory for dates");
    memset(&dc->dates, 0, sizeof dc->dates);
    dc->has_anchor = anchor != NULL;
    if (anchor) dc->anchor = *anchor;
    pgn__wordset words;
    if (pgn__timex_words(doc->arena, &words))
        return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "no memory for dates");
    for (size_t s = 0; s < doc->sentences.n; s++) {
        const pgn__sentence *st = &doc->sentences.v[s];
        size_t before = dc->dates.n;
        if (pgn__timex_scan_words(&words, doc->text, st->start, st->end, anchor, doc->arena, &dc->dates))
            return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "no memory for dates");
        uint32_t tok = st->first, tok_end = st->first + st->n_tokens;
        for (size_t k = before; k < dc->dates.n; k++) {
            pgn__timex *t = &dc->dates.v[k];
            t->sentence = (uint32_t)s;
            if (!(t->text = pgn__arena_strndup(doc->arena, doc->text + t->start, t->end - t->start)))
                return pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1, "no memory for dates");
            t->cstart = chars_to(doc->text, st->start, st->cstart, t->start);
            t->cend = chars_to(doc->text, t->start, t->cstart, t->end);
            /* Tokens overlapping the expression. */
            while (tok < tok_end && doc->tokens.v[tok].end <= t->start) tok++;
            t->first = tok;
            uint32_t l = tok;
            while (l < tok_end && doc->tokens.v[l].start < t->end) l++;
            t->last = l;
        }
    }
    return 0;
}

/* ------------------------------------------------- clause of a token */

int pgn__is_clausal_rel(const char *deprel) {
    static const char *const rels[] = {"root", "ccomp", "advcl", "acl", "parataxis", "xcomp", "csubj"};
    if (!deprel) return 0;
    for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++) {
        size_t n = strlen(rels[i]);
        if (strncmp(deprel, rels[i], n) == 0 && (deprel[n] == 0 || deprel[n] == ':')) return 1;
    }
    return 0;
}

uint32_t pgn__clause_head(const pgn_doc *doc, const pgn__sentence *st, uint32_t tok) {
    uint32_t cur = tok;
    for (uint32_t steps = 0; steps <= st->n_tokens; steps++) {
        const pgn__token *t = &doc->tokens.v[cur];
        if (pgn__is_clausal_rel(t->deprel) || t->head <= 0 || (uint32_t)t->head > st->n_tokens) return cur;
        /* A conjunct verb heads its own clause. */
        if (t->deprel && strcmp(t->deprel, "conj") == 0 && t->upos &&
            (strcmp(t->upos, "VERB") == 0 || strcmp(t->upos, "AUX") == 0))
            return cur;
        cur = st->first + (uint32_t)t->head - 1;
    }
    return cur;
}

const pgn__sentence *pgn__sentence_of(const pgn_doc *doc, uint32_t tok, size_t *index) {
    size_t lo = 0, hi = doc->sentences.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const pgn__sentence *s = &doc->sentences.v[mid];
        if (tok < s->first) hi = mid;
        else if (tok >= s->first + s->n_tokens) lo = mid + 1;
        else {
            *index = mid;
            return s;
        }
    }
    return NULL;
}

/* Words that open a new clause when they follow a comma or dash. */
static int opens_clause(const char *form) {
    static const char *const w[] = {"which", "who", "whom", "whose", "while", "whereas", "but",
                                    "although", "though", "because", "and", "when", "after",
                                    "before", "as", "since", "where", "saying", "adding"};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
        if (strcmp(form, w[i]) == 0) return 1;
    return 0;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* Token b begins a new clause (a boundary lies between b-1 and b). */
static int boundary_before(const pgn_doc *doc, uint32_t b) {
    const char *prev = doc->tokens.v[b - 1].form, *cur = doc->tokens.v[b].form;
    if (!prev || !cur) return 0;
    if (ends_with(prev, ";") || ends_with(prev, ":") || strcmp(cur, ";") == 0) return 1;
    if (ends_with(prev, "\"") || ends_with(prev, "\xE2\x80\x9D") || strcmp(cur, "\"") == 0 ||
        strncmp(cur, "\xE2\x80\x9C", 3) == 0)
        return 1;
    char low[16];
    const char *w = cur;
    if (strcmp(cur, ",") == 0 || strcmp(cur, "-") == 0 || strcmp(cur, "\xE2\x80\x94") == 0) return 0;
    size_t n = strlen(w);
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i <= n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    int after_comma = ends_with(prev, ",") || strcmp(prev, "-") == 0 || ends_with(prev, "\xE2\x80\x94");
    return after_comma && opens_clause(low);
}

uint32_t pgn__timex_head(const pgn_doc *doc, const pgn__sentence *st, const pgn__timex *t) {
    for (uint32_t x = t->first; x < t->last; x++) {
        int32_t hd = doc->tokens.v[x].head;
        uint32_t hi = hd > 0 ? st->first + (uint32_t)hd - 1 : UINT32_MAX;
        if (hi < t->first || hi >= t->last) return x;
    }
    return t->first;
}

const pgn__timex *pgn__date_of_token(const pgn_doc *doc, uint32_t tok) {
    const struct pgn__discourse *dc = doc->discourse;
    size_t si;
    if (!dc || tok >= doc->tokens.n) return NULL;
    const pgn__sentence *st = pgn__sentence_of(doc, tok, &si);
    if (!st) return NULL;
    int parsed = doc->tokens.v[tok].deprel != NULL;
    const pgn__timex *best = NULL;
    long best_dist = 0;
    if (parsed) {
        uint32_t h = pgn__clause_head(doc, st, tok);
        for (size_t k = 0; k < dc->dates.n; k++) {
            const pgn__timex *t = &dc->dates.v[k];
            if (t->sentence != si || t->first >= t->last) continue;
            if (pgn__clause_head(doc, st, pgn__timex_head(doc, st, t)) == h) return t;
        }
        return NULL;
    }
    uint32_t lo = tok, hi = tok + 1, end = st->first + st->n_tokens;
    while (lo > st->first && !boundary_before(doc, lo)) lo--;
    while (hi < end && !boundary_before(doc, hi)) hi++;
    for (size_t k = 0; k < dc->dates.n; k++) {
        const pgn__timex *t = &dc->dates.v[k];
        if (t->sentence != si || t->first < lo || t->last > hi || t->first >= t->last) continue;
        long d = t->first > tok ? (long)t->first - tok : (long)tok - (long)t->last;
        if (d < 0) d = 0;
        if (!best || d < best_dist) {
            best = t;
            best_dist = d;
        }
    }
    return best;
}

const pgn__timex *pgn__date_in_range(const pgn_doc *doc, uint32_t first, uint32_t last) {
    const struct pgn__discourse *dc = doc->discourse;
    if (!dc) return NULL;
    for (size_t k = 0; k < dc->dates.n; k++) {
        const pgn__timex *t = &dc->dates.v[k];
        if (t->first >= first && t->last <= last && t->first < t->last) return &dc->dates.v[k];
    }
    return NULL;
}

/* ------------------------------------------------------- public API */

static const char *const grain_names[PGN_GRAIN__COUNT] = {"day", "week", "month", "year", "decade"};

const char *pgn_date_grain_name(pgn_date_grain g) {
    return (unsigned)g < PGN_GRAIN__COUNT ? grain_names[g] : "unknown";
}

int pgn_doc_find_dates(pgn_doc *doc, const char *anchor, pgn_error *err) {
    pgn__err_clear(err);
    if (!doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL document");
    pgn__ymd a;
    int have = 0;
    if (anchor) {
        if (pgn__cal_parse_iso(anchor, &a))
            return pgn__err(err, PGN_EINVAL, NULL, -1, -1,
                            "document date \"%.32s\" is not YYYY-MM-DD", anchor);
        have = 1;
    } else {
        have = pgn__cal_parse_iso(doc->meta.published, &a) == 0 ||
               pgn__cal_parse_iso(doc->meta.updated, &a) == 0;
    }
    return pgn__dates_find(doc, have ? &a : NULL, err);
}

size_t pgn_doc_n_dates(const pgn_doc *doc) {
    return doc && doc->discourse ? doc->discourse->dates.n : 0;
}

int pgn_doc_date(const pgn_doc *doc, size_t i, pgn_date_view *out) {
    if (!doc || !out || i >= pgn_doc_n_dates(doc)) return PGN_EINVAL;
    const pgn__timex *t = &doc->discourse->dates.v[i];
    const pgn__sentence *st = &doc->sentences.v[t->sentence];
    out->start = t->cstart;
    out->end = t->cend;
    out->byte_start = t->start;
    out->byte_end = t->end;
    out->sentence = t->sentence;
    out->first_token = t->first - st->first;
    out->last_token = t->last - st->first;
    out->grain = t->grain;
    out->anchored = t->anchored;
    out->value = t->anchored ? t->value : NULL;
    out->text = t->text;
    return 0;
}

/* ------------------------------------------------ dates of clauses */

/* The token covering byte b (the nearest one starting before it), or
** UINT32_MAX when no token does. */
static uint32_t token_at(const pgn_doc *doc, uint32_t b) {
    size_t lo = 0, hi = doc->tokens.n;
    while (lo < hi) {   /* the last token starting at or before b */
        size_t mid = (lo + hi) / 2;
        if (doc->tokens.v[mid].start <= b) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0 || doc->tokens.v[lo - 1].end <= b) return UINT32_MAX;
    return (uint32_t)(lo - 1);
}

const char *pgn__day_at(const pgn_doc *doc, uint32_t byte, int *any_date) {
    if (any_date) *any_date = 0;
    uint32_t tok = token_at(doc, byte);
    if (tok == UINT32_MAX) return NULL;
    const pgn__timex *t = pgn__date_of_token(doc, tok);
    if (!t) return NULL;
    if (any_date) *any_date = 1;
    return t->anchored && t->grain == PGN_GRAIN_DAY ? t->value : NULL;
}
