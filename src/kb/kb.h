/* src/kb/kb.h -- the actor stage as later stages see it.
**
** A pgn_kb (include/peregrine.h) is loaded once and then read-only;
** pgn_kb_recognize writes pgn__mention records (kb/mention.h) into
** doc->mentions, which coreference and event coding read.
*/
#ifndef PGN_KB_H
#define PGN_KB_H

#include "kb/mention.h"
#include "peregrine.h"

/* The date a document is coded for, YYYYMMDD, from its published or
** updated time; 0 when it has none. */
int32_t pgn__doc_date(const pgn_doc *doc);

#endif
