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
/* The word and parse rules' quotes alone, as the learned model reads them
** (speaker spans not yet unified): what the quotes trainer learns from. */
int pgn__quotes_find_rules(pgn_doc *doc, pgn_error *err);
/* The quote finder's word classes (its lists of auxiliaries, determiners,
** pronouns, ...) into out, in a: built once with the cue lexicon of a model
** (quotes_model.c), each word then looked up once a document. */
struct pgn__wordset;
int pgn__quotes_words(pgn__arena *a, struct pgn__wordset *out);

/* Attributions the parse shows beyond the cue lexicon (quotes_parse.c):
** a verb with a subject and a clausal complement.  Appended to qs, which
** holds the quotes the word rules found.  Nothing without a parse. */
int pgn__quotes_from_parse(pgn_doc *doc, pgn__quote_vec *qs);

/* A speaker span of qs holding another's relative pronoun ("X, who ...")
** ends before it; then every speaker span becomes the longest speaker span
** it overlaps (transitively): one span for the attributions of one speaker
** mention.  text: the document's text, which the spans index. */
void pgn__quotes_unify_speakers(const char *text, pgn__quote_vec *qs);

/* Parse helpers shared by the quote finders (quotes_parse.c): a relation
** or its subtypes; the extent [lo, hi] of the subtree of token k, with
** parent[] the 0-based heads (-1: root) of a sentence of n tokens. */
int pgn__deprel_kind(const pgn__token *t, const char *r);
void pgn__subtree_extent(const int32_t *parent, uint32_t n, uint32_t k, uint32_t *lo,
                         uint32_t *hi);
/* The byte span of tokens lo..hi of the sentence whose first token is first. */
void pgn__tokens_span(const pgn_doc *doc, uint32_t first, uint32_t lo, uint32_t hi,
                      pgn__span *sp);

/* Parse helpers of the clause dates (dates_doc.c), shared with the date
** inheritance (dates_inherit.c).  pgn__is_clausal_rel: deprel (or one of
** its subtypes) is root, ccomp, advcl, acl, parataxis, xcomp or csubj.
** pgn__clause_head: the nearest clausal head above tok, itself included (a
** clausal relation, a conjunct verb, or the root).  pgn__sentence_of: the
** sentence holding tok (*index its doc->sentences index), or NULL.
** pgn__timex_head: the token of t whose head lies outside t. */
int pgn__is_clausal_rel(const char *deprel);
uint32_t pgn__clause_head(const pgn_doc *doc, const pgn__sentence *st, uint32_t tok);
const pgn__sentence *pgn__sentence_of(const pgn_doc *doc, uint32_t tok, size_t *index);
uint32_t pgn__timex_head(const pgn_doc *doc, const pgn__sentence *st, const pgn__timex *t);

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

/* The date of an event (dates_inherit.c): the time expression of the event's
** own clause or, when that has none, of the nearest governing clause or
** noun phrase that has one, walking up the parse: from a clause to the
** clause it is a complement, adverbial or subject of (ccomp, xcomp, advcl,
** csubj), from a relative or adnominal clause (acl, acl:relcl) to the noun
** it modifies and on to that noun's clause.  The walk stops, with *settled
** set to 1, at what dates something else:
**  - background: an event noun or clause introduced by a word that places
**    it before or after the time of its governor ("after the invasion",
**    "since the war", "following talks", "in the aftermath/wake of",
**    "before they met") keeps only the time expressions inside it;
**  - a relative or adnominal clause of a subject (or of a noun inside
**    it): it describes who acts, before the event ("protesters who threw
**    stones were arrested on Monday").
** It stops with *settled 0 (the caller may look elsewhere, e.g. at a
** quote's date) at a parataxis, at the root without a time expression, and
** at a conjunct whose first conjunct has a time expression of its own
** ("met on June 28 and talks ended": that day is the meeting's, and no
** date above it is crossed).  An unparsed sentence gets pgn__date_of_token.
** Returns the expression found, or NULL. */
const pgn__timex *pgn__event_date(const pgn_doc *doc, uint32_t tok, int *settled);

/* pgn__event_date as a day: "YYYY-MM-DD" when the expression found is an
** anchored day, else NULL (a month or a year says when a period was).
** *settled (may not be NULL) is 1 when an expression was found or the walk
** was stopped, as above. */
const char *pgn__event_day(const pgn_doc *doc, uint32_t tok, int *settled);

/* The quote whose content covers byte offset `byte` and that carries a
** date, or NULL. */
const pgn__quote *pgn__dated_quote_at(const pgn_doc *doc, uint32_t byte);

/* The first time expression lying inside tokens [first, last) of one
** sentence, or NULL. */
const pgn__timex *pgn__date_in_range(const pgn_doc *doc, uint32_t first, uint32_t last);

#endif
