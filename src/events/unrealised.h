/* src/events/unrealised.h -- what a call asks for, a vetoed draft would
** have said or a ban keeps from happening is no event (internal to
** src/events; see unrealised.c).
*/
#ifndef PGN_EVENTS_UNREALISED_H
#define PGN_EVENTS_UNREALISED_H

#include "events.h"
#include "match.h"

/* Clears has[t] for each coded trigger t that is what a request asks for
** ("rejected calls from the opposition to [resign]", "demanded his
** [resignation]"), what a vetoed or blocked draft would have said ("vetoed
** a draft [demanding] a ceasefire") or what a ban keeps from happening
** ("banned parties from holding [rallies]"); matches and has as extract.c's
** first passes left them. */
void pgn__drop_unrealised(const pgn__ontology *ont, const pgn__sent *s,
                          const pgn__match *matches, char *has);

#endif
