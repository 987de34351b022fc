/* src/events/requested.h -- the content of a call, demand or appeal is no
** event (internal to src/events; see requested.c).
*/
#ifndef PGN_EVENTS_REQUESTED_H
#define PGN_EVENTS_REQUESTED_H

#include "events.h"
#include "match.h"

/* Clears has[t] for each coded trigger t that is what a request asks for
** ("rejected calls from the opposition to [resign]", "demanded his
** [resignation]"); matches and has as extract.c's first passes left them. */
void pgn__drop_requested(const pgn__ontology *ont, const pgn__sent *s, const pgn__match *matches,
                         char *has);

#endif
