/* src/doc/timestamp.c -- parsing and formatting news timestamps.
**
** A small recursive-descent parser over bytes: an optional weekday, then a
** date (ISO, "Month D, YYYY" or "D Month YYYY"), then an optional time
** ("17:05", "17.05", "5:05 PM", "5 p.m.") and zone ("IST", "(IST)",
** "GMT+5:30", "+0530", "Z"); or a time and zone first, then the date.
** Everything is validated (day in month, hour, minute) so that a body
** sentence starting with a number is not taken for a date.
*/
#include "timestamp.h"

#include <stdio.h>
#include <string.h>

#include "lexicon.h"

typedef struct cur {
    const char *s;
    size_t n, i;
} cur;

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int peek(const cur *c) { return c->i < c->n ? (unsigned char)c->s[c->i] : -1; }

static void skip_spaces(cur *c) {
    while (c->i < c->n) {
        unsigned char ch = (unsigned char)c->s[c->i];
        if (ch == ' ' || ch == '\t') c->i++;
        else if (ch == 0xC2 && c->i + 1 < c->n &&
                 (unsigned char)c->s[c->i + 1] == 0xA0)
            c->i += 2;  /* no-break space */
        else break;
    }
}

/* Up to max digits (at least min); -1 when fewer. */
static int number(cur *c, int min, int max) {
    int v = 0, k = 0;
    while (k < max && is_digit(peek(c))) {
        v = v * 10 + (c->s[c->i] - '0');
        c->i++;
        k++;
    }
    if (k < min || is_digit(peek(c))) return -1;
    return v;
}

/* A word of letters at the cursor (not consumed); its length. */
static size_t word_len(const cur *c) {
    size_t k = c->i;
    while (k < c->n && is_alpha((unsigned char)c->s[k])) k++;
    return k - c->i;
}

static int word_is(const cur *c, size_t n, const char *w) {
    return n == strlen(w) && pgn__ascii_ieq(c->s + c->i, n, w, n);
}

static const char *const months[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};

/* "July", "Jul", "Jul.", "Sept", "Sept." -> 1..12, or 0. */
static int month(cur *c) {
    size_t n = word_len(c);
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(months[m]);
        int ok = (n == full || n == 3 || (m == 8 && n == 4)) &&
                 pgn__ascii_ieq(c->s + c->i, n, months[m], n);
        if (ok) {
            c->i += n;
            if (n < full && peek(c) == '.') c->i++;
            return m + 1;
        }
    }
    return 0;
}

int pgn__month_name(const char *s, size_t n, size_t *used) {
    cur c = {s, n, 0};
    int m = month(&c);
    if (m) *used = c.i;
    return m;
}

static const char *const weekdays[7] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

/* "Tue", "Tues", "Tuesday", "Thu", "Thurs" with an optional '.' and ','. */
static int weekday(cur *c) {
    size_t n = word_len(c);
    if (n < 3) return 0;
    for (int d = 0; d < 7; d++) {
        size_t full = strlen(weekdays[d]);
        if ((n == 3 || n == full || (n == 4 && (d == 1 || d == 3)) ||
             (n == 5 && d == 3)) &&
            pgn__ascii_ieq(c->s + c->i, n, weekdays[d], n)) {
            c->i += n;
            if (peek(c) == '.') c->i++;
            skip_spaces(c);
            if (peek(c) == ',') c->i++;
            skip_spaces(c);
            return 1;
        }
    }
    return 0;
}

static int days_in_month(int y, int m) {
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

static int valid_date(const pgn__timestamp *t) {
    return t->year >= 1800 && t->year <= 2200 && t->month >= 1 &&
           t->month <= 12 && t->day >= 1 &&
           t->day <= days_in_month(t->year, t->month);
}

/* "5", "05", "5th", "1st", "22nd", "3rd". */
static int day_number(cur *c) {
    int d = number(c, 1, 2);
    if (d < 0) return -1;
    size_t n = word_len(c);
    if (n == 2 && (word_is(c, n, "st") || word_is(c, n, "nd") ||
                   word_is(c, n, "rd") || word_is(c, n, "th")))
        c->i += 2;
    else if (n > 0)
        return -1;
    return d;
}

/* "July 5, 2022" / "July 5th 2022" / "Jul. 05, 2022". */
static int date_mdy(cur *c, pgn__timestamp *t) {
    size_t save = c->i;
    if (!(t->month = month(c))) goto no;
    skip_spaces(c);
    if ((t->day = day_number(c)) < 0) goto no;
    if (peek(c) == ',') c->i++;
    skip_spaces(c);
    if ((t->year = number(c, 4, 4)) < 0) goto no;
    return 1;
no:
    c->i = save;
    return 0;
}

/* "5 July 2022" / "5th July, 2022" / "05 Jul 2022". */
static int date_dmy(cur *c, pgn__timestamp *t) {
    size_t save = c->i;
    if ((t->day = day_number(c)) < 0) goto no;
    skip_spaces(c);
    if (peek(c) == '-') goto no;
    if (!(t->month = month(c))) goto no;
    if (peek(c) == ',') c->i++;
    skip_spaces(c);
    if ((t->year = number(c, 4, 4)) < 0) goto no;
    return 1;
no:
    c->i = save;
    return 0;
}

/* "2022-07-05" (the time is read by iso_time). */
static int date_iso(cur *c, pgn__timestamp *t) {
    size_t save = c->i;
    if ((t->year = number(c, 4, 4)) < 0 || peek(c) != '-') goto no;
    c->i++;
    if ((t->month = number(c, 2, 2)) < 0 || peek(c) != '-') goto no;
    c->i++;
    if ((t->day = number(c, 2, 2)) < 0) goto no;
    return 1;
no:
    c->i = save;
    return 0;
}

/* "+05:30", "+0530", "+05", "-0800" -> minutes; 1 when read. */
static int numeric_offset(cur *c, int *minutes) {
    size_t save = c->i;
    int sign = peek(c);
    if (sign != '+' && sign != '-' && !(sign == 0xE2 && c->i + 2 < c->n &&
                                        (unsigned char)c->s[c->i + 1] == 0x88 &&
                                        (unsigned char)c->s[c->i + 2] == 0x92)) {
        return 0;
    }
    c->i += sign == 0xE2 ? 3 : 1;   /* U+2212 minus sign */
    int neg = sign != '+';
    size_t nd = 0;
    while (c->i + nd < c->n && is_digit((unsigned char)c->s[c->i + nd])) nd++;
    int h, m = 0;
    if (nd == 4) {   /* "+0530" */
        h = (c->s[c->i] - '0') * 10 + (c->s[c->i + 1] - '0');
        m = (c->s[c->i + 2] - '0') * 10 + (c->s[c->i + 3] - '0');
        c->i += 4;
    } else {         /* "+5", "+05", "+05:30" */
        if ((h = number(c, 1, 2)) < 0) goto no;
        if (peek(c) == ':' && (m = (c->i++, number(c, 2, 2))) < 0) goto no;
    }
    if (h > 14 || m > 59) goto no;
    *minutes = (neg ? -1 : 1) * (h * 60 + m);
    return 1;
no:
    c->i = save;
    return 0;
}

int pgn__timezone_offset(const char *abbr, size_t len, int *minutes) {
    pgn__lex_cursor lc = {0, 0};
    pgn__lex_entry e;
    while (pgn__lex_next(&pgn__lex_timezones, &lc, &e)) {
        if (e.n_fields < 2 || e.n[0] != len || memcmp(e.f[0], abbr, len) != 0)
            continue;
        cur c = {e.f[1], e.n[1], 0};
        return numeric_offset(&c, minutes) && c.i == c.n ? 0 : -1;
    }
    return -1;
}

/* A zone after a time: "IST", "(IST)", "GMT+5:30", "UTC", "+05:30", "Z".
** Abbreviations must be upper case: "at" or "est" in prose are words. */
static int zone(cur *c, pgn__timestamp *t) {
    size_t save = c->i;
    int off;
    if (peek(c) == 'Z' && !is_alpha(c->i + 1 < c->n ? (unsigned char)c->s[c->i + 1] : 0)) {
        c->i++;
        t->has_offset = 1;
        t->offset_min = 0;
        return 1;
    }
    if (numeric_offset(c, &off)) {
        t->has_offset = 1;
        t->offset_min = off;
        return 1;
    }
    skip_spaces(c);
    int paren = peek(c) == '(';
    if (paren) c->i++;
    size_t ws = c->i;
    while (c->i < c->n && c->s[c->i] >= 'A' && c->s[c->i] <= 'Z') c->i++;
    size_t n = c->i - ws;
    if (n < 1 || n > 5 || is_alpha(peek(c))) goto no;
    if (n == 1 && c->s[ws] != 'Z') goto no;
    if (n == 1) off = 0;
    else if (pgn__timezone_offset(c->s + ws, n, &off)) goto no;
    /* "GMT+5:30", "UTC-04:00": the offset given wins. */
    if ((word_is(&(cur){c->s, c->n, ws}, n, "GMT") ||
         word_is(&(cur){c->s, c->n, ws}, n, "UTC"))) {
        int extra;
        if (numeric_offset(c, &extra)) off = extra;
    }
    if (paren) {
        if (peek(c) != ')') goto no;
        c->i++;
    }
    t->has_offset = 1;
    t->offset_min = off;
    return 1;
no:
    c->i = save;
    return 0;
}

/* "AM", "PM", "a.m.", "p.m.", "am", "pm" -> 1 am, 2 pm, 0 none. */
static int meridiem(cur *c) {
    size_t save = c->i;
    skip_spaces(c);
    int ch = lower(peek(c));
    if (ch != 'a' && ch != 'p') goto no;
    c->i++;
    if (peek(c) == '.') c->i++;
    if (lower(peek(c)) != 'm') goto no;
    c->i++;
    if (peek(c) == '.') c->i++;
    if (is_alpha(peek(c))) goto no;
    return ch == 'a' ? 1 : 2;
no:
    c->i = save;
    return 0;
}

/* "17:05", "17:05:30", "17.05", "5:05 PM", "5 p.m." then a zone. */
static int clock(cur *c, pgn__timestamp *t, int iso) {
    size_t save = c->i;
    int h = number(c, 1, 2), m = 0, s = 0;
    if (h < 0) goto no;
    int sep = peek(c);
    int have_min = 0;
    if (sep == ':' || (sep == '.' && !iso)) {
        c->i++;
        if ((m = number(c, 2, 2)) < 0) goto no;
        have_min = 1;
        if (peek(c) == ':') {
            c->i++;
            if ((s = number(c, 2, 2)) < 0) goto no;
            /* Fractions of a second (ISO) are dropped. */
            if (peek(c) == '.' || peek(c) == ',') {
                size_t k = c->i + 1;
                while (k < c->n && is_digit((unsigned char)c->s[k])) k++;
                if (k > c->i + 1) c->i = k;
            }
        }
    }
    int ap = iso ? 0 : meridiem(c);
    if (!have_min && !ap) goto no;   /* a bare number is not a time */
    if (ap) {
        if (h < 1 || h > 12) goto no;
        h = h % 12 + (ap == 2 ? 12 : 0);
    }
    if (h > 23 || m > 59 || s > 60) goto no;
    t->has_time = 1;
    t->hour = h;
    t->min = m;
    t->sec = s;
    if (!iso) skip_spaces(c);
    size_t before_zone = c->i;
    if (!zone(c, t)) c->i = before_zone;
    return 1;
no:
    c->i = save;
    return 0;
}

/* Between a date and its time: blanks, ',', '|', '-', '@', "at", "on". */
static void time_separator(cur *c) {
    for (;;) {
        skip_spaces(c);
        int ch = peek(c);
        if (ch == ',' || ch == '|' || ch == '-' || ch == '@' || ch == '/') {
            c->i++;
            continue;
        }
        size_t n = word_len(c);
        if (n == 2 && word_is(c, n, "at")) {
            c->i += 2;
            continue;
        }
        return;
    }
}

static int any_date(cur *c, pgn__timestamp *t) {
    return date_mdy(c, t) || date_dmy(c, t);
}

size_t pgn__timestamp_parse(const char *s, size_t len, pgn__timestamp *ts) {
    pgn__timestamp t;
    memset(&t, 0, sizeof t);
    cur c = {s, len, 0};
    skip_spaces(&c);
    if (date_iso(&c, &t)) {
        size_t after_date = c.i;
        if (peek(&c) == 'T' || peek(&c) == ' ') {
            c.i++;
            if (!clock(&c, &t, 1)) c.i = after_date;
        }
        if (t.has_time && !t.has_offset) {
            size_t z = c.i;
            skip_spaces(&c);
            if (!zone(&c, &t)) c.i = z;
        }
    } else {
        weekday(&c);
        size_t start = c.i;
        if (any_date(&c, &t)) {
            size_t after_date = c.i;
            time_separator(&c);
            if (!clock(&c, &t, 0)) c.i = after_date;
        } else {
            /* Time first: "17:05 IST, 5 July 2022", "5:05 PM EST July 5, 2022". */
            c.i = start;
            if (!clock(&c, &t, 0)) return 0;
            time_separator(&c);
            weekday(&c);
            if (!any_date(&c, &t)) return 0;
        }
    }
    if (!valid_date(&t)) return 0;
    /* Trailing blanks are not part of the timestamp. */
    while (c.i > 0 && (s[c.i - 1] == ' ' || s[c.i - 1] == '\t')) c.i--;
    *ts = t;
    return c.i;
}

void pgn__timestamp_format(const pgn__timestamp *t, char out[PGN__TS_MAX]) {
    if (!t->has_time) {
        snprintf(out, PGN__TS_MAX, "%04d-%02d-%02d", t->year, t->month, t->day);
        return;
    }
    int n = snprintf(out, PGN__TS_MAX, "%04d-%02d-%02dT%02d:%02d:%02d", t->year,
                     t->month, t->day, t->hour, t->min, t->sec);
    if (t->has_offset && n > 0 && n < PGN__TS_MAX) {
        int off = t->offset_min;
        char sign = off < 0 ? '-' : '+';
        if (off < 0) off = -off;
        snprintf(out + n, (size_t)(PGN__TS_MAX - n), "%c%02d:%02d", sign,
                 off / 60, off % 60);
    }
}

int pgn__timestamp_normalize(const char *s, size_t len, char out[PGN__TS_MAX]) {
    pgn__timestamp t;
    size_t k = 0;
    while (k < len && (s[k] == ' ' || s[k] == '\t')) k++;
    size_t used = pgn__timestamp_parse(s + k, len - k, &t);
    if (!used) return -1;
    size_t e = k + used;
    while (e < len && (s[e] == ' ' || s[e] == '\t' || s[e] == '\r' || s[e] == '\n'))
        e++;
    if (e != len) return -1;
    pgn__timestamp_format(&t, out);
    return 0;
}
