/* src/doc/ts_line.c -- timestamp lines: "Updated July 5th, 2022 at 17:05
** IST", "Published: Jul 05, 2022, 17:05 IST | Updated: ...", or a line that
** is only a date-time.  Cue words and their role (published or updated)
** are in data/lexicon/timestamp_cues.txt.
**
** A cue followed by a number but no date we can read ("Updated 2 hours
** ago") still makes a short line a timestamp line, but sets nothing.  A
** bare date-time line is taken as the publication time when it sits in the
** header (before the body): pages print the date they went out there.  At
** the end of an article a bare date is more often a correction's date.
*/
#include <string.h>

#include "clean_int.h"
#include "timestamp.h"

#define TS_LINE_MAX 200
#define MAX_PARTS 4

typedef struct ts_part {
    int cued;               /* a cue word said which time it is */
    int updated;            /* role: 1 updated, 0 published */
    int has_value;
    pgn__timestamp ts;
} ts_part;

static int has_digit(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9') return 1;
    return 0;
}

/* Reads one "[cue] [:|on|at] date-time" part from s[*i, n). */
static int read_part(const pgn__cues *cx, const char *s, size_t n, size_t *i,
                     ts_part *p) {
    size_t a = *i;
    while (a < n && (s[a] == ' ' || s[a] == '\t')) a++;
    const char *role = NULL;
    size_t role_len = 0;
    size_t cue = pgn__match_cue(&cx->timestamp, s + a, n - a, &role, &role_len);
    memset(p, 0, sizeof *p);
    size_t b = a + cue;
    if (cue) {
        p->cued = 1;
        p->updated = role_len == 7 && memcmp(role, "updated", 7) == 0;
        for (;;) {
            while (b < n && (s[b] == ' ' || s[b] == '\t' || s[b] == ':' || s[b] == '-'))
                b++;
            if (n - b >= 3 && pgn__ascii_iprefix(s + b, n - b, "on ", 3)) b += 3;
            else if (n - b >= 3 && pgn__ascii_iprefix(s + b, n - b, "at ", 3)) b += 3;
            else break;
        }
    }
    size_t used = pgn__timestamp_parse(s + b, n - b, &p->ts);
    size_t e = used ? b + used : b;
    /* The part ends at '|', ';' or '·' (U+00B7), or the end of the line. */
    size_t end = e;
    while (end < n && s[end] != '|' && s[end] != ';' &&
           !((unsigned char)s[end] == 0xC2 && end + 1 < n &&
             (unsigned char)s[end + 1] == 0xB7))
        end++;
    size_t k = e;
    while (k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '.' || s[k] == ','))
        k++;
    if (used && k == end) {
        p->has_value = 1;
    } else if (!cue || b >= end || s[b] < '0' || s[b] > '9' ||
               pgn__count_words(s + a, end - a, 12) > 10) {
        return 0;
    }
    *i = end < n ? end + ((unsigned char)s[end] == 0xC2 ? 2 : 1) : end;
    return 1;
}

static int set_ts(pgn_doc *doc, const char **field, const pgn__timestamp *t) {
    if (*field) return 0;
    char iso[PGN__TS_MAX];
    pgn__timestamp_format(t, iso);
    return (*field = pgn__arena_strdup(doc->arena, iso)) ? 0 : PGN_ENOMEM;
}

int pgn__cue_timestamp(const pgn__cues *cx, pgn_doc *doc, const char *s, size_t n,
                       int in_header) {
    if (n > TS_LINE_MAX || !has_digit(s, n)) return 0;
    ts_part parts[MAX_PARTS];
    int n_parts = 0;
    size_t i = 0;
    while (i < n) {
        if (n_parts == MAX_PARTS || !read_part(cx, s, n, &i, &parts[n_parts]))
            return 0;
        n_parts++;
    }
    for (int p = 0; p < n_parts; p++) {
        if (!parts[p].has_value || (!parts[p].cued && !in_header)) continue;
        const char **f = parts[p].updated ? &doc->meta.updated : &doc->meta.published;
        if (set_ts(doc, f, &parts[p].ts)) return PGN_ENOMEM;
    }
    return n_parts > 0;
}
