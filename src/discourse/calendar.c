/* src/discourse/calendar.c -- proleptic Gregorian calendar arithmetic.
** The day-count conversions are the well-known civil-from-days algorithms
** (era of 400 years), exact for any year an article can mention. */
#include "calendar.h"

int pgn__cal_is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int pgn__cal_month_days(int y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && pgn__cal_is_leap(y) ? 29 : days[m - 1];
}

int pgn__cal_valid(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
           d <= pgn__cal_month_days(y, m);
}

long pgn__cal_to_days(pgn__ymd date) {
    long y = date.y - (date.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (date.m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + date.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

pgn__ymd pgn__cal_from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    pgn__ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(y + (r.m <= 2));
    return r;
}

int pgn__cal_weekday(pgn__ymd date) {
    long z = pgn__cal_to_days(date);
    /* 1970-01-01 was a Thursday (3). */
    long w = (z % 7 + 7 + 3) % 7;
    return (int)w;
}

void pgn__cal_iso_week(pgn__ymd date, int *iso_year, int *week) {
    long z = pgn__cal_to_days(date);
    /* The Thursday of the same ISO week decides the year. */
    long thursday = z - pgn__cal_weekday(date) + 3;
    pgn__ymd t = pgn__cal_from_days(thursday);
    pgn__ymd jan1 = {t.y, 1, 1};
    *iso_year = t.y;
    *week = (int)((thursday - pgn__cal_to_days(jan1)) / 7 + 1);
}

static int digits(const char *s, int n, int *out) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int pgn__cal_parse_iso(const char *s, pgn__ymd *out) {
    int y, m, d;
    if (!s) return -1;
    for (int i = 0; i < 10; i++)
        if (!s[i]) return -1;
    if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) || s[7] != '-' ||
        digits(s + 8, 2, &d) || !pgn__cal_valid(y, m, d))
        return -1;
    out->y = y;
    out->m = m;
    out->d = d;
    return 0;
}
