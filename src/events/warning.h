/* src/events/warning.h -- a warning of trouble the speaker does not cause
** is a pessimistic comment (internal to src/events; see warning.c).
*/
#ifndef PGN_EVENTS_WARNING_H
#define PGN_EVENTS_WARNING_H

#include "match.h"

/* For each coded "warn" (130, no one warned) with a "that" clause: recodes
** it 012 when the clause's subject is not the speaker's side, or clears
** has[t] when it is and the clause is coded itself. */
void pgn__warning_outlook(const pgn__sent *s, pgn__match *matches, char *has);

#endif
