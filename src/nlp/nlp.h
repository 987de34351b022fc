/* src/nlp/nlp.h -- the linguistic stage as later stages see it.
**
** Later stages read the annotation straight from the document's tokens
** (src/text/text.h: upos, xpos, feats, lemma, head, deprel), filled by
** pgn_nlp_annotate (include/peregrine.h).  Nothing else is exported.
*/
#ifndef PGN_NLP_H
#define PGN_NLP_H

#include "peregrine.h"
#include "text/text.h"

#endif
