/* src/discourse/calendar.h -- proleptic Gregorian calendar arithmetic.
**
** Used by dates.c to move a document date by days, weeks, months and years
** and to name ISO 8601 weeks.  Days are counted from 1970-01-01 (day 0) so
** that differences and weekdays are plain integer arithmetic.
*/
#ifndef PGN_DISCOURSE_CALENDAR_H
#define PGN_DISCOURSE_CALENDAR_H

typedef struct pgn__ymd {
    int y, m, d;   /* m 1..12, d 1..31 */
} pgn__ymd;

int pgn__cal_is_leap(int y);
int pgn__cal_month_days(int y, int m);
/* 1 when y-m-d is a real date. */
int pgn__cal_valid(int y, int m, int d);
long pgn__cal_to_days(pgn__ymd date);
pgn__ymd pgn__cal_from_days(long days);
/* 0 Monday .. 6 Sunday. */
int pgn__cal_weekday(pgn__ymd date);
/* ISO 8601 week-numbering year and week (1..53) of a date. */
void pgn__cal_iso_week(pgn__ymd date, int *iso_year, int *week);
/* Parses "YYYY-MM-DD" at the start of s (anything may follow, e.g. a time);
** 0 on success. */
int pgn__cal_parse_iso(const char *s, pgn__ymd *out);

#endif
