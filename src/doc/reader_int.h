/* src/doc/reader_int.h -- what the readers share (internal to src/doc).
**
** reader.c splits an input into records (a whole file for text, one line
** for JSON Lines) and hands each to the builder for its format: text.c
** below for plain articles, jsonl.c for JSON Lines.  Both end in
** pgn__doc_finish, which cleans and segments the document.
*/
#ifndef PGN_DOC_READER_INT_H
#define PGN_DOC_READER_INT_H

#include <stddef.h>

#include "doc.h"

/* Where a record sits in its input, for documents and messages. */
typedef struct pgn__record {
    const char *name;      /* input name */
    long line;             /* 1-based line of the record, or -1 */
    long long off;         /* byte offset of the record in the input */
    const struct pgn__cues *cues;  /* the reader's cue lists */
} pgn__record;

/* One plain-text article (the whole input). */
int pgn__read_text_record(const pgn__record *rec, const char *bytes,
                          size_t len, pgn_doc **out, pgn_error *err);

/* One JSON Lines record: a JSON object with "text" and optional "id",
** "title", "published" or "date", "url".  Invalid UTF-8 in the line is
** repaired (with a warning naming its byte) before the JSON is parsed. */
int pgn__read_jsonl_record(const pgn__record *rec, const char *line,
                           size_t len, pgn_doc **out, pgn_error *err);

/* Cleans and segments a document whose text and metadata are set;
** frees it and fills err on failure. */
int pgn__doc_finish(pgn_doc *doc, const struct pgn__cues *cues, pgn_doc **out,
                    pgn_error *err);

#endif
