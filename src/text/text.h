/* src/text/text.h -- the text stage: bytes in, tokens and sentences out.
**
** Read by src/doc (which segments each body block) and by later stages,
** which only read the token and sentence arrays.  All offsets are byte
** offsets into the document text; src/doc converts them to characters.
*/
#ifndef PGN_TEXT_H
#define PGN_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "peregrine.h"

/* Token flags. */
#define PGN__TOK_SPACE_AFTER 0x1u  /* whitespace follows in the text */
#define PGN__TOK_SPLIT 0x2u        /* part of a split word ("do" of "don't") */
#define PGN__TOK_NEWLINE_BEFORE 0x4u  /* a line break precedes (in the block) */
#define PGN__TOK_BLANK_BEFORE 0x8u    /* a blank line precedes: a new sentence */
#define PGN__TOK_ABBREV_END 0x10u     /* abbreviation whose dot may end a sentence */

typedef struct pgn__token {
    uint32_t start, end;     /* byte offsets into the document text */
    uint32_t cstart, cend;   /* character offsets (filled by src/doc) */
    const char *form;        /* NFC, NUL-terminated; in the document arena */
    uint32_t flags;          /* PGN__TOK_* */
    uint32_t cluster;        /* the tagger's word cluster of the lower-cased form (0: none; src/nlp) */
    /* Linguistic annotation, filled by src/nlp.  Strings point into the
    ** immutable model or the document arena; NULL before tagging. */
    const char *upos, *xpos, *feats, *lemma, *deprel;
    int32_t head;            /* 1-based within the sentence, 0 root, -1 none */
} pgn__token;

typedef struct pgn__sentence {
    uint32_t first;          /* index of the first token in the doc array */
    uint32_t n_tokens;
    uint32_t start, end;     /* byte offsets */
    uint32_t cstart, cend;   /* character offsets (filled by src/doc) */
    uint32_t block;          /* index of the block it belongs to */
} pgn__sentence;

typedef PGN__VEC(pgn__token) pgn__token_vec;
typedef PGN__VEC(pgn__sentence) pgn__sentence_vec;

/* Tokenizes text[off, end) and splits it into sentences, appending to
** tokens and sentences (sentence.first indexes tokens; sentence.block is set
** to block).  text must be valid UTF-8 (src/doc repairs it first).  The span
** is one block (a paragraph): a single line break inside it is ordinary
** white space, a blank line ends a sentence.  A token's SPACE_AFTER flag
** looks only inside the span (the last token of a span has none).  Parts of
** a split word ("do" "n't") carry PGN__TOK_SPLIT and are adjacent; a run of
** adjacent SPLIT tokens with no space between them is one surface token.
** Returns 0 or a negative pgn_status (PGN_ENOMEM when the arena is
** exhausted, PGN_ETOOBIG when offsets exceed 32 bits); on failure the
** vectors may hold part of the span's tokens. */
int pgn__segment(const char *text, size_t off, size_t end, uint32_t block,
                 pgn__arena *arena, pgn__token_vec *tokens,
                 pgn__sentence_vec *sentences, pgn_error *err);

#endif
