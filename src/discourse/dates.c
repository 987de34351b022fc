/* src/discourse/dates.c -- finds and normalises time expressions.
**
** In: a byte range of document text and the document date.  Out:
** pgn__timex records (span, ISO 8601 value, grain, anchored flag), read by
** dates_doc.c.  The range is cut into words of its own (ASCII letter/digit
** runs and single punctuation marks) so that the recogniser works the same
** whatever tokenizer produced doc->tokens.
**
** The lexicon is a C table (lexicon below), not a data file: month and
** weekday names, number words and the few relative words are a closed
** class, and each entry carries a value (month number, weekday, unit) that
** the grammar code depends on; a data file could not add a word without
** adding code.  Words are matched case-insensitively; month and weekday
** names must be capitalised, as news style always writes them, which keeps
** "may" (the verb) and "march" (the verb) out.
**
** Resolution rules (documented choices):
**  - a day and month without a year ("July 5") take the year that puts the
**    date nearest the document date (a tie goes to the past);
**  - a bare weekday ("on Wednesday") is the most recent such day on or
**    before the document date, as news reports past events; when the
**    sentence has a future cue before it ("will", "'ll", "shall",
**    "scheduled", "upcoming") it is the next such day on or after it;
**    "last W" is strictly before, "next W" strictly after, "this W" in the
**    same ISO week;
**  - "last/next/this week|month|year" move the document date by one unit;
**    "earlier/later in the day|week|..." and "earlier this week" are the
**    document's own day/week/...;
**  - expressions relative to another event ("the next day", "two days
**    later", "that week") and vague ones ("a few days ago") are reported
**    with anchored = 0 and no value.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discourse/cues.h"
#include "discourse/timex.h"

/* ------------------------------------------------------------ words */

enum { SUF_NONE, SUF_ORD, SUF_S, SUF_OTHER };

typedef struct word {
    uint32_t start, end;  /* bytes */
    char low[16];         /* lower case; "" when longer (never a lexicon word) */
    char punct;           /* the mark for punctuation words, else 0 */
    int cap;              /* starts with an upper-case letter */
    int num;              /* value of the leading digits, -1 when none */
    int ndig;             /* number of leading digits */
    int suf;              /* SUF_*: what follows the digits */
    signed char month;    /* 1..12 for a month name (any case; abbreviation: -1..-12), else 0 */
    signed char wday;     /* 0..6 for a weekday name, else -1 */
    unsigned char starter; /* a lower-case word that can open an expression (starters) */
} word;

typedef PGN__VEC(word) word_vec;

/* a and b are equal; the first byte, compared inline, settles most
** comparisons of a word with a literal without a call. */
static int eq(const char *a, const char *b) { return a[0] == b[0] && strcmp(a, b) == 0; }

static int is_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

enum {
    D_STARTER = PGN__TIMEX_W_STARTER, D_MONTH_SHIFT = PGN__TIMEX_W_MONTH_SHIFT, D_MONTH_MASK = 63,
    D_WDAY_SHIFT = PGN__TIMEX_W_WDAY_SHIFT, D_WDAY_MASK = 7
};

static void classify(word *w, uint32_t bits);

/* Fills w's fields from its text; its bits in the table words are looked up
** by the hash taken as it is lower-cased (once per word, where the patterns
** compared it with the month, weekday and starter lists each time). */
static void fill_word(const char *text, const pgn__wordset *words, word *w) {
    size_t n = w->end - w->start;
    const char *s = text + w->start;
    w->punct = 0;
    w->cap = s[0] >= 'A' && s[0] <= 'Z';
    uint32_t bits = 0;
    if (n < sizeof w->low) {
        uint32_t h = PGN__CUES_HASH0;
        for (size_t k = 0; k < n; k++) {
            w->low[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
            h = pgn__cues_hash_step(h, (unsigned char)w->low[k]);
        }
        w->low[n] = 0;
        bits = pgn__wordset_bits(words, w->low, h);
    } else {
        w->low[0] = 0;
    }
    w->starter = (bits & D_STARTER) != 0;
    classify(w, bits);
    size_t d = 0;
    int v = 0;
    while (d < n && s[d] >= '0' && s[d] <= '9') {
        if (d < 6) v = v * 10 + (s[d] - '0');
        d++;
    }
    w->ndig = (int)d;
    w->num = d > 0 && d <= 6 ? v : -1;
    if (d == n) w->suf = SUF_NONE;
    else if (w->low[0] && (eq(w->low + d, "st") || eq(w->low + d, "nd") ||
                           eq(w->low + d, "rd") || eq(w->low + d, "th")))
        w->suf = SUF_ORD;
    else if (w->low[0] && eq(w->low + d, "s")) w->suf = SUF_S;
    else w->suf = SUF_OTHER;
}

/* Cuts text[off, end) into words; non-ASCII quotation marks and dashes are
** folded to their ASCII mark, other non-ASCII characters to '?'. */
static int lex(const char *text, size_t off, size_t end, const pgn__wordset *words, pgn__arena *a,
               word_vec *out) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = off;
    while (i < end) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        if (PGN__VEC_RESERVE(a, *out)) return PGN_ENOMEM;
        word *w = &out->v[out->n++];
        w->start = (uint32_t)i;
        if (is_alnum(c)) {
            while (i < end && is_alnum(s[i])) i++;
            w->end = (uint32_t)i;
            fill_word(text, words, w);
            continue;
        }
        size_t k = 1;
        char mark = (char)c;
        if (c >= 0x80) {
            while (i + k < end && (s[i + k] & 0xC0) == 0x80) k++;
            mark = '?';
            if (k == 3 && c == 0xE2 && s[i + 1] == 0x80) {
                unsigned char t = s[i + 2];
                if (t == 0x98 || t == 0x99) mark = '\'';
                else if (t == 0x9C || t == 0x9D) mark = '"';
                else if (t >= 0x90 && t <= 0x95) mark = '-';
            }
        }
        i += k;
        w->end = (uint32_t)i;
        w->low[0] = 0;
        w->punct = mark;
        w->cap = 0;
        w->num = -1;
        w->ndig = 0;
        w->suf = SUF_OTHER;
        w->month = 0;
        w->wday = -1;
        w->starter = 0;
    }
    return 0;
}

/* ---------------------------------------------------------- lexicon */

static const char *const months[12][3] = {
    {"january", "jan", NULL},  {"february", "feb", NULL}, {"march", "mar", NULL},
    {"april", "apr", NULL},    {"may", NULL, NULL},       {"june", "jun", NULL},
    {"july", "jul", NULL},     {"august", "aug", NULL},   {"september", "sept", "sep"},
    {"october", "oct", NULL},  {"november", "nov", NULL}, {"december", "dec", NULL},
};

static const char *const weekdays[7] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* A word's month and weekday from its bits (fill_word); names count only
** capitalised. */
static void classify(word *w, uint32_t bits) {
    w->month = 0;
    w->wday = -1;
    if (!w->cap || !w->low[0]) return;
    unsigned mc = (bits >> D_MONTH_SHIFT) & D_MONTH_MASK;
    if (mc) {
        unsigned m = (mc - 1) / 3, k = (mc - 1) % 3;
        w->month = (signed char)(k == 0 ? (int)m + 1 : -((int)m + 1));
        return;
    }
    unsigned d = (bits >> D_WDAY_SHIFT) & D_WDAY_MASK;
    if (d) w->wday = (signed char)(d - 1);
}

/* Number words that count units in "two days ago". */
static const char *const numbers[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve",
};

/* Words before a bare month or year that make it a date ("in March",
** "since 1988"). */
static const char *const triggers[] = {
    "in", "since", "by", "until", "till", "from", "during", "before", "after",
    "through", "of", "early", "late", "mid", "between", "around", "to",
    "last", "next", "this", "in", "year", "throughout", "for",
};

enum { U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_NONE };

static int unit_of(const char *low, int *plural) {
    static const char *const units[] = {"day", "week", "month", "year", "decade"};
    for (int u = 0; u < 5; u++) {
        size_t n = strlen(units[u]);
        if (strncmp(low, units[u], n) == 0 && (low[n] == 0 || (low[n] == 's' && !low[n + 1]))) {
            if (plural) *plural = low[n] == 's';
            return u;
        }
    }
    return U_NONE;
}

static int in_list(const char *low, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == low[0] && strcmp(low, list[i]) == 0) return 1;
    return 0;
}

#define IN_LIST(low, list) in_list((low), (list), sizeof(list) / sizeof((list)[0]))

/* ------------------------------------------------------------ scanner */

typedef struct scan {
    const char *text;
    const word *w;
    size_t n;
    const pgn__ymd *anchor;
} scan;

typedef struct result {
    size_t first, last;      /* word range, last inclusive */
    pgn_date_grain grain;
    int anchored;
    pgn__ymd date;
} result;

static int is(const scan *sc, size_t i, const char *low) {
    return i < sc->n && sc->w[i].low[0] == low[0] && strcmp(sc->w[i].low, low) == 0;
}

static int punct(const scan *sc, size_t i, char c) {
    return i < sc->n && sc->w[i].punct == c;
}

/* Words i and i+1 touch (no space between). */
static int glued(const scan *sc, size_t i) {
    return i + 1 < sc->n && sc->w[i].end == sc->w[i + 1].start;
}

/* Month at word i (capitalised; an abbreviation may take a '.'); sets *next
** to the word after it.  0 when none. */
static int month_at(const scan *sc, size_t i, size_t *next) {
    if (i >= sc->n || !sc->w[i].cap || !sc->w[i].month) return 0;
    int m = sc->w[i].month;
    *next = i + 1;
    if (m < 0) {
        /* "Jan" needs its full stop or a number after it. */
        if (punct(sc, i + 1, '.') && glued(sc, i)) *next = i + 2;
        else if (!(i + 1 < sc->n && sc->w[i + 1].num >= 0)) return 0;
        m = -m;
    }
    return m;
}

static int weekday_at(const scan *sc, size_t i) {
    if (i >= sc->n || !sc->w[i].cap) return -1;
    return sc->w[i].wday;
}

/* A day of the month at word i: 1..31, plain or ordinal, not the start of
** a larger number ("5,000", "5.5"). */
static int day_at(const scan *sc, size_t i) {
    if (i >= sc->n) return 0;
    const word *w = &sc->w[i];
    if (w->num < 1 || w->num > 31 || w->ndig > 2 || (w->suf != SUF_NONE && w->suf != SUF_ORD))
        return 0;
    if ((punct(sc, i + 1, ',') || punct(sc, i + 1, '.') || punct(sc, i + 1, ':')) && glued(sc, i) &&
        glued(sc, i + 1) && i + 2 < sc->n && sc->w[i + 2].ndig > 0)
        return 0;
    return w->num;
}

/* A year at word i: four plain digits, 1000..2999. */
static int year_at(const scan *sc, size_t i) {
    if (i >= sc->n) return 0;
    const word *w = &sc->w[i];
    if (w->ndig != 4 || w->suf != SUF_NONE || w->num < 1000 || w->num > 2999) return 0;
    if ((punct(sc, i + 1, ',') || punct(sc, i + 1, '.')) && glued(sc, i) && glued(sc, i + 1) &&
        i + 2 < sc->n && sc->w[i + 2].ndig > 0)
        return 0;
    return w->num;
}

static int count_at(const scan *sc, size_t i, int *vague) {
    *vague = 0;
    if (i >= sc->n) return -1;
    const word *w = &sc->w[i];
    if (w->num >= 0 && w->suf == SUF_NONE && w->ndig <= 4) return w->num;
    if (eq(w->low, "a") || eq(w->low, "an")) return 1;
    for (int k = 0; k < (int)(sizeof numbers / sizeof numbers[0]); k++)
        if (eq(w->low, numbers[k])) return k;
    if (eq(w->low, "several") || eq(w->low, "few") ||
        eq(w->low, "many") || eq(w->low, "some")) {
        *vague = 1;
        return 0;
    }
    return -1;
}

static long days_of(pgn__ymd d) { return pgn__cal_to_days(d); }

static pgn__ymd add_days(pgn__ymd d, long n) { return pgn__cal_from_days(days_of(d) + n); }

static pgn__ymd add_months(pgn__ymd d, int n) {
    int idx = d.y * 12 + (d.m - 1) + n;
    pgn__ymd r = {idx / 12, idx % 12 + 1, 1};
    return r;
}

/* Sets r to an anchored value. */
static void set(result *r, pgn__ymd date, pgn_date_grain grain) {
    r->date = date;
    r->grain = grain;
    r->anchored = 1;
}

static void unanchored(result *r, pgn_date_grain grain) {
    r->anchored = 0;
    r->grain = grain;
}

/* Day and month without a year: the year putting it nearest the anchor. */
static void resolve_day_month(const scan *sc, int m, int d, result *r) {
    if (!sc->anchor) {
        unanchored(r, PGN_GRAIN_DAY);
        return;
    }
    long a = days_of(*sc->anchor);
    long best_diff = 0;
    int found = 0;
    for (int y = sc->anchor->y - 1; y <= sc->anchor->y + 1; y++) {
        if (!pgn__cal_valid(y, m, d)) continue;
        pgn__ymd c = {y, m, d};
        long diff = days_of(c) - a;
        long ad = diff < 0 ? -diff : diff;
        long bd = best_diff < 0 ? -best_diff : best_diff;
        if (!found || ad < bd || (ad == bd && diff < 0)) {
            best_diff = diff;
            found = 1;
            r->date = c;
        }
    }
    if (!found) {
        unanchored(r, PGN_GRAIN_DAY);
        return;
    }
    set(r, r->date, PGN_GRAIN_DAY);
}

static void resolve_month(const scan *sc, int m, const char *mod, result *r) {
    if (!sc->anchor) {
        unanchored(r, PGN_GRAIN_MONTH);
        return;
    }
    int ay = sc->anchor->y, am = sc->anchor->m, y = ay;
    if (eq(mod, "last")) y = m < am ? ay : ay - 1;
    else if (eq(mod, "next")) y = m > am ? ay : ay + 1;
    else if (eq(mod, "this")) y = ay;
    else {
        /* nearest, ties to the past */
        int best = 99;
        for (int c = ay - 1; c <= ay + 1; c++) {
            int diff = (c * 12 + m) - (ay * 12 + am);
            int ad = diff < 0 ? -diff : diff;
            int bd = best < 0 ? -best : best;
            if (best == 99 || ad < bd || (ad == bd && diff < 0)) {
                best = diff;
                y = c;
            }
        }
    }
    pgn__ymd d = {y, m, 1};
    set(r, d, PGN_GRAIN_MONTH);
}

/* A future cue ("will", "'ll", "shall", "scheduled", "upcoming") between the
** start of the sentence and word i. */
static int future_before(const scan *sc, size_t i) {
    while (i-- > 0) {
        const word *w = &sc->w[i];
        if (w->punct == '.' || w->punct == '!' || w->punct == '?') {
            /* "Sept." and "Jan." do not end a sentence; a full stop after a
            ** lower-case word or a number does. */
            if (i > 0 && sc->w[i - 1].cap && strlen(sc->w[i - 1].low) <= 4) continue;
            return 0;
        }
        if (eq(w->low, "will") || eq(w->low, "shall") ||
            eq(w->low, "scheduled") || eq(w->low, "upcoming") ||
            (eq(w->low, "ll") && i > 0 && sc->w[i - 1].punct == '\''))
            return 1;
    }
    return 0;
}

static void resolve_weekday(const scan *sc, int wd, const char *mod, size_t at, result *r) {
    if (!sc->anchor) {
        unanchored(r, PGN_GRAIN_DAY);
        return;
    }
    int aw = pgn__cal_weekday(*sc->anchor);
    long back = (aw - wd + 7) % 7, fwd = (wd - aw + 7) % 7, delta;
    if (eq(mod, "last") || eq(mod, "past")) delta = back ? -back : -7;
    else if (eq(mod, "next")) delta = fwd ? fwd : 7;
    else if (eq(mod, "coming")) delta = fwd;
    else if (eq(mod, "this")) delta = wd - aw;
    else delta = future_before(sc, at) ? fwd : -back;
    set(r, add_days(*sc->anchor, delta), PGN_GRAIN_DAY);
}

static const char *const parts_of_day[] = {"morning", "afternoon", "evening", "night", "overnight"};

/* Month-first dates: "July 5", "July 5th, 2022", "Sept. 11", "March 2014",
** and a bare month after a trigger word. */
static int match_month(const scan *sc, size_t i, result *r) {
    size_t j;
    int m = month_at(sc, i, &j);
    if (!m) return 0;
    int d = day_at(sc, j);
    if (d) {
        size_t k = j + 1, y_at = punct(sc, k, ',') ? k + 1 : k;
        int y = year_at(sc, y_at);
        if (y) {
            if (!pgn__cal_valid(y, m, d)) return 0;
            pgn__ymd date = {y, m, d};
            set(r, date, PGN_GRAIN_DAY);
            r->last = y_at;
            return 1;
        }
        if (d > pgn__cal_month_days(2000, m)) return 0;
        resolve_day_month(sc, m, d, r);
        r->last = j;
        return 1;
    }
    size_t y_at = punct(sc, j, ',') ? j + 1 : j;
    int y = year_at(sc, y_at);
    if (y) {
        pgn__ymd date = {y, m, 1};
        set(r, date, PGN_GRAIN_MONTH);
        r->last = y_at;
        return 1;
    }
    /* A bare month needs a trigger before it. */
    const char *mod = "";
    if (i > 0) {
        size_t p = i - 1;
        if (punct(sc, p, '-') && p > 0) p--; /* "mid-July" */
        const char *pw = sc->w[p].low;
        if (!IN_LIST(pw, triggers)) return 0;
        if (eq(pw, "last") || eq(pw, "next") || eq(pw, "this")) {
            mod = pw;
            r->first = p;
        }
    } else {
        return 0;
    }
    resolve_month(sc, m, mod, r);
    r->last = j - 1;
    return 1;
}

/* Day-first dates: "5 July", "5th of July 2022". */
static int match_day_first(const scan *sc, size_t i, result *r) {
    int d = day_at(sc, i);
    if (!d) return 0;
    size_t j = i + 1;
    if (is(sc, j, "of")) j++;
    size_t k;
    int m = month_at(sc, j, &k);
    if (!m) return 0;
    size_t y_at = punct(sc, k, ',') ? k + 1 : k;
    int y = year_at(sc, y_at);
    if (y) {
        if (!pgn__cal_valid(y, m, d)) return 0;
        pgn__ymd date = {y, m, d};
        set(r, date, PGN_GRAIN_DAY);
        r->last = y_at;
        return 1;
    }
    if (d > pgn__cal_month_days(2000, m)) return 0;
    resolve_day_month(sc, m, d, r);
    r->last = k - 1;
    return 1;
}

/* ISO 8601 calendar dates written out: 2022-07-05. */
static int match_iso(const scan *sc, size_t i, result *r) {
    if (i + 4 >= sc->n || sc->w[i].ndig != 4 || sc->w[i].suf != SUF_NONE) return 0;
    if (!punct(sc, i + 1, '-') || !punct(sc, i + 3, '-')) return 0;
    for (size_t k = i; k < i + 4; k++)
        if (!glued(sc, k)) return 0;
    const word *mw = &sc->w[i + 2], *dw = &sc->w[i + 4];
    if (mw->ndig != 2 || mw->suf != SUF_NONE || dw->ndig != 2 || dw->suf != SUF_NONE) return 0;
    if (!pgn__cal_valid(sc->w[i].num, mw->num, dw->num)) return 0;
    pgn__ymd date = {sc->w[i].num, mw->num, dw->num};
    set(r, date, PGN_GRAIN_DAY);
    r->last = i + 4;
    return 1;
}

/* Weekdays: "on Wednesday", "Monday night", "last Friday", and "Wednesday,
** July 6" (the explicit date wins). */
static int match_weekday(const scan *sc, size_t i, result *r) {
    int wd = weekday_at(sc, i);
    if (wd < 0) return 0;
    size_t j = i + 1;
    if (j < sc->n && IN_LIST(sc->w[j].low, parts_of_day)) j++;
    if (punct(sc, j, ',')) {
        result r2 = *r;
        r2.first = j + 1;
        if (match_month(sc, j + 1, &r2) && r2.grain == PGN_GRAIN_DAY && r2.first == j + 1) {
            *r = r2;
            r->first = i;
            return 1;
        }
    }
    const char *mod = "";
    if (i > 0) {
        const char *pw = sc->w[i - 1].low;
        if (eq(pw, "last") || eq(pw, "next") || eq(pw, "this") ||
            eq(pw, "coming") || eq(pw, "past")) {
            mod = pw;
            r->first = i - 1;
            if (eq(pw, "past") && i > 1 && is(sc, i - 2, "this")) r->first = i - 2;
            if (eq(pw, "coming") && i > 1 && is(sc, i - 2, "this")) r->first = i - 2;
        }
    }
    resolve_weekday(sc, wd, mod, r->first, r);
    r->last = j - 1;
    return 1;
}

/* Moves the anchor by n units and sets the value at that unit's grain. */
static void shift_unit(const scan *sc, int unit, long n, result *r) {
    pgn__ymd a = *sc->anchor, d;
    switch (unit) {
    case U_DAY: set(r, add_days(a, n), PGN_GRAIN_DAY); break;
    case U_WEEK: set(r, add_days(a, 7 * n), PGN_GRAIN_WEEK); break;
    case U_MONTH: set(r, add_months(a, (int)n), PGN_GRAIN_MONTH); break;
    case U_YEAR:
        d.y = a.y + (int)n;
        d.m = 1;
        d.d = 1;
        set(r, d, PGN_GRAIN_YEAR);
        break;
    default:
        d.y = a.y + 10 * (int)n;
        d.m = 1;
        d.d = 1;
        set(r, d, PGN_GRAIN_DECADE);
        break;
    }
}

static pgn_date_grain grain_of_unit(int unit) {
    static const pgn_date_grain g[] = {PGN_GRAIN_DAY, PGN_GRAIN_WEEK, PGN_GRAIN_MONTH,
                                       PGN_GRAIN_YEAR, PGN_GRAIN_DECADE};
    return unit >= 0 && unit < 5 ? g[unit] : PGN_GRAIN_DAY;
}

/* Words naming a day: "yesterday", "today", "last night", "this morning",
** "the day before yesterday". */
static int match_deictic(const scan *sc, size_t i, result *r) {
    const char *w = i < sc->n ? sc->w[i].low : "";
    long delta;
    size_t last = i;
    if (eq(w, "yesterday")) delta = -1;
    else if (eq(w, "today") || eq(w, "tonight")) delta = 0;
    else if (eq(w, "tomorrow")) delta = 1;
    else if (eq(w, "last") && is(sc, i + 1, "night")) {
        delta = -1;
        last = i + 1;
    } else if (eq(w, "this") && i + 1 < sc->n &&
               (is(sc, i + 1, "morning") || is(sc, i + 1, "afternoon") || is(sc, i + 1, "evening"))) {
        delta = 0;
        last = i + 1;
    } else if (eq(w, "the") && is(sc, i + 1, "day") &&
               (is(sc, i + 2, "before") || is(sc, i + 2, "after")) &&
               (is(sc, i + 3, "yesterday") || is(sc, i + 3, "tomorrow"))) {
        delta = is(sc, i + 3, "yesterday") ? -2 : 2;
        last = i + 3;
    } else {
        return 0;
    }
    if ((eq(w, "yesterday") || eq(w, "tomorrow")) && i + 1 < sc->n &&
        IN_LIST(sc->w[i + 1].low, parts_of_day))
        last = i + 1;
    r->last = last;
    if (!sc->anchor) unanchored(r, PGN_GRAIN_DAY);
    else set(r, add_days(*sc->anchor, delta), PGN_GRAIN_DAY);
    return 1;
}

/* "last week", "next month", "this year", "last weekend"; "the next day",
** "the following week", "that day", "the same day" (unanchored). */
static int match_relative(const scan *sc, size_t i, result *r) {
    if (i + 1 >= sc->n) return 0;
    const char *w = sc->w[i].low;
    int plural = 0;
    if (eq(w, "the") && is(sc, i + 1, "day") &&
        (is(sc, i + 2, "before") || is(sc, i + 2, "after"))) {
        r->last = i + 2;
        unanchored(r, PGN_GRAIN_DAY);
        return 1;
    }
    if (eq(w, "the") || eq(w, "that")) {
        size_t j = i + 1;
        int is_that = eq(w, "that");
        if (!is_that) {
            const char *m = sc->w[j].low;
            if (!(eq(m, "next") || eq(m, "following") ||
                  eq(m, "previous") || eq(m, "same") ||
                  eq(m, "preceding")))
                return 0;
            j++;
        }
        if (j >= sc->n) return 0;
        int u = unit_of(sc->w[j].low, &plural);
        if (u == U_NONE || u == U_DECADE || plural) return 0;
        /* "the day before" counts as one expression. */
        r->last = j;
        unanchored(r, grain_of_unit(u));
        return 1;
    }
    if (!eq(w, "last") && !eq(w, "next") && !eq(w, "this") &&
        !eq(w, "past") && !eq(w, "coming"))
        return 0;
    const char *u_low = sc->w[i + 1].low;
    if (eq(u_low, "weekend")) {
        if (!sc->anchor) {
            unanchored(r, PGN_GRAIN_WEEK);
        } else {
            /* The weekend's Saturday decides its ISO week. */
            int aw = pgn__cal_weekday(*sc->anchor);
            long back = (aw - 5 + 7) % 7, fwd = (5 - aw + 7) % 7, delta;
            if (eq(w, "last") || eq(w, "past")) delta = back ? -back : -7;
            else if (eq(w, "next")) delta = fwd ? fwd + (aw >= 5 ? 0 : 7) : 7;
            else delta = aw == 6 ? -1 : fwd;
            set(r, add_days(*sc->anchor, delta), PGN_GRAIN_WEEK);
        }
        r->last = i + 1;
        return 1;
    }
    int u = unit_of(u_low, &plural);
    if (u == U_NONE || plural || u == U_DAY) return 0;
    /* "the past week" is a duration, not a date. */
    if (eq(w, "past") || eq(w, "coming")) return 0;
    r->last = i + 1;
    if (!sc->anchor) {
        unanchored(r, grain_of_unit(u));
        return 1;
    }
    long n = eq(w, "last") ? -1 : eq(w, "next") ? 1 : 0;
    shift_unit(sc, u, n, r);
    return 1;
}

/* "two days ago", "a year ago"; "two days later" (unanchored). */
static int match_ago(const scan *sc, size_t i, result *r) {
    int vague;
    size_t j = i;
    if (is(sc, i, "a") && is(sc, i + 1, "few")) j = i + 1;
    int n = count_at(sc, j, &vague);
    if (n < 0 || j + 2 >= sc->n) return 0;
    int plural = 0;
    int u = unit_of(sc->w[j + 1].low, &plural);
    if (u == U_NONE) return 0;
    const char *after = sc->w[j + 2].low;
    int ago = eq(after, "ago");
    int rel = eq(after, "later") || eq(after, "earlier") ||
              eq(after, "afterwards") || eq(after, "before");
    if (!ago && !rel) return 0;
    r->last = j + 2;
    if (!ago || vague || !sc->anchor) {
        unanchored(r, grain_of_unit(u));
        return 1;
    }
    shift_unit(sc, u, -(long)n, r);
    return 1;
}

/* "earlier in the day", "later in the week", "earlier today". */
static int match_earlier(const scan *sc, size_t i, result *r) {
    if (!is(sc, i, "earlier") && !is(sc, i, "later")) return 0;
    int u;
    if (is(sc, i + 1, "today")) {
        u = U_DAY;
        r->last = i + 1;
    } else if (is(sc, i + 1, "in") && is(sc, i + 2, "the") && i + 3 < sc->n &&
               (u = unit_of(sc->w[i + 3].low, NULL)) != U_NONE && u != U_DECADE &&
               sc->w[i + 3].low[strlen(sc->w[i + 3].low) - 1] != 's') {
        r->last = i + 3;
    } else {
        return 0;
    }
    if (!sc->anchor) unanchored(r, grain_of_unit(u));
    else shift_unit(sc, u, 0, r);
    return 1;
}

/* Decades: "the 1990s", "1990s", "the '90s". */
static int match_decade(const scan *sc, size_t i, result *r) {
    size_t j = i;
    if (is(sc, i, "the")) j++;
    int apos = 0;
    if (punct(sc, j, '\'') && glued(sc, j)) {
        apos = 1;
        j++;
    }
    if (j >= sc->n) return 0;
    const word *w = &sc->w[j];
    if (w->suf != SUF_S || w->num < 0 || w->num % 10 != 0) return 0;
    int y;
    if (w->ndig == 4 && !apos) {
        if (w->num < 1000) return 0;
        y = w->num;
    } else if (w->ndig == 2 && (apos || j > i)) {
        int cut = sc->anchor ? sc->anchor->y % 100 : 29;
        y = w->num <= cut ? 2000 + w->num : 1900 + w->num;
    } else {
        return 0;
    }
    pgn__ymd d = {y, 1, 1};
    set(r, d, PGN_GRAIN_DECADE);
    r->last = j;
    return 1;
}

/* A bare year after a trigger word: "in 1988", "since 2014". */
static int match_year(const scan *sc, size_t i, result *r) {
    int y = year_at(sc, i);
    if (!y || i == 0) return 0;
    size_t p = i - 1;
    if (punct(sc, p, '-') && p > 0) p--;
    if (!IN_LIST(sc->w[p].low, triggers)) return 0;
    /* A range "2014-2016" or a count "in 2000 cases" is no year. */
    if (punct(sc, i + 1, '-') && glued(sc, i) && i + 2 < sc->n && sc->w[i + 2].ndig > 0) return 0;
    pgn__ymd d = {y, 1, 1};
    set(r, d, PGN_GRAIN_YEAR);
    r->last = i;
    return 1;
}

/* Lower-case words that can open an expression; any other word that
** neither starts with a digit nor is capitalised is skipped at once (most
** words of a text), which keeps the scanner cheap. */
static const char *const starters[] = {
    "a", "an", "coming", "earlier", "eight", "eleven", "few", "five", "four", "last",
    "later", "many", "next", "nine", "one", "past", "seven", "several", "six", "some",
    "ten", "that", "the", "this", "three", "today", "tomorrow", "tonight", "twelve", "two",
    "yesterday", "zero"};

static int may_start(const word *w) {
    if (w->punct) return w->punct == '\'';   /* "the '90s" */
    if (w->ndig > 0 || (w->cap && (w->month || w->wday >= 0))) return 1;
    return w->starter;
}

typedef int (*matcher)(const scan *, size_t, result *);

/* Tries every pattern at word i; early/late/mid and earlier/later before a
** pattern widen its span ("early next week", "late 2021"). */
static int match_at(const scan *sc, size_t i, result *r) {
    static const matcher order[] = {match_iso,     match_weekday, match_month,    match_day_first,
                                    match_deictic, match_earlier, match_relative, match_ago,
                                    match_decade,  match_year};
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        r->first = i;
        r->last = i;
        r->anchored = 0;
        if (order[k](sc, i, r)) return 1;
    }
    return 0;
}

static const char *const widen[] = {"early", "late", "mid", "earlier", "later"};

int pgn__timex_words(pgn__arena *a, pgn__wordset *out) {
    enum { N_LISTS = 1 + 12 * 3 + 7 };
    pgn__word_list lists[N_LISTS];
    size_t n = 0;
    lists[n++] = (pgn__word_list){starters, sizeof starters / sizeof starters[0], D_STARTER};
    for (unsigned m = 0; m < 12; m++)
        for (unsigned k = 0; k < 3 && months[m][k]; k++)
            lists[n++] = (pgn__word_list){&months[m][k], 1, (1 + m * 3 + k) << D_MONTH_SHIFT};
    for (unsigned d = 0; d < 7; d++) lists[n++] = (pgn__word_list){&weekdays[d], 1, (d + 1) << D_WDAY_SHIFT};
    return pgn__wordset_build(a, lists, n, out);
}

int pgn__timex_scan(const char *text, size_t off, size_t end, const pgn__ymd *anchor,
                    pgn__arena *arena, pgn__timex_vec *out) {
    pgn__wordset words;
    if (pgn__timex_words(arena, &words)) return PGN_ENOMEM;
    return pgn__timex_scan_words(&words, text, off, end, anchor, arena, out);
}

int pgn__timex_scan_words(const pgn__wordset *table, const char *text, size_t off, size_t end,
                          const pgn__ymd *anchor, pgn__arena *arena, pgn__timex_vec *out) {
    word_vec words = {0};
    if (end > off && lex(text, off, end, table, arena, &words)) return PGN_ENOMEM;
    scan sc = {text, words.v, words.n, anchor};
    for (size_t i = 0; i < sc.n;) {
        result r;
        if (!may_start(&sc.w[i])) {
            i++;
            continue;
        }
        memset(&r, 0, sizeof r);
        if (!match_at(&sc, i, &r)) {
            i++;
            continue;
        }
        size_t first = r.first;
        /* "early next week", "mid-July", "late 2021" */
        if (first > 0) {
            size_t p = first - 1;
            if (punct(&sc, p, '-') && p > 0 && is(&sc, p - 1, "mid")) p--;
            if (IN_LIST(sc.w[p].low, widen) && !sc.w[p].punct) first = p;
        }
                if (PGN__VEC_RESERVE(arena, *out)) return PGN_ENOMEM;
        pgn__timex *t = &out->v[out->n++];
        memset(t, 0, sizeof *t);
        t->start = sc.w[first].start;
        t->end = sc.w[r.last].end;
        t->grain = r.grain;
        t->anchored = r.anchored;
        t->date = r.date;
        if (r.anchored) pgn__timex_format(r.date, r.grain, t->value);
        i = r.last + 1;
    }
    return 0;
}

void pgn__timex_format(pgn__ymd d, pgn_date_grain grain, char *buf) {
    /* Formatted into a roomy buffer, then copied: values are at most 10
    ** bytes for any year 0..9999, which the clamps guarantee. */
    char tmp[64];
    unsigned y = d.y < 0 ? 0u : d.y > 9999 ? 9999u : (unsigned)d.y;
    unsigned m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;
    int wy, wk;
    switch (grain) {
    case PGN_GRAIN_DAY: snprintf(tmp, sizeof tmp, "%04u-%02u-%02u", y, m, dd); break;
    case PGN_GRAIN_WEEK:
        pgn__cal_iso_week(d, &wy, &wk);
        snprintf(tmp, sizeof tmp, "%04u-W%02u", wy < 0 ? 0u : (unsigned)wy % 10000u,
                 (unsigned)wk % 100u);
        break;
    case PGN_GRAIN_MONTH: snprintf(tmp, sizeof tmp, "%04u-%02u", y, m); break;
    case PGN_GRAIN_YEAR: snprintf(tmp, sizeof tmp, "%04u", y); break;
    default: snprintf(tmp, sizeof tmp, "%03u", y / 10u); break;
    }
    size_t n = strlen(tmp);
    if (n > 15) n = 15;
    memcpy(buf, tmp, n);
    buf[n] = 0;
}
