/* src/doc/clean_int.h -- what the cleaner's files share (internal).
**
** clean.c divides the text into lines and blocks and calls the line
** classifiers: ts_line.c (timestamp lines), credit.c (image credits),
** byline.c (bylines and "(Reporting by ...)" trailers), boilerplate.c
** (advertisement markers, share/subscribe lines...), and dateline.c on the
** first paragraph.  Each classifier is given one trimmed line and fills the
** document's metadata when the line is of its kind.
*/
#ifndef PGN_DOC_CLEAN_INT_H
#define PGN_DOC_CLEAN_INT_H

#include <stddef.h>

#include "doc.h"
#include "lexicon.h"

/* Each returns 1 when s[0, n) is a line of its kind (metadata filled when
** not already set), 0 when not, or PGN_ENOMEM. */
/* in_header: no body text but a headline came before the line; a bare
** date-time line counts as the publication time only there. */
int pgn__cue_timestamp(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n,
                       int in_header);
int pgn__cue_credit(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n);
int pgn__cue_byline(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n);
int pgn__cue_boilerplate(const pgn__cues *cx, const char *s, size_t n);

/* When the paragraph s[0, n) opens with a dateline ("MOSCOW, July 5
** (Reuters) -"), sets *dl_len to its length (through the dash), *body to
** where the text after it starts, fills meta.dateline* when unset, and
** returns 1; else 0 (or PGN_ENOMEM). */
int pgn__dateline(pgn_doc *doc, const char *s, size_t n, size_t *dl_len,
                  size_t *body);

/* Narrows [*a, *b) past HTML tags at its two ends ("<p>", "</p>", "<br/>")
** and the blanks between them; returns 1 when any were passed.  Feeds
** sometimes keep the markup of paragraphs; inline tags are left alone. */
int pgn__skip_edge_tags(const char *s, size_t *a, size_t *b);

/* Agency names (data/lexicon/agencies.txt), compared without case. */
int pgn__is_agency(const pgn__cues *cx, const char *s, size_t n);

/* --- small text helpers ------------------------------------------------ */

static inline int pgn__is_blank(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Length of a blank at s (ASCII blank, no-break space, BOM, zero-width
** space), or 0. */
static inline size_t pgn__blank_len(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && pgn__is_blank(u[0])) return 1;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0) return 2;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) return 3;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B) return 3;
    return 0;
}

/* Trims blanks on both sides of [*a, *b) in s. */
static inline void pgn__trim(const char *s, size_t *a, size_t *b) {
    size_t k;
    while (*a < *b && (k = pgn__blank_len(s + *a, *b - *a))) *a += k;
    for (;;) {
        if (*b > *a && pgn__is_blank((unsigned char)s[*b - 1])) (*b)--;
        else if (*b >= *a + 2 && (unsigned char)s[*b - 2] == 0xC2 &&
                 (unsigned char)s[*b - 1] == 0xA0) *b -= 2;
        else if (*b >= *a + 3 && (unsigned char)s[*b - 3] == 0xE2 &&
                 (unsigned char)s[*b - 2] == 0x80 &&
                 (unsigned char)s[*b - 1] == 0x8B) *b -= 3;
        else break;
    }
}

static inline int pgn__is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int pgn__is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int pgn__is_alpha(unsigned char c) {
    return pgn__is_upper(c) || pgn__is_lower(c);
}
static inline int pgn__is_alnum(unsigned char c) {
    return pgn__is_alpha(c) || (c >= '0' && c <= '9');
}

/* Words (runs of non-blanks) in s[0, n), counting at most cap. */
static inline size_t pgn__count_words(const char *s, size_t n, size_t cap) {
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n && w < cap; i++) {
        int b = s[i] == ' ' || s[i] == '\t';
        if (!b && !in) w++;
        in = !b;
    }
    return w;
}

/* Last character ends a sentence or a quotation: . ! ? : ; " ' ) ] and
** their typographic forms (… ” ’). */
int pgn__ends_terminal(const char *s, size_t n);

/* Longest cue of the lexicon (role in field 0, cue in field 1) that s
** starts with, followed by a non-letter.  Returns its length and sets
** *role; 0 when none. */
size_t pgn__match_cue(const pgn__cue_list *l, const char *s, size_t n,
                      const char **role, size_t *role_len);

#endif
