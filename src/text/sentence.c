/* src/text/sentence.c -- the sentence splitter.
**
** In: the tokens of one block, built by tokenize.c.  Out: sentence spans
** (pgn__sentence), read by src/doc and every later stage.
**
** Rules, in order:
**   - a blank line inside the block ends a sentence;
**   - a terminal token (a run of . ! ?, an ellipsis) ends one, together with
**     the closing quotes and brackets glued after it, unless a comma, colon
**     or semicolon follows, or a lower-case word follows an ellipsis or a
**     run like ".." (web text starts many sentences in lower case, so after
**     a bare "." "?" "!" lower case does not stop the split);
**   - "PM"/"AM" after a clock time, and an emoticon, end a sentence before
**     a capitalised word (mail headers, chat);
**   - an abbreviation's dot ends one only when the abbreviation may close a
**     sentence ("etc.", "Inc.", flag E in data/lexicon/abbreviations.txt, and
**     dotted letters like "U.S.") and a capitalised word that usually opens a
**     sentence follows; titles and initials ("Mr.", "J.") never do;
**   - the block's end ends the last sentence.
**
** When a trained model is compiled in (boundary_model.c), the rules'
** decision becomes one feature of a learned boundary classifier
** (boundary.h) that has the last word at candidate gaps: on UD English EWT
** dev it lifts sentence F1 from 86.3 (rules) to 88.3.  With the empty model
** the rules decide alone.
*/
#include <stdint.h>
#include <string.h>

#include "base/error.h"
#include "boundary.h"
#include "chars.h"
#include "lexicon.h"
#include "text_internal.h"

/* Whether the token is a run of sentence-final marks. */
static int is_terminal(const char *f) {
    unsigned char c = (unsigned char)f[0];
    if (c < 0x80 && c != '.' && c != '!' && c != '?') return 0;   /* most tokens */
    if (c == '.' || c == '!' || c == '?') {
        for (const char *p = f; *p; p++)
            if (*p != '.' && *p != '!' && *p != '?') return 0;
        return 1;
    }
    /* U+2026 HORIZONTAL ELLIPSIS, U+203C, U+2047-2049, fullwidth ! ? . */
    return strcmp(f, "\xE2\x80\xA6") == 0 || strcmp(f, "\xE2\x80\xBC") == 0 ||
           strcmp(f, "\xEF\xBC\x81") == 0 || strcmp(f, "\xEF\xBC\x9F") == 0 ||
           strcmp(f, "\xE3\x80\x82") == 0;
}

/* Closing punctuation that stays with the sentence it follows. */
static int is_closer(const pgn__token *prev, const pgn__token *t) {
    const char *f = t->form;
    if (strcmp(f, ")") == 0 || strcmp(f, "]") == 0 || strcmp(f, "}") == 0) return 1;
    /* Straight quotes are closing only when glued to what precedes. */
    if ((strcmp(f, "\"") == 0 || strcmp(f, "'") == 0 || strcmp(f, "''") == 0) &&
        !(prev->flags & PGN__TOK_SPACE_AFTER))
        return 1;
    return strcmp(f, "\xE2\x80\x9D") == 0 ||   /* ” */
           strcmp(f, "\xE2\x80\x99") == 0 ||   /* ’ */
           strcmp(f, "\xC2\xBB") == 0;         /* » */
}

/* Capitalised words that usually open a sentence. */
static int is_opener(const char *f) {
    static const char *const openers[] = {
        "The", "This", "That", "These", "Those", "There", "It", "He", "She",
        "We", "They", "I", "You", "But", "And", "In", "On", "At", "A", "An",
        "If", "When", "What", "Why", "How", "So", "Our", "His", "Her", "Its",
        "Their", "My", "As", "For", "Some", "All", "Now", "Then", "Also"};
    for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
        if (strcmp(f, openers[k]) == 0) return 1;
    return 0;
}

static int starts_lower(const char *f) {
    unsigned char c = (unsigned char)f[0];
    if (c < 0x80) return (pgn__byte_class[c] & C_LOWER) != 0;
    int32_t cp;
    pgn__utf8_at((const unsigned char *)f, 0, strlen(f), &cp);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int starts_upper(const char *f) {
    unsigned char c = (unsigned char)f[0];
    if (c < 0x80) return (pgn__byte_class[c] & C_UPPER) != 0;
    int32_t cp;
    pgn__utf8_at((const unsigned char *)f, 0, strlen(f), &cp);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int is_url(const char *f) {
    return (f[0] == 'h' && strncmp(f, "http", 4) == 0 && (f[4] == ':' || f[4] == 's')) ||
           (f[0] == 'w' && strncmp(f, "www.", 4) == 0);
}

/* A list number opening a sentence: "2." in "... the end. 2. In ..." */
static int is_list_number(const pgn__token *v, size_t i, size_t start) {
    if (i != start + 1 || strcmp(v[i].form, ".") != 0) return 0;
    const char *f = v[start].form;
    return (pgn__byte_class[(unsigned char)f[0]] & C_DIGIT) &&
           (!f[1] || ((pgn__byte_class[(unsigned char)f[1]] & C_DIGIT) && !f[2]));
}

/* Where a sentence that began at token start ends after token i (i + 1 <
** n): the index of the next sentence's first token, or 0. */
size_t pgn__rule_end(const pgn__token *v, size_t start, size_t i, size_t n) {
    const char *f = v[i].form;
    /* The usual case first: a word that is no URL, "AM"/"PM" or
    ** abbreviation ends nothing. */
    unsigned char c = (unsigned char)f[0];
    if ((pgn__byte_class[c] & C_WORD) && c != 'h' && c != 'w' && c != 'A' && c != 'P' &&
        !(v[i].flags & PGN__TOK_ABBREV_END))
        return 0;
    int terminal = is_terminal(f);
    /* A list of URLs, one after another. */
    if (is_url(f) && is_url(v[i + 1].form)) return i + 1;
    if (terminal && is_list_number(v, i, start)) return 0;
    /* A clock time closing a header line: "11/10/2000 01:04 PM Steve, ..." */
    if ((f[0] == 'P' || f[0] == 'A') && f[1] == 'M' && !f[2] && i > 0 && strchr(v[i - 1].form, ':') &&
        starts_upper(v[i + 1].form))
        return i + 1;
    /* An emoticon standing apart before a new capitalised start. */
    if ((f[0] == ':' || f[0] == ';') && f[1] && (v[i].flags & PGN__TOK_SPACE_AFTER) &&
        starts_upper(v[i + 1].form))
        return i + 1;
    int abbrev = !terminal && (v[i].flags & PGN__TOK_ABBREV_END);
    if (!terminal && !abbrev) return 0;
    size_t j = i + 1;
    while (j < n && !(v[j].flags & PGN__TOK_BLANK_BEFORE) &&
           (is_closer(&v[j - 1], &v[j]) || is_terminal(v[j].form)))
        j++;
    if (j >= n) return 0;                       /* the block's end does it */
    if (v[j].flags & PGN__TOK_BLANK_BEFORE) return j;
    const char *next = v[j].form;
    if (abbrev) return starts_upper(next) && is_opener(next) ? j : 0;
    /* Web text often starts sentences in lower case; after a bare "." or
    ** "?" "!" a lower-case word still opens one.  An ellipsis before lower
    ** case ("wait... what") does not, nor does ", ; :" after any mark. */
    if (strchr(",;:", next[0])) return 0;
    /* After an ellipsis only a capital opens a sentence ("... 2003", "...\"" do not). */
    if (f[0] == '.' && f[1] == '.' && !starts_upper(next)) return 0;
    if (starts_lower(next) && f[0] != '?' && f[0] != '!' && strcmp(f, ".") != 0) return 0;
    return j;
}

static int push(pgn__arena *arena, pgn__sentence_vec *sentences, const pgn__token *v,
                size_t a, size_t b, uint32_t block, pgn_error *err) {
    if (PGN__VEC_RESERVE(arena, *sentences))
        return pgn__err(err, PGN_ENOMEM, NULL, -1, (long)v[a].start,
                        "out of memory while splitting sentences");
    pgn__sentence *st = &sentences->v[sentences->n++];
    memset(st, 0, sizeof *st);
    st->first = (uint32_t)a;
    st->n_tokens = (uint32_t)(b - a);
    st->start = v[a].start;
    st->end = v[b - 1].end;
    st->block = block;
    return 0;
}

/* An abbreviation ending a sentence gives its dot to the sentence, as UD
** English does ("Acme Inc" "."): token i becomes two.  Rare, so shifting
** the block's later tokens costs nothing that matters. */
static int split_dot(pgn__arena *arena, pgn__token_vec *tokens, size_t i, pgn_error *err) {
    if (PGN__VEC_RESERVE(arena, *tokens))
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory while splitting sentences");
    char *dot = pgn__arena_strndup(arena, ".", 1);
    if (!dot)
        return pgn__err(err, PGN_ENOMEM, NULL, -1, -1, "out of memory while splitting sentences");
    pgn__token *v = tokens->v;
    memmove(&v[i + 2], &v[i + 1], (tokens->n - i - 1) * sizeof *v);
    tokens->n++;
    v[i + 1] = v[i];
    v[i + 1].start = v[i].end - 1;
    v[i + 1].form = dot;
    v[i + 1].flags = v[i].flags & PGN__TOK_SPACE_AFTER;
    v[i].end--;
    v[i].flags &= ~(PGN__TOK_SPACE_AFTER | PGN__TOK_ABBREV_END);
    /* The form is ours (tokenize.c wrote it) and ends with the ASCII dot. */
    char *form = (char *)(uintptr_t)v[i].form;
    form[strlen(form) - 1] = '\0';
    return 0;
}

int pgn__split_sentences(pgn__token_vec *tokens, size_t first, uint32_t block,
                         pgn__arena *arena, pgn__sentence_vec *sentences,
                         pgn_error *err) {
    const pgn__token *v = tokens->v;
    const pgn__bmodel *m = &pgn__boundary_model;
    size_t n = tokens->n, start = first, rule_cut = 0;
    uint32_t feats[PGN__BF_MAX];
    pgn__bctx bc;
    pgn__bctx_init(&bc);
    for (size_t i = first; i < n; i++) {
        size_t cut = 0;
        if (i + 1 >= n) break;
        if (v[i + 1].flags & PGN__TOK_BLANK_BEFORE) {
            cut = i + 1;
        } else {
            /* Most tokens are words that neither rule nor model looks at
            ** (the first test of pgn__rule_end and of the candidates). */
            unsigned char c = (unsigned char)v[i].form[0];
            if ((pgn__byte_class[c] & C_WORD) && c != 'h' && c != 'w' && c != 'A' && c != 'P' &&
                !(v[i].flags & PGN__TOK_ABBREV_END))
                continue;
            /* The rules' decision (a cut after closing quotes counts at
            ** the gap it names); with a model, one of its features. */
            size_t r = pgn__rule_end(v, start, i, n);
            if (r) rule_cut = r;
            if (!m->n_slots) {
                cut = r;
            } else if (pgn__boundary_candidate(v, i, rule_cut == i + 1)) {
                size_t n_f = pgn__boundary_features(&bc, v, start, i, n, rule_cut == i + 1, feats);
                if (pgn__boundary_score(m, feats, n_f) > 0) cut = i + 1;
            }
        }
        if (!cut) continue;
        if ((v[i].flags & PGN__TOK_ABBREV_END) && !is_terminal(v[i + 1].form)) {
            int rc = split_dot(arena, tokens, i, err);
            if (rc) return rc;
            v = tokens->v;
            n = tokens->n;
            cut++;
            if (rule_cut > i) rule_cut++;
            pgn__bctx_init(&bc);             /* indices moved */
        }
        int rc = push(arena, sentences, v, start, cut, block, err);
        if (rc) return rc;
        start = cut;
        i = cut - 1;
    }
    if (start < n) return push(arena, sentences, v, start, n, block, err);
    return 0;
}
