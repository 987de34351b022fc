/* src/events/nonpolitical.h -- acts of business, the press and idiom that
** read like diplomacy (internal to src/events; see nonpolitical.c).
*/
#ifndef PGN_EVENTS_NONPOLITICAL_H
#define PGN_EVENTS_NONPOLITICAL_H

#include <stdint.h>

#include "extract_int.h"

/* Whether the event of CAMEO code `code` triggered by token t of s, from
** mention src to mention tgt (-1: none), is no political event: a private
** investment ("Trump invested in the companies"), a talk with the press
** ("speaking to CNN"), the idiom "when it came to Rubio". */
int pgn__nonpolitical(const pgn_doc *doc, const pgn__sent *s, int t, const char *code,
                      int32_t src, int32_t tgt);

#endif
