/* src/events/targetless.h -- events that need someone on the receiving end
** (internal to src/events; see targetless.c).
*/
#ifndef PGN_EVENTS_TARGETLESS_H
#define PGN_EVENTS_TARGETLESS_H

#include <stdint.h>

#include "extract_int.h"

/* Whether an event of CAMEO code `code` is no event when it names no target
** actor: a consultation, cooperation, aid, demand or criticism aimed at no
** one ("denouncing corporate tax avoidance", "pushed for the agenda item",
** "shared the same views") is a statement about a thing. */
int pgn__needs_target(const char *code);

/* Whether the event of code `code` triggered by token t of s, from source
** mention src, with no target found, is a person's statement about a thing:
** a code that needs a target, said by a person (not a state named as such),
** with no clause and no actor or act as its object ("denouncing the
** perversion of corporate tax avoidance"). */
int pgn__aimed_at_nothing(const pgn__sent *s, int t, const char *code, int32_t src);

/* Whether target mention m of s is a city, region or seat of power only naming a thing
** ("the Paris agreement", "the Minsk accords", "the Oslo process"): the
** thing is what the clause acts on, not the place's country. */
int pgn__place_names_thing(const pgn__sent *s, int32_t m);

#endif
