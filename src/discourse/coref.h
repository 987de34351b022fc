/* src/discourse/coref.h -- what coref.c and coref_desc.c share (internal):
** the kinds of actor mentions and the pass over definite descriptions that
** the KB does not know ("the 30-nation alliance", "the two countries").
*/
#ifndef PGN_DISCOURSE_COREF_H
#define PGN_DISCOURSE_COREF_H

#include <stddef.h>

#include "doc/doc.h"
#include "peregrine.h"

/* Kinds of mentions and genders of persons (coref.c rule 1). */
enum { PGN__K_NONE = 0, PGN__K_PERSON, PGN__K_GROUP, PGN__K_ORG };
enum { PGN__G_UNKNOWN = 0, PGN__G_MALE, PGN__G_FEMALE };

/* Lower-cased ASCII copy of token t into buf (cap bytes); accents and
** periods dropped; "" when it does not fit (coref.c). */
void pgn__coref_tok_lower(const pgn_doc *doc, uint32_t t, char *buf, size_t cap);

/* Finds the definite descriptions of coref_desc.c among doc's tokens and
** returns a COREF mention for each, in text order, in *out (doc arena):
**  - "the N-nation alliance", "the 27-member bloc", "the alliance": the
**    nearest international organisation named before (country "IGO"),
**    within `lookback` sentences;
**  - "the two countries", "both sides", "the two leaders": the last two
**    distinct compatible actors before it within three sentences (countries
**    for countries, nations, governments...; people for leaders,
**    presidents...; any actor for sides, parties), as two mentions of the
**    same span, the first flagged PGN__MENTION_PAIR and each pointing to
**    its own antecedent.
** kind[i] and gender[i] are the kind and gender of doc->mentions.v[i]
** ("the two men" pairs no woman).  A description overlapping a
** mention is skipped, so running it twice adds nothing.  0 or PGN_ENOMEM. */
int pgn__coref_descriptions(pgn_doc *doc, const int *kind, const int *gender, uint32_t lookback,
                            pgn__mention **out, size_t *n_out);

#endif
