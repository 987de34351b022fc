/* src/events/match.h -- a lexicon entry matched on a trigger token
** (internal to src/events: match.c finds matches, extract.c builds events
** from them).
*/
#ifndef PGN_EVENTS_MATCH_H
#define PGN_EVENTS_MATCH_H

#include "extract_int.h"

typedef struct pgn__match {
    const pgn__lex_entry *e;
    int score;
    int target;              /* token heading the target phrase, or -1 */
    int target_is_obj;       /* target came from T (object slot) */
    int complement;          /* token consumed by a >item, or -1 */
    int objects[PGN__LEX_MAX_ITEMS];  /* tokens matched by =items */
    int n_objects;
    int lo, hi;              /* trigger token span */
    int prt_object;          /* the phrase a particle was hung on, or -1 */
    int joint;               /* "with T" unnamed, the subjects coordinated:
                             ** they are each other's partners */
    const char *code;        /* the entry's code, or a sharper one (a warning of
                             ** violence is a threat of force) */
} pgn__match;

/* A word that counts or batches what its "of" phrase names ("thousands",
** "dozens", "a wave", "a package"). */
int pgn__quantity_word(const pgn__token *t);
/* "thousands of prisoners", "dozens of people": the noun a quantity or
** batch word c counts (its "of" phrase), else c itself. */
int pgn__counted_noun(const pgn__sent *s, int c);

/* The best entry for trigger t read as part of speech pos ('v' verb or
** predicative adjective, 'n' noun) into *best; 0 when none matches. */
int pgn__best_match(const pgn__sent *s, int t, char pos, pgn__match *best);
/* "[Iran compound] [shot NOUN root] down a drone": the actor hung as a
** compound before a root the tagger took for a noun (or before "shot
** down" anywhere in the tree), else -1. */
int pgn__noun_verb_subject(const pgn__sent *s, int t);
/* A verb that only carries a nominal event ("launched an invasion"). */
int pgn__light_verb(const pgn__token *t);
int pgn__light_verb_of(const pgn__sent *s, int t);

#endif
