/* src/discourse/timex.h -- time expressions (internal).
**
** dates.c finds and normalises time expressions in a byte range of text
** against a document date; dates_doc.c runs it over a document's sentences,
** maps the spans to tokens and characters, and answers "what is the date
** of this clause" for the events stage.
*/
#ifndef PGN_DISCOURSE_TIMEX_H
#define PGN_DISCOURSE_TIMEX_H

#include <stdint.h>

#include "base/arena.h"
#include "discourse/calendar.h"
#include "peregrine.h"

typedef struct pgn__timex {
    uint32_t start, end;       /* byte offsets into the text */
    uint32_t cstart, cend;     /* character offsets (filled by dates_doc.c) */
    uint32_t sentence;         /* doc->sentences index (dates_doc.c) */
    uint32_t first, last;      /* doc->tokens range, last exclusive (dates_doc.c) */
    pgn_date_grain grain;
    int anchored;              /* 0: needs an anchor we do not have */
    pgn__ymd date;             /* first day of the period when anchored */
    const char *text;          /* as written, in the arena (dates_doc.c) */
    char value[16];            /* ISO 8601 (see pgn__timex_format); "" when unanchored */
} pgn__timex;

typedef PGN__VEC(pgn__timex) pgn__timex_vec;

/* Finds the time expressions in text[off, end) and appends them to out.
** anchor is the document date, or NULL when unknown (then only expressions
** carrying their own year are anchored).  text needs no NUL terminator
** inside the range.  Returns 0 or PGN_ENOMEM. */
int pgn__timex_scan(const char *text, size_t off, size_t end,
                    const pgn__ymd *anchor, pgn__arena *arena,
                    pgn__timex_vec *out);

/* The table of the words the scanner looks up (month and weekday names,
** the words that can open an expression), in a: built once a document
** (dates_doc.c), where pgn__timex_scan builds it for each call. */
struct pgn__wordset;
int pgn__timex_words(pgn__arena *a, struct pgn__wordset *out);
/* A word's bits there: a starter; a month name, (1 + its month's index * 3
** + its form's index: full name, abbreviations) << MONTH_SHIFT; a weekday,
** (1 + its day, Monday 0) << WDAY_SHIFT. */
#define PGN__TIMEX_W_STARTER 1u
#define PGN__TIMEX_W_MONTH_SHIFT 1
#define PGN__TIMEX_W_WDAY_SHIFT 8
/* pgn__timex_scan with the table of pgn__timex_words. */
int pgn__timex_scan_words(const struct pgn__wordset *table, const char *text, size_t off, size_t end,
                          const pgn__ymd *anchor, pgn__arena *arena, pgn__timex_vec *out);

/* Writes the ISO 8601 value of date at grain into buf (at least 16 bytes):
** day 2022-07-05, week 2022-W27, month 2022-07, year 2022, decade 199
** (ISO 8601-2 reduced precision: the decade 1990-1999). */
void pgn__timex_format(pgn__ymd date, pgn_date_grain grain, char *buf);

#endif
