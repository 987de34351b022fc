/* src/events/figurative.h -- force words used of politics, polls and sport
** (internal to src/events; see figurative.c).
*/
#ifndef PGN_EVENTS_FIGURATIVE_H
#define PGN_EVENTS_FIGURATIVE_H

#include <stdint.h>

#include "extract_int.h"

/* For an event of CAMEO code `code` triggered by token t of s, from mention
** src to mention tgt (-1: none): the code it should have instead ("111":
** "attacked Clinton's record" is a criticism), "" when it is no event
** ("he fought really hard", "Clinton beat Sanders by 18 points", "captured
** wins in six states"), or NULL when it stands as coded. */
const char *pgn__figurative_force(const pgn_doc *doc, const pgn__sent *s, int t, const char *code,
                                  int32_t src, int32_t tgt);

#endif
