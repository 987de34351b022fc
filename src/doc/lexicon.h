/* src/doc/lexicon.h -- the reviewed cue lists the cleaner uses, compiled
** into the library from the data/lexicon text files (cmake/embed.cmake), and a
** reader for their format: one entry per line, fields separated by TAB,
** blank lines and lines starting with '#' ignored.
**
** The cleaner parses the texts into arrays once per call (pgn__cues_load,
** a few microseconds) and looks short lines up in those; nothing is cached
** between calls or shared between threads.  Time-zone lookups, rare, scan
** the text in place.
*/
#ifndef PGN_DOC_LEXICON_H
#define PGN_DOC_LEXICON_H

#include <stddef.h>

#include "peregrine.h"

#define PGN__LEX_FIELDS 4

typedef struct pgn__lex_entry {
    const char *f[PGN__LEX_FIELDS];   /* fields, not NUL-terminated */
    size_t n[PGN__LEX_FIELDS];        /* their lengths */
    int n_fields;
    long line;                        /* 1-based */
} pgn__lex_entry;

typedef struct pgn__lexicon {
    const char *name;      /* data file, for messages */
    const char *text;
    size_t len;            /* bytes, or 0: up to the NUL (unless len_p) */
    const size_t *len_p;   /* the embedded length, when embedded */
} pgn__lexicon;

/* The embedded data files. */
extern const pgn__lexicon pgn__lex_timezones;     /* ABBR  +HH:MM  note */
extern const pgn__lexicon pgn__lex_timestamp_cues;/* role  cue */
extern const pgn__lexicon pgn__lex_boilerplate;   /* match pattern */
extern const pgn__lexicon pgn__lex_byline;        /* role  cue */
extern const pgn__lexicon pgn__lex_credits;       /* match cue */
extern const pgn__lexicon pgn__lex_agencies;      /* name */

/* Where a walk through a lexicon is; start with {0, 0}. */
typedef struct pgn__lex_cursor {
    size_t pos;
    long line;
} pgn__lex_cursor;

/* Steps to the next entry; returns 1 with e filled, 0 at the end. */
int pgn__lex_next(const pgn__lexicon *lx, pgn__lex_cursor *c, pgn__lex_entry *e);

/* Checks every entry has between min and max fields, none empty, and (when
** first_values is not NULL) that field 0 is one of the '|'-separated words
** in it.  Used by the tests so that a bad edit fails with file and line. */
int pgn__lex_check(const pgn__lexicon *lx, int min_fields, int max_fields,
                   const char *first_values, pgn_error *err);

/* A lexicon's entries, parsed once per cleaning call into a small array
** (never cached: there is no global mutable state). */
typedef struct pgn__cue_list {
    const pgn__lex_entry *v;
    size_t n;
} pgn__cue_list;

/* The lists the cleaner consults for every short line. */
typedef struct pgn__cues {
    pgn__cue_list timestamp, boilerplate, byline, credits, agencies;
    pgn__lex_entry *mem;   /* owns every entry */
} pgn__cues;

/* Fills c; returns 0 or PGN_ENOMEM.  Free with pgn__cues_free. */
int pgn__cues_load(pgn__cues *c);
void pgn__cues_free(pgn__cues *c);

/* Field i equals the NUL-terminated word w. */
int pgn__lex_is(const pgn__lex_entry *e, int i, const char *w);

/* ASCII case-insensitive comparisons (cues are ASCII). */
int pgn__ascii_ieq(const char *a, size_t na, const char *b, size_t nb);
int pgn__ascii_iprefix(const char *s, size_t n, const char *p, size_t np);

#endif
