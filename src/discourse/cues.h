/* src/discourse/cues.h -- the cue lexicon of reported speech (internal).
**
** data/lexicon/quote_cues.txt, compiled into the library, lists the words
** that introduce what someone said, thinks or shows ("said", "told",
** "believes", "according to").  cues.c parses it into a table the quote
** finder (quotes.c) looks words up in.  The table lives in the caller's
** arena; nothing global is written.
*/
#ifndef PGN_DISCOURSE_CUES_H
#define PGN_DISCOURSE_CUES_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "peregrine.h"

typedef enum pgn__cue_kind {
    PGN__CUE_SPEECH = 0,   /* said, told, according to */
    PGN__CUE_BELIEF,       /* thinks, wants, believes */
    PGN__CUE_EVIDENCE      /* shows, found */
} pgn__cue_kind;

typedef struct pgn__cue {
    const char *form;      /* lower case; words separated by one space */
    uint32_t hash;         /* pgn__cues_hash of form: most probes end on it */
    unsigned n_words;
    pgn__cue_kind kind;
    long line;             /* line in the lexicon file, for messages */
} pgn__cue;

/* Lower-case words with class bits: a word in several lists has the bits of
** each.  Looked up by the same hash as the cues (pgn__cues_hash_step), so a
** caller lower-casing a word asks both tables for one hash. */
typedef struct pgn__word_bits {
    const char *form;
    uint32_t hash;
    uint32_t bits;
} pgn__word_bits;

typedef struct pgn__wordset {
    pgn__word_bits *v;
    size_t n;
    uint32_t *slots;       /* open-addressing hash of v indexes + 1 (0: empty) */
    size_t n_slots;        /* a power of two, at least four times n; 0: not built */
} pgn__wordset;

/* One list of a wordset: its words (n) and the bit they get. */
typedef struct pgn__word_list {
    const char *const *words;
    size_t n;
    uint32_t bit;
} pgn__word_list;

typedef struct pgn__cues {
    pgn__cue *v;           /* in file order */
    size_t n;
    uint32_t *slots;       /* open-addressing hash of v indexes + 1 (0: empty) */
    size_t n_slots;        /* a power of two, at least twice n */
    /* the quote finder's word classes (pgn__quotes_words, quotes.c), built
    ** with the lexicon when a model opens; n_slots 0 when not built */
    pgn__wordset words;
} pgn__cues;

/* Builds in a the set of the words of lists[0 .. n).  0 or PGN_ENOMEM. */
int pgn__wordset_build(pgn__arena *a, const pgn__word_list *lists, size_t n, pgn__wordset *out);
/* The bits of the lower-case word low of hash h (0: in no list). */
uint32_t pgn__wordset_bits(const pgn__wordset *s, const char *low, uint32_t h);

/* Parses a cue lexicon (format in data/lexicon/quote_cues.txt); errors
** name file and line.  Returns 0 or a negative pgn_status. */
int pgn__cues_parse(const char *text, size_t len, const char *name, pgn__arena *a,
                    pgn__cues *out, pgn_error *err);

/* The lexicon compiled into the library. */
int pgn__cues_builtin(pgn__arena *a, pgn__cues *out, pgn_error *err);

/* The cue whose form is the single lower-case word low, or NULL. */
const pgn__cue *pgn__cues_find(const pgn__cues *c, const char *low);

/* The table's hash (FNV-1a) of a string, a byte at a time, so that a
** caller lower-casing a word hashes it in the same pass:
** h = PGN__CUES_HASH0, then h = pgn__cues_hash_step(h, byte) for each. */
#define PGN__CUES_HASH0 2166136261u
static inline uint32_t pgn__cues_hash_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
/* pgn__cues_find(c, low) for low's hash h. */
const pgn__cue *pgn__cues_find_hashed(const pgn__cues *c, const char *low, uint32_t h);

#endif
