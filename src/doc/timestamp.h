/* src/doc/timestamp.h -- dates and times as news sites write them,
** normalised to ISO 8601 with the UTC offset.
**
** Read by clean.c (timestamp lines) and jsonl.c ("published"/"date").
** Time-zone abbreviations come from data/lexicon/timezones.txt.
*/
#ifndef PGN_DOC_TIMESTAMP_H
#define PGN_DOC_TIMESTAMP_H

#include <stddef.h>

#define PGN__TS_MAX 32   /* "2022-07-05T17:05:00+05:30" and its NUL fit */

typedef struct pgn__timestamp {
    int year, month, day;
    int has_time;
    int hour, min, sec;
    int has_offset;
    int offset_min;      /* minutes east of UTC */
} pgn__timestamp;

/* Parses one date-time at the start of s[0, len): ISO 8601, RFC 2822,
** "July 5th, 2022 at 17:05 IST", "5 July 2022 17:05 GMT", "Tue 5 Jul 2022
** 12.05 BST", "Jul 05, 2022, 5:05 PM EST", a time before the date...
** Returns the bytes used (trailing blanks not included), or 0 when s does
** not start with a valid date. */
size_t pgn__timestamp_parse(const char *s, size_t len, pgn__timestamp *ts);

/* "2022-07-05", "2022-07-05T17:05:00" or "2022-07-05T17:05:00+05:30". */
void pgn__timestamp_format(const pgn__timestamp *ts, char out[PGN__TS_MAX]);

/* The whole of s (blanks around allowed) as one date-time, formatted.
** Returns 0, or -1 when s is not a date we understand. */
int pgn__timestamp_normalize(const char *s, size_t len, char out[PGN__TS_MAX]);

/* A month name at the start of s ("July", "Jul", "Jul.", "Sept"): 1..12
** and *used set, or 0. */
int pgn__month_name(const char *s, size_t n, size_t *used);

/* Offset in minutes east of UTC of a time-zone abbreviation ("IST").
** Returns 0, or -1 when unknown. */
int pgn__timezone_offset(const char *abbr, size_t len, int *minutes);

#endif
