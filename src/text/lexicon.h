/* src/text/lexicon.h -- the word lists the tokenizer and splitter consult.
**
** The lists are reviewed text files in data/lexicon/, compiled at build
** time into sorted immutable tables (cmake/wordlist.cmake), so looking a
** word up needs no loading step and no global mutable state: any thread may
** call these at any time.  Why not embed the raw text (pgn_embed_text) and
** parse it: the table would have to be built at run time, either lazily
** into a global (mutable state, forbidden) or on every pgn__segment call
** (slow for short blocks), or by a caller-owned object (a new parameter of
** pgn__segment).  Sorting at build time avoids all three, and validates the
** file (format, duplicates) when the project is configured.
*/
#ifndef PGN_TEXT_LEXICON_H
#define PGN_TEXT_LEXICON_H

#include <stddef.h>

typedef struct pgn__word {
    const char *key;        /* lowercased unless PGN__WORD_EXACT */
    unsigned flags;
    const char *value;      /* what the entry maps to, or NULL (a plain list) */
} pgn__word;

#define PGN__WORD_E 0x1u      /* the list's "E" flag */
#define PGN__WORD_EXACT 0x2u  /* matched with its exact case */
#define PGN__WORD_N 0x4u      /* the list's "N" flag */

/* data/lexicon/abbreviations.txt; E: may end a sentence; N: only an
** abbreviation before a number ("No. 5", but "I said no."). */
extern const pgn__word pgn__abbrev[];
extern const size_t pgn__abbrev_n;
/* data/lexicon/hyphen_prefixes.txt */
extern const pgn__word pgn__hyphen_prefix[];
extern const size_t pgn__hyphen_prefix_n;

/* data/lexicon/irregular_verbs.txt: past tense and participle forms of
** English irregular verbs, each with its lemma as value. */
extern const pgn__word pgn__irregular_verb[];
extern const size_t pgn__irregular_verb_n;

/* Looks s[0, n) up in table (ASCII case-insensitively, or exactly for
** PGN__WORD_EXACT entries).  Returns the entry or NULL. */
const pgn__word *pgn__word_find(const pgn__word *table, size_t n_table,
                                const char *s, size_t n);

#endif
