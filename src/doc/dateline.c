/* src/doc/dateline.c -- the dateline opening a wire story: "MOSCOW, July 5
** (Reuters) -", "WASHINGTON (AP) —", "KYIV, Ukraine, July 5 (Reuters) -",
** "New Delhi, July 5 (PTI):".
**
** Only the first paragraph is looked at.  A place alone before a dash
** counts only when written in capitals, the wire convention; in other
** case a date or an agency in parentheses must follow it, so that "Turkey
** - which ..." is not taken for a dateline.
*/
#include <string.h>

#include "clean_int.h"
#include "timestamp.h"

#define DATELINE_MAX 120
#define PLACE_WORDS 5

static int word_start(unsigned char c) { return pgn__is_upper(c) || c >= 0x80; }

/* A place word: letters (any script), '.', '-', '\''; returns its end. */
static size_t place_word(const char *s, size_t i, size_t n) {
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (pgn__is_alpha(c) || c >= 0x80 || c == '.' || c == '-' || c == '\'') i++;
        else break;
    }
    return i;
}

static int is_month_at(const char *s, size_t n) {
    size_t used;
    return pgn__month_name(s, n, &used) && (used == n || !pgn__is_alpha((unsigned char)s[used]));
}

/* The separator after a dateline: '-', "--", en or em dash, or ':'.
** Returns its length (0 when none); *colon set for ':'. */
static size_t separator(const char *s, size_t i, size_t n, int *colon) {
    *colon = 0;
    if (i < n && s[i] == ':') {
        *colon = 1;
        return 1;
    }
    if (i + 1 < n && s[i] == '-' && s[i + 1] == '-') return 2;
    if (i < n && s[i] == '-') return 1;
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 3;
    return 0;
}

static size_t skip_sp(const char *s, size_t i, size_t n) {
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    return i;
}

int pgn__dateline(pgn_doc *doc, const char *s, size_t n, size_t *dl_len,
                  size_t *body) {
    if (n > DATELINE_MAX + 8) n = DATELINE_MAX + 8;   /* only the start matters */
    size_t i = 0;
    if (i >= n || !word_start((unsigned char)s[0])) return 0;
    /* The place: capitalised words, and at most one ", Region". */
    size_t place_end = 0, first_part_end = 0;
    int words = 0, regions = 0;
    for (;;) {
        size_t e = place_word(s, i, n);
        if (e == i || ++words > PLACE_WORDS) return 0;
        i = place_end = e;
        if (i + 1 < n && s[i] == ' ' && word_start((unsigned char)s[i + 1]) &&
            !is_month_at(s + i + 1, n - i - 1)) {
            i++;
            continue;
        }
        if (regions == 0 && i + 2 < n && s[i] == ',' && s[i + 1] == ' ' &&
            word_start((unsigned char)s[i + 2]) && !is_month_at(s + i + 2, n - i - 2)) {
            first_part_end = i;
            regions++;
            i += 2;
            continue;
        }
        break;
    }
    if (!first_part_end) first_part_end = place_end;
    int caps = 0, lower = 0;
    for (size_t k = 0; k < first_part_end; k++) {
        caps += pgn__is_upper((unsigned char)s[k]);
        lower += pgn__is_lower((unsigned char)s[k]);
    }
    int all_caps = caps >= 2 && lower == 0;
    /* ", July 5" or ", July 5, 2022". */
    int has_date = 0;
    size_t j = i;
    if (j < n && s[j] == ',') j = skip_sp(s, j + 1, n);
    size_t used;
    if (j < n && pgn__month_name(s + j, n - j, &used)) {
        size_t d = skip_sp(s, j + used, n);
        size_t ds = d;
        while (d < n && d - ds < 2 && s[d] >= '0' && s[d] <= '9') d++;
        if (d > ds) {
            has_date = 1;
            i = d;
            if (i + 6 <= n && s[i] == ',' && s[i + 1] == ' ') {
                size_t y = i + 2, ys = y;
                while (y < n && y - ys < 4 && s[y] >= '0' && s[y] <= '9') y++;
                if (y - ys == 4) i = y;
            }
        }
    }
    /* "(Reuters)". */
    size_t ag_a = 0, ag_b = 0;
    j = skip_sp(s, i, n);
    if (j < n && s[j] == '(') {
        size_t close = j + 1;
        while (close < n && close - j < 40 && s[close] != ')' && s[close] != '(') close++;
        if (close < n && s[close] == ')' && close > j + 1 &&
            word_start((unsigned char)s[j + 1])) {
            ag_a = j + 1;
            ag_b = close;
            i = close + 1;
        }
    }
    j = skip_sp(s, i, n);
    int colon;
    size_t sep = separator(s, j, n, &colon);
    if (!sep) return 0;
    size_t end = j + sep;
    if (end < n && s[end] != ' ' && s[end] != '\t') return 0;
    int has_agency = ag_b > ag_a;
    if (colon ? !(has_date || has_agency) : !(all_caps || has_date || has_agency))
        return 0;
    if (end > DATELINE_MAX) return 0;
    size_t b = skip_sp(s, end, n);
    if (b >= n) return 0;   /* nothing after it: not a dateline */
    *dl_len = end;
    *body = b;
    pgn_doc_meta *m = &doc->meta;
    if (!m->dateline) {
        if (!(m->dateline = pgn__arena_strndup(doc->arena, s, end)) ||
            !(m->dateline_place = pgn__arena_strndup(doc->arena, s, place_end)))
            return PGN_ENOMEM;
        if (has_agency &&
            !(m->dateline_agency = pgn__arena_strndup(doc->arena, s + ag_a, ag_b - ag_a)))
            return PGN_ENOMEM;
    }
    return 1;
}
