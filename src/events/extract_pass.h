/* src/events/extract_pass.h -- declarations shared by the extraction pass.
**
** The pass from a parsed sentence to events is split by step: extract.c
** (the driver), extract_sentence.c (a sentence's triggers),
** extract_verb_roles.c and extract_noun_roles.c (an event's source and
** target), extract_emit.c (one event per actor pair),
** extract_implicit_target.c and extract_actor_country.c (what emit fills
** in).  This header carries what they pass one another; only those files
** include it (later stages read events.h, the rest of src/events
** extract_int.h).
*/
#ifndef PGN_EVENTS_EXTRACT_PASS_H
#define PGN_EVENTS_EXTRACT_PASS_H

#include <stdint.h>

#include "extract_int.h"
#include "match.h"

/* An event's sources and targets, as the role searches find them and
** emit expands them into events. */
typedef struct pgn__roles {
    int32_t src[8], tgt[8];
    int n_src, n_tgt;
    int each_other;          /* the target is "each other" / "one another" */
} pgn__roles;

/* What every step of the pass over one document reads. */
typedef struct pgn__extract_ctx {
    pgn_doc *doc;
    const pgn__ontology *ont;
    const pgn__lexicon *lex;
    const pgn__extract_opts *opts;
    const char *doc_date;
    uint32_t sentence;
    pgn_error *err;
} pgn__extract_ctx;

/* extract_verb_roles.c */
int pgn__extract_violent(const pgn__match *m);
int pgn__extract_content_target(const pgn__sent *s, int c, int g);
void pgn__extract_verb_roles(const pgn__sent *s, int t, const pgn__match *m, pgn__roles *r);
int pgn__extract_by_agent(const pgn__sent *s, int v);

/* extract_noun_roles.c */
void pgn__extract_noun_roles(const pgn__sent *s, int t, const pgn__match *m, const pgn__match *head_match,
                             const pgn__ontology *ont, pgn__roles *r);

/* extract_implicit_target.c */
int32_t pgn__extract_phrase_target(const pgn__sent *s, int t, const pgn__match *m, int32_t src);
int32_t pgn__extract_readied_near(const pgn__sent *s, int t, const pgn__match *m, int32_t src);
int32_t pgn__extract_outlook_target(const pgn__sent *s, int t, const pgn__match *m, int32_t src);
int32_t pgn__extract_rejected_target(const pgn__sent *s, int t, const pgn__match *m, int32_t src);
int32_t pgn__extract_investigated_place(const pgn__sent *s, int t, const pgn__match *m, int32_t src);

/* extract_actor_country.c */
void pgn__extract_coref_country(pgn_doc *doc, int32_t m);
int32_t pgn__extract_accuser_victim(pgn__extract_ctx *c, const pgn__sent *s, int t, const pgn__match *m);
int32_t pgn__extract_origin_of(const pgn__sent *s, int o, int *from);
void pgn__extract_more_origins(const pgn__sent *s, int f, pgn__roles *r);
int32_t pgn__extract_measure_country(pgn__extract_ctx *c, const pgn__sent *s, int t, const char *code, int32_t src);
int32_t pgn__extract_unnamed_victims(pgn__extract_ctx *c, const pgn__sent *s, int t, const pgn__match *m, int32_t src,
                                     int32_t tgt);
int pgn__extract_all_countryless(const pgn_doc *doc, const pgn__roles *r);

/* extract_emit.c */
int pgn__extract_emit(pgn__extract_ctx *c, const pgn__sent *s, int t, const pgn__match *m, const pgn__roles *r,
                      int own_clause);

/* extract_sentence.c */
int pgn__extract_code_sentence(pgn__extract_ctx *c, pgn__sent *s, pgn__match *matches, char *has);

#endif
