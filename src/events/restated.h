/* src/events/restated.h -- a purpose clause or circumstance that restates
** its head's act is no second event (internal to src/events; see
** restated.c).
*/
#ifndef PGN_EVENTS_RESTATED_H
#define PGN_EVENTS_RESTATED_H

#include "events.h"
#include "match.h"

/* Clears has[t] for a generic protest (140) told as the purpose ("to
** protest") or circumstance ("during protests") of a coded protest, and a
** meeting told as the purpose of the same kind of meeting ("met to
** discuss"). */
void pgn__drop_restated(const pgn__ontology *ont, const pgn__sent *s, const pgn__match *matches,
                        char *has);

#endif
