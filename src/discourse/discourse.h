/* src/discourse/discourse.h -- what the discourse stage adds to a document
** (internal): its time expressions and quotes, in the document arena,
** reached through doc->discourse (NULL until a discourse function ran).
*/
#ifndef PGN_DISCOURSE_DISCOURSE_H
#define PGN_DISCOURSE_DISCOURSE_H

#include "discourse/quotes.h"
#include "discourse/timex.h"
#include "doc/doc.h"

struct pgn__discourse {
    pgn__timex_vec dates;       /* in text order */
    pgn__ymd anchor;            /* the document date used */
    int has_anchor;
    pgn__quote_vec quotes;      /* in text order of their content */
};

/* doc->discourse, created on first use; NULL when out of memory. */
struct pgn__discourse *pgn__discourse_of(pgn_doc *doc);

/* Runs the time-expression finder over every sentence of doc, against
** anchor (NULL: no document date). */
int pgn__dates_find(pgn_doc *doc, const pgn__ymd *anchor, pgn_error *err);

struct pgn__json;
/* Writes doc's quotes as a JSON array (for the `code` output's "quotes"). */
void pgn__quotes_json(struct pgn__json *j, const pgn_doc *doc);

/* Coreference for actors (coref.c): resolves third-person pronouns and
** definite descriptions ("the NATO chief") among doc->mentions, adding a
** COREF mention for each resolved pronoun (doc->mentions stays in text
** order, antecedent indexes renumbered) and turning resolved descriptions
** into COREF mentions.  Run after actor recognition, before quotes and
** events.  Running it twice adds nothing. */
int pgn__coref_resolve(pgn_doc *doc, pgn_error *err);

/* Finds direct quotes and reported speech in doc (quotes.c); with a
** learned cue model (may be NULL), also the attributions of its cues. */
int pgn__quotes_find(pgn_doc *doc, const struct pgn_quote_model *m, pgn_error *err);

/* Attributions the parse shows beyond the cue lexicon (quotes_parse.c):
** a verb with a subject and a clausal complement.  Appended to qs, which
** holds the quotes the word rules found.  Nothing without a parse. */
int pgn__quotes_from_parse(pgn_doc *doc, pgn__quote_vec *qs);

/* Parse helpers shared by the quote finders (quotes_parse.c): a relation
** or its subtypes; the extent [lo, hi] of the subtree of token k, with
** parent[] the 0-based heads (-1: root) of a sentence of n tokens. */
int pgn__deprel_kind(const pgn__token *t, const char *r);
void pgn__subtree_extent(const int32_t *parent, uint32_t n, uint32_t k, uint32_t *lo,
                         uint32_t *hi);
/* The byte span of tokens lo..hi of the sentence whose first token is first. */
void pgn__tokens_span(const pgn_doc *doc, uint32_t first, uint32_t lo, uint32_t hi,
                      pgn__span *sp);

/* The date of a clause, for the events stage.  Returns the time expression
** of the clause holding token tok (a doc->tokens index), or NULL when that
** clause has none.  With a parse (deprel set), the clause is the subtree of
** tok's nearest clausal head (root, ccomp, advcl, acl, parataxis, conj of a
** verb...) without embedded clauses, and an expression belongs to the
** clause its own head token hangs in.  Without a parse, the clause is the
** stretch of the sentence around tok between clause boundaries (";", ":",
** a comma or dash before a subordinator or coordinator, a quotation mark)
** and the nearest expression in it wins. */
const pgn__timex *pgn__date_of_token(const pgn_doc *doc, uint32_t tok);

/* The day of the clause holding the token that covers byte offset `byte`
** (pgn__date_of_token), "YYYY-MM-DD", or NULL when that clause has no
** anchored expression of day grain: a month or a year ("in March", "in
** 1988") says when a period was, not when something happened.  *any_date
** (may be NULL) is set to 1 when the clause has a time expression at all. */
const char *pgn__day_at(const pgn_doc *doc, uint32_t byte, int *any_date);

/* The quote whose content covers byte offset `byte` and that carries a
** date, or NULL. */
const pgn__quote *pgn__dated_quote_at(const pgn_doc *doc, uint32_t byte);

/* The first time expression lying inside tokens [first, last) of one
** sentence, or NULL. */
const pgn__timex *pgn__date_in_range(const pgn_doc *doc, uint32_t first, uint32_t last);

#endif
