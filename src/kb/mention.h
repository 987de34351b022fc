/* src/kb/mention.h -- an actor mention: the contract between actor
** recognition (src/kb, which writes mentions into the document) and the
** stages that read them (src/discourse coreference, src/events).
*/
#ifndef PGN_KB_MENTION_H
#define PGN_KB_MENTION_H

#include <stdint.h>

/* How a mention was recognised. */
typedef enum pgn__mention_how {
    PGN__MENTION_NAME = 0,   /* "Vladimir Putin", "NATO", "Russia" */
    PGN__MENTION_TITLE,      /* "Russian President", "the NATO chief" */
    PGN__MENTION_ADJECTIVE,  /* "Russian", "Chinese" */
    PGN__MENTION_METONYM,    /* "the Kremlin", "Beijing", "the White House" */
    PGN__MENTION_COREF,      /* "he", "the Chinese leader" resolved to an antecedent */
    PGN__MENTION__COUNT
} pgn__mention_how;

typedef struct pgn__mention {
    uint32_t sentence;       /* index into doc->sentences */
    uint32_t first, last;    /* doc->tokens indexes, last exclusive */
    uint32_t start, end;     /* byte offsets into doc->text */
    const char *code;        /* CAMEO actor code, e.g. "RUSGOV"; a KB string or,
                             ** when composed (country + title), in the doc arena */
    const char *country;     /* ISO 3166 alpha-3, or "IGO", "NGO", "MNC" */
    const char *sector;      /* PLOVER sector, e.g. "GOV", or NULL */
    const char *entry;       /* KB entry name, e.g. "Vladimir Putin" */
    pgn__mention_how how;
    int32_t antecedent;      /* for COREF: index of the mention it refers to, else -1 */
    const char *role;        /* the entry's role on the date ("president"), or NULL */
    uint32_t flags;          /* PGN__MENTION_* below */
} pgn__mention;

/* Mention flags. */
#define PGN__MENTION_UNDATED 0x1u  /* no document date: the latest role was coded */
#define PGN__MENTION_LOCAL 0x2u    /* an unknown name given a code by its title
                                   ** earlier in the same document */
#define PGN__MENTION_PAIR 0x4u     /* a COREF description of two actors ("the
                                   ** two countries"): this mention stands for
                                   ** its antecedent, the next one (same span)
                                   ** for the other (src/discourse/coref_desc.c) */
#define PGN__MENTION_PLACE 0x8u    /* a city or region coded as its country
                                   ** (data/kb/places.txt): "in Odesa" is a
                                   ** location, "shelled Odesa" a target */
#define PGN__MENTION_COMMON 0x10u  /* a KB person named by a surname alone that
                                   ** many others bear ("Hammond"): home.c
                                   ** drops it in a story at home elsewhere */

#endif
