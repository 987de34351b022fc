/* src/discourse/quotes.c -- direct quotes and reported speech, attributed.
**
** In: a document's kept blocks (text), its actor mentions (src/kb) and,
** when the parser ran, the tokens' heads and relations.  Out: pgn__quote
** records in doc->discourse->quotes (content, speaker, cue spans; the
** speaker's actor code), read by discourse_json.c and the events stage.
**
** The rules work on words of their own (letter/digit runs and single marks,
** like dates.c), so they do not depend on the tokenizer:
**  1. quotation marks are paired over the whole document: curly marks by
**     shape, straight ones by the spaces around them; a quote left open at
**     the end of a paragraph goes on when the next paragraph opens with a
**     quotation mark (news style), else it ends with the paragraph; inner
**     single quotes are part of the content;
**  2. sentences are cut at . ? ! before a capital, never inside a quote,
**     and never after a known abbreviation (Mr., U.S., Sept.);
**  3. a direct quote takes its speaker from a cue next to it in its
**     sentence: after it (`"...," said X` / `"...," X said`) or before it
**     (`X said: "..."`, `the NATO chief added, "..."`), or a name and a
**     colon (`Rep. Gowdy: "..."`, `More from the report: "..."`), or a
**     name alone on the next paragraph after a dash (`- Sanders.`); a
**     quote with no cue takes the speaker of the nearest quote before it
**     (within three sentences), as a paragraph of quotation continues the
**     last speaker;
**     in the same paragraph it is the same statement and joins that
**     speaker's quote (merge_continuations);
**  3b. in a transcript (three paragraphs or more opening with a speaker
**     label, one name recurring: `TAPPER: ...`, `Q: ...`, `A: ...`) each
**     labelled paragraph is the label's, the colon its cue;
**  4. every cue word (data/lexicon/quote_cues.txt) outside quotes not used
**     in 3 makes reported speech: `X said (that) C`, `C, X said`,
**     `C, said X`, `according to X, C`, `C, according to X`, `X told
**     reporters C`;
**  5. the subject is the noun phrase left of the cue (auxiliaries and
**     adverbs like "has", "also" go with the cue); an appositive between
**     commas stays with it ("Peskov, the Kremlin spokesman, said");
**  6. a quote run into a sentence after an ordinary word ("says Obama is
**     "obsessed" with") belongs to that sentence's reported speech; one
**     that no reported speech covers is reported alone (no speaker, no
**     cue): quoted words whose source the text does not give.
** When tokens carry a parse (deprel non-NULL), the nsubj subtree of a cue
** verb replaces the rules' speaker when it holds it and its ccomp subtree
** replaces the content; quotes_parse.c adds the attributions of verbs
** outside the lexicon that the parse shows (subject + clausal complement).
*/
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "discourse/cues.h"
#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* Marks of punctuation words. */
enum {
    M_WORD = 0,
    M_DQ_OPEN = 'O',   /* U+201C */
    M_DQ_CLOSE = 'C',  /* U+201D */
    M_SQ_OPEN = 'o',   /* U+2018 */
    M_DASH = '-',
};

/* The word lists the rules test words against, each a bit of a word's
** class (qword.cls), looked up once per word as it is lexed: testing the
** lists at each rule, word after word, was a fifth of the rule finders'
** instructions. */
enum {
    W_CUE_AUX = 1u << 0, W_NP_STOP = 1u << 1, W_PRONOUN = 1u << 2, W_DETERMINER = 1u << 3,
    W_WEEKDAY = 1u << 4, W_TIME = 1u << 5, W_ABBR = 1u << 6, W_FINITE = 1u << 7,
    W_RELATIVE = 1u << 8, W_NOT_ADVERB = 1u << 9, W_TAKES_OBJECT = 1u << 10,
    W_CLAUSE = 1u << 11, W_LABEL_STOP = 1u << 12, W_HEADLINE_PREP = 1u << 13,
    W_NOT_VERB = 1u << 14, W_RAISING = 1u << 15, W_BE = 1u << 16, W_PASSIVE = 1u << 17
};

/* Word w (a qword) is in the list of bit. */
#define IN(w, bit) (((w)->cls & (bit)) != 0)

typedef struct qword {
    uint32_t start, end;
    uint32_t block;          /* index into doc->blocks */
    char low[24];            /* lower case, "" when longer */
    uint32_t cls;            /* W_* bits: the word lists low is in (word_lists) */
    const pgn__cue *cue;     /* low's entry in the cue lexicon, or NULL */
    char mark;               /* 0 for words, else the mark */
    int cap;
    int in_quote;            /* inside a quote region (marks included) */
} qword;

typedef PGN__VEC(qword) qword_vec;

typedef struct region {
    size_t open, close;      /* word indexes of the marks (inclusive) */
    int used;
} region;

typedef PGN__VEC(region) region_vec;

static int alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Lexes one block; non-ASCII letters are word characters, typographic
** quotes and dashes are marks. */
static int lex_block(const char *text, size_t off, size_t end, uint32_t block, const pgn__cues *cues,
                     pgn__arena *a, qword_vec *out) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = off;
    while (i < end) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        /* Multi-byte punctuation: quotes, dashes, no-break space. */
        char mark = 0;
        size_t k = 1;
        if (c == 0xE2 && i + 2 < end && s[i + 1] == 0x80) {
            unsigned char t = s[i + 2];
            k = 3;
            if (t == 0x9C) mark = M_DQ_OPEN;
            else if (t == 0x9D) mark = M_DQ_CLOSE;
            else if (t == 0x98) mark = M_SQ_OPEN;
            else if (t == 0x99) mark = '\'';
            else if (t >= 0x90 && t <= 0x95) mark = M_DASH;
            else if (t == 0xA6) mark = '.';  /* ellipsis */
            else if (t <= 0x8B || t == 0xAF) {
                i += 3;   /* spaces of other widths */
                continue;
            } else mark = '?';
        } else if (c == 0xC2 && i + 1 < end && s[i + 1] == 0xA0) {
            i += 2;   /* no-break space */
            continue;
        }
        if (PGN__VEC_RESERVE(a, *out)) return PGN_ENOMEM;
        qword *w = &out->v[out->n++];
        memset(w, 0, sizeof *w);
        w->start = (uint32_t)i;
        w->block = block;
        if (mark == '\'' || (c == '\'' && i + 1 < end && s[i + 1] == '\'')) {
            /* Two apostrophes in a row are a double quotation mark (the
            ** style of some newspapers' archives). */
            size_t k2 = c == '\'' ? 1 : 3;
            if (i + k2 < end && (s[i + k2] == '\'' ||
                                 (i + k2 + 2 < end && s[i + k2] == 0xE2 && s[i + k2 + 1] == 0x80 &&
                                  s[i + k2 + 2] == 0x99))) {
                w->mark = '"';
                i += k2 + (s[i + k2] == '\'' ? 1 : 3);
            } else {
                w->mark = '\'';
                i += k2;
            }
        } else if (mark) {
            w->mark = mark;
            i += k;
        } else if (alnum(c)) {
            /* lower-cased and hashed as it is read: its word lists and its
            ** cue, asked once here, not at each rule that reads the word */
            uint32_t h = PGN__CUES_HASH0;
            while (i < end && alnum(s[i]) &&
                   !(s[i] == 0xE2 && i + 2 < end && s[i + 1] == 0x80) &&
                   !(s[i] == 0xC2 && i + 1 < end && s[i + 1] == 0xA0)) {
                unsigned char ch = s[i];
                size_t p = i - w->start;
                if (p + 1 < sizeof w->low) {
                    w->low[p] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                    h = pgn__cues_hash_step(h, (unsigned char)w->low[p]);
                }
                i++;
            }
            if (i - w->start < sizeof w->low) {
                w->cls = pgn__wordset_bits(&cues->words, w->low, h);
                w->cue = pgn__cues_find_hashed(cues, w->low, h);
            } else {
                memset(w->low, 0, sizeof w->low);   /* too long for any list */
            }
            w->cap = c >= 'A' && c <= 'Z';
        } else {
            w->mark = (char)c;
            i++;
            /* The rest of an unknown multi-byte character. */
            while (i < end && (s[i] & 0xC0) == 0x80) i++;
        }
        w->end = (uint32_t)i;
    }
    return 0;
}

typedef struct finder {
    pgn_doc *doc;
    const pgn__cues *cues;
    qword *w;
    size_t n;
    region_vec regions;
    size_t *sent_end;        /* sentence boundaries: last word index of each */
    size_t n_sent;
    pgn__quote_vec *out;
    size_t *cue_quote;       /* per sentence: the out index of the attribution
                             ** whose cue comes last in it, or SIZE_MAX */
} finder;

static int glued(const finder *f, size_t i) {
    return i + 1 < f->n && f->w[i].end == f->w[i + 1].start && f->w[i].block == f->w[i + 1].block;
}

static int is(const finder *f, size_t i, const char *low) {
    return i < f->n && !f->w[i].mark && f->w[i].low[0] == low[0] && strcmp(f->w[i].low, low) == 0;
}

static int is_quote_mark(char m) { return m == M_DQ_OPEN || m == M_DQ_CLOSE || m == '"'; }

/* ------------------------------------------------------ quote regions */

static int find_regions(finder *f, pgn__arena *a) {
    size_t open = SIZE_MAX;
    int depth = 0;   /* curly quotes nested inside the open one */
    for (size_t i = 0; i < f->n; i++) {
        qword *w = &f->w[i];
        /* A paragraph ends with the quote open: it goes on only when the
        ** next paragraph opens with a quotation mark. */
        if (open != SIZE_MAX && i > 0 && w->block != f->w[i - 1].block) {
            if (w->mark == M_DQ_OPEN || w->mark == '"') continue;
            if (PGN__VEC_RESERVE(a, f->regions)) return PGN_ENOMEM;
            region r = {open, i - 1, 0};
            f->regions.v[f->regions.n++] = r;
            open = SIZE_MAX;
            depth = 0;
        }
        int opens = 0, closes = 0;
        /* Markup attribute values (<tweet author="@x">) are no quotes. */
        if (w->mark == '"' && i > 0 && f->w[i - 1].mark == '=' && f->w[i - 1].end == w->start) {
            size_t k = i + 1;
            while (k < f->n && k < i + 40 && f->w[k].mark != '"') k++;
            if (k < f->n && f->w[k].mark == '"') i = k;
            continue;
        }
        /* An opening curly mark glued to the word before it and followed by
        ** a space (`Apparently not,\u201c he said`) is a closing one typed
        ** wrong: taken for a nested quote it held the rest of the paragraph,
        ** and the paragraphs after it, inside the quote. */
        int wrong_side = w->mark == M_DQ_OPEN && open != SIZE_MAX && depth == 0 && i > 0 &&
                         f->w[i - 1].end == w->start && f->w[i - 1].block == w->block && !glued(f, i);
        /* Curly marks nest: "He said "no" to me" closes at the last one. */
        if (!wrong_side && w->mark == M_DQ_OPEN && open != SIZE_MAX && f->w[open].mark == M_DQ_OPEN) {
            depth++;
            continue;
        }
        if (w->mark == M_DQ_CLOSE && depth > 0) {
            depth--;
            continue;
        }
        if (wrong_side) closes = 1;
        else if (w->mark == M_DQ_OPEN) opens = 1;
        else if (w->mark == M_DQ_CLOSE) closes = 1;
        else if (w->mark == '"') {
            int space_before = i == 0 || f->w[i - 1].end != w->start || f->w[i - 1].block != w->block;
            int space_after = !glued(f, i);
            if (open == SIZE_MAX) opens = !space_after || space_before;
            else closes = !space_before || space_after;
        }
        if (opens && open == SIZE_MAX) open = i;
        else if (closes && open != SIZE_MAX) {
            if (PGN__VEC_RESERVE(a, f->regions)) return PGN_ENOMEM;
            region r = {open, i, 0};
            f->regions.v[f->regions.n++] = r;
            open = SIZE_MAX;
        }
    }
    if (open != SIZE_MAX && open + 1 < f->n) {
        if (PGN__VEC_RESERVE(a, f->regions)) return PGN_ENOMEM;
        region r = {open, f->n - 1, 0};
        f->regions.v[f->regions.n++] = r;
    }
    for (size_t r = 0; r < f->regions.n; r++)
        for (size_t i = f->regions.v[r].open; i <= f->regions.v[r].close; i++) f->w[i].in_quote = 1;
    return 0;
}

/* ---------------------------------------------------------- sentences */

static int abbreviation(const finder *f, size_t i) {
    const qword *w = &f->w[i];
    if (w->mark) return 0;
    if (strlen(w->low) == 1 && w->cap) return 1;   /* "U.S.", "J. Smith" */
    return IN(w, W_ABBR);
}

static const pgn__cue *cue_at(const finder *f, size_t i, size_t e, size_t *last);

/* Words from i on are a short attribution ("Mr. Manafort asked.", "said
** the minister,"): a cue within six words, before any mark but the
** full stop of a title. */
static int attribution_follows(const finder *f, size_t i) {
    for (size_t k = i; k < f->n && k < i + 7 && f->w[k].block == f->w[i].block; k++) {
        size_t last;
        if (f->w[k].mark && !(f->w[k].mark == '.' && k > 0 && abbreviation(f, k - 1))) return 0;
        if (!f->w[k].mark && cue_at(f, k, f->n - 1, &last)) {
            size_t after = last + 1;
            return after >= f->n || f->w[after].mark == '.' || f->w[after].mark == ',' ||
                   f->w[after].block != f->w[k].block || (k == i && f->w[after].cap);
        }
    }
    return 0;
}

static int split_sentences(finder *f, pgn__arena *a) {
    PGN__VEC(size_t) ends = {0};
    for (size_t i = 0; i < f->n; i++) {
        int end = 0;
        if (i + 1 == f->n || f->w[i + 1].block != f->w[i].block) {
            end = 1;
        } else {
            const qword *w = &f->w[i];
            char m = w->mark;
            size_t nx = i + 1;
            int after_stop = (m == '.' || m == '?' || m == '!');
            /* "1.6", "U.S.A": a stop with no space after it ends nothing. */
            if (m == '.' && glued(f, i) && i > 0 && glued(f, i - 1)) after_stop = 0;
            /* `so."  Next` ends a sentence after the closing mark. */
            if ((m == M_DQ_CLOSE || m == '"') && i > 0 &&
                (f->w[i - 1].mark == '.' || f->w[i - 1].mark == '?' || f->w[i - 1].mark == '!'))
                after_stop = 2;
            if (after_stop && (!w->in_quote || after_stop == 2 ||
                               (m != '"' && nx < f->n && !f->w[nx].in_quote))) {
                const qword *n = &f->w[nx];
                int next_starts = n->cap || n->mark == M_DQ_OPEN || n->mark == '"' ||
                                  (n->low[0] >= '0' && n->low[0] <= '9');
                if (after_stop == 2 && (n->mark == M_DQ_OPEN || n->mark == '"')) next_starts = 1;
                /* `?" Mr. Manafort asked.` goes on: the attribution of the
                ** quote follows it. */
                if (after_stop == 2 && next_starts && attribution_follows(f, nx)) next_starts = 0;
                if (next_starts && !(after_stop == 1 && m == '.' && i > 0 && abbreviation(f, i - 1) &&
                                     glued(f, i - 1)))
                    end = 1;
                /* Inside a quote a stop ends no attribution sentence. */
                if (after_stop == 1 && w->in_quote) end = 0;
            }
        }
        if (end) {
            if (PGN__VEC_RESERVE(a, ends)) return PGN_ENOMEM;
            ends.v[ends.n++] = i;
        }
    }
    f->sent_end = ends.v;
    f->n_sent = ends.n;
    return 0;
}

/* ------------------------------------------------------- noun phrases */

/* ------------------------------------------------------ word classes */

/* Abbreviations a full stop follows without ending the sentence. */
static const char *const abbr[] = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr",
    "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "prof", "rev",
    "sgt", "capt", "maj", "adm", "cmdr", "supt", "inc", "corp", "co", "ltd", "mt", "ft"};

/* An appositive's words that make it a clause of its own ("a large margin,
** the race WILL be tight, said X"), unless a relative word comes first
** ("Black, WHO has been friends with him, said"). */
static const char *const finite[] = {"will", "would", "is", "was", "are", "were", "has",
                                     "have", "had", "be", "been", "can", "could", "should",
                                     "may", "might", "must", "do", "does", "did", "said"};
static const char *const relative[] = {"who", "whose", "whom", "which", "that", "where"};

/* Words in -ly that are no adverbs. */
static const char *const not_adverbs[] = {"family", "ally", "assembly", "rally", "supply",
                                          "reply", "daily", "weekly", "monthly", "only",
                                          "early", "likely", "holy", "italy", "july"};

/* Verbs whose object comes before what was said: "told reporters that". */
static const char *const object_verbs[] = {"told", "tell", "tells", "telling", "asked", "ask", "asks",
                                           "urged", "urges", "warned", "warns", "informed", "assured",
                                           "reminded", "briefed"};

/* Verbs and relative words no subject phrase holds (subject_word). */
static const char *const clause_words[] = {"is", "was", "are", "were", "has", "have", "had", "will",
                                           "would", "be", "been", "said", "says", "say", "told",
                                           "that", "which", "who", "can", "could", "should", "may",
                                           "might", "must", "do", "does", "did", "not"};

/* Words that open a paragraph before a colon without naming a speaker
** ("UPDATE:", "Editor's note:", "Follow X on Twitter:"). */
static const char *const label_stop[] = {
    "update", "updated", "correction", "clarification", "editor", "editors", "note", "email",
    "byline", "previously", "related", "watch", "read", "video", "photo", "photos", "source",
    "sources", "exclusive", "breaking", "also", "more", "listen", "see", "follow", "contact",
    "disclosure", "advertisement", "caption", "credit", "transcript", "excerpt", "excerpts",
    "contributing", "reporting", "editing", "view"};

/* A headline's words before its audience or topic ("Clinton TO Planned
** Parenthood: ..."). */
static const char *const headline_preps[] = {"on", "to", "at"};

/* Words in -ed before "that" that are no verbs of stance (that_frames). */
static const char *const not_verbs[] = {"is", "was", "has", "does", "this", "thus", "as",
                                        "less", "unless", "ones", "means", "yes", "days",
                                        "years", "times", "ensures", "ensured", "needs",
                                        "proceeds", "reads", "things", "aimed", "focused",
                                        "worried", "hopes", "is", "glad", "pleased"};

/* Hedges with no source (sourceless): raising verbs, and "be" with a
** participle of report or belief. */
static const char *const raising[] = {"seem", "seems", "seemed", "appear", "appears",
                                      "appeared", "reportedly"};
static const char *const be_forms[] = {"is", "are", "was", "were", "be", "been"};
static const char *const passive[] = {"expected", "believed", "said", "thought", "reported",
                                      "rumored", "rumoured", "alleged", "known", "considered",
                                      "understood", "estimated", "feared", "seen"};

/* Words that go with the cue when right before it: "has said", "also told". */
static const char *const cue_aux[] = {
    "has", "have", "had", "also", "reportedly", "previously", "later", "will", "would",
    "could", "did", "does", "do", "not", "never", "repeatedly", "publicly", "privately",
    "recently", "once", "again", "is", "was", "are", "were", "been", "be", "then",
    "further", "already", "often", "frequently", "flatly", "firmly", "quickly", "simply",
    "told", "may", "might", "should", "must", "can", "just", "first"};

/* Words that end a subject noun phrase on its left. */
static const char *const np_stop[] = {
    "in", "on", "at", "for", "with", "by", "from", "to", "into", "after", "before", "during",
    "when", "while", "as", "if", "because", "but", "or", "that", "which", "than", "so", "then",
    "where", "whom", "what", "since", "although", "though", "said", "says", "told", "is", "was",
    "are", "were", "and", "also", "however", "meanwhile", "but", "yet", "until", "under",
    "over", "about", "against", "without", "through", "between", "among", "says", "say",
    "will", "would", "has", "have", "had", "not", "be", "been", "there", "here", "this", "now"};

static const char *const pronouns[] = {"he", "she", "they", "it", "we", "i", "you", "who", "which"};

static const char *const determiners[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
    "those", "that", "some", "many", "several", "both", "all", "each", "every", "most", "media",
    "news", "press"};

static const char *const weekday_names[] = {"monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};

/* Words of a time adverbial between a subject and its verb ("Trump on
** Sunday tweeted", "the minister yesterday said"). */
static const char *const time_words[] = {"yesterday", "today", "tonight", "morning", "afternoon",
                                         "evening", "night", "earlier", "later", "week", "month",
                                         "year"};

static int time_word(const finder *f, size_t i) {
    const qword *x = &f->w[i];
    return !x->mark && (IN(x, W_TIME) || (x->cap && IN(x, W_WEEKDAY)));
}

int pgn__quotes_words(pgn__arena *a, pgn__wordset *out) {
#define LIST(l, bit) {(l), sizeof(l) / sizeof((l)[0]), (bit)}
    const pgn__word_list lists[] = {
        LIST(cue_aux, W_CUE_AUX),          LIST(np_stop, W_NP_STOP),
        LIST(pronouns, W_PRONOUN),         LIST(determiners, W_DETERMINER),
        LIST(weekday_names, W_WEEKDAY),    LIST(time_words, W_TIME),
        LIST(abbr, W_ABBR),                LIST(finite, W_FINITE),
        LIST(relative, W_RELATIVE),        LIST(not_adverbs, W_NOT_ADVERB),
        LIST(object_verbs, W_TAKES_OBJECT), LIST(clause_words, W_CLAUSE),
        LIST(label_stop, W_LABEL_STOP),    LIST(headline_preps, W_HEADLINE_PREP),
        LIST(not_verbs, W_NOT_VERB),       LIST(raising, W_RAISING),
        LIST(be_forms, W_BE),              LIST(passive, W_PASSIVE)};
#undef LIST
    return pgn__wordset_build(a, lists, sizeof lists / sizeof lists[0], out);
}

/* A '.' at word i that belongs to an abbreviation ("Mr.", "B.", "Calif."). */
static int abbrev_stop(const finder *f, size_t i) {
    return f->w[i].mark == '.' && i > 0 && glued(f, i - 1) && abbreviation(f, i - 1);
}

/* Subject noun phrase ending right before word j (inclusive end j), within
** the sentence starting at s.  Returns its first word, or SIZE_MAX. */
static size_t subject_left(const finder *f, size_t s, size_t j, size_t *end) {
    if (end) *end = j;
    if (j == SIZE_MAX || j < s || j >= f->n) return SIZE_MAX;
    /* Skip a time adverbial: "on Sunday", "yesterday". */
    size_t j0 = j;
    while (j > s && time_word(f, j)) {
        j--;
        if (j > s && (is(f, j, "on") || is(f, j, "last") || is(f, j, "this"))) j--;
    }
    if (j != j0 && f->w[j].mark == ',' && j > s) j--;
    if (end) *end = j;
    const qword *w = &f->w[j];
    if (!w->mark && IN(w, W_PRONOUN)) return j;
    size_t i = j;
    /* An appositive: "Peskov, the Kremlin spokesman, said". */
    if (w->mark == ',') {
        size_t k = j;
        int found = 0;
        while (k > s && j - k < 30) {
            k--;
            if (f->w[k].mark == ',') {
                found = 1;
                break;
            }
            if (f->w[k].in_quote || (f->w[k].mark == '.' && !abbrev_stop(f, k)) ||
                f->w[k].mark == ';')
                break;
        }
        if (!found && k == s && j > s) {
            /* One comma only: a name with its parenthetical or place
            ** heading the sentence ("Sen. Jack Reed (D-R.I.), said"). */
            size_t words = 0, x;
            for (x = s; x < j; x++) {
                const qword *y = &f->w[x];
                if (y->mark == '(') {
                    while (x < j && f->w[x].mark != ')') x++;
                    continue;
                }
                if (y->mark ? !(y->mark == '.' && abbrev_stop(f, x)) && y->mark != '-' && y->mark != '\''
                            : !(y->cap || is(f, x, "of") || is(f, x, "s")) || ++words > 6)
                    break;
            }
            if (x == j && words > 0) {
                if (end) *end = j - 1;
                return s;
            }
        }
        if (!found || k == s) return SIZE_MAX;
        /* An appositive is a noun phrase, maybe with a relative clause
        ** ("Black, who has been friends with him, said"): "a large
        ** margin, the race will be tight, said X" has a clause of its own
        ** between the commas. */
        int clause = 0;
        for (size_t x = k + 1; x < j; x++) {
            if (f->w[x].mark) continue;
            if (IN(&f->w[x], W_RELATIVE)) {
                clause = 0;
                break;
            }
            clause |= IN(&f->w[x], W_FINITE);
        }
        if (clause) return SIZE_MAX;
        i = k - 1;
    }
    size_t first = SIZE_MAX;
    size_t n = 0;
    for (;; i--) {
        const qword *x = &f->w[i];
        if (x->in_quote) break;
        if (x->mark == ')') {
            /* "Sanders (I-Vt.)" */
            size_t k = i;
            while (k > s && i - k < 10 && f->w[k].mark != '(') k--;
            if (f->w[k].mark != '(' || k == s) break;
            i = k;
            first = k;
            continue;
        }
        if (x->mark) {
            /* "U.S.", "Clinton's", "vice-president" stay inside. */
            int inner = (x->mark == '.' || x->mark == '\'' || x->mark == '-' || x->mark == '&') &&
                        i > s && glued(f, i - 1) &&
                        (x->mark != '.' || glued(f, i) || abbreviation(f, i - 1));
            if (!inner) break;
        } else if (IN(x, W_NP_STOP)) {
            /* "and" joins two names: "Trump and Clinton said". */
            if (!(strcmp(x->low, "and") == 0 && first != SIZE_MAX && f->w[first].cap && i > s &&
                  f->w[i - 1].cap))
                break;
        }
        first = i;
        if (++n >= 12 || i == s) break;
        if (!x->mark && IN(x, W_PRONOUN)) break;
    }
    if (first == SIZE_MAX) return SIZE_MAX;
    /* A phrase of punctuation alone is none. */
    for (size_t k = first; k <= j; k++)
        if (!f->w[k].mark) return first;
    return SIZE_MAX;
}

/* Noun phrase starting at word i (after an inverted cue or "according
** to"), ending before a comma, stop or quotation mark; an appositive or
** a relative clause after a comma goes with it ("said Howard Rubel, a
** senior analyst at Jefferies,", "said Black, who has known him");
** to_end lets an appositive run to the end of the sentence, for a phrase
** that ends it.  Returns its last word or SIZE_MAX. */
static size_t phrase_right(const finder *f, size_t i, size_t e, int to_end) {
    size_t last = SIZE_MAX, k;
    if (i > e || f->w[i].mark || is(f, i, "that")) return SIZE_MAX;
    for (k = i; k <= e && k < i + 14; k++) {
        const qword *x = &f->w[k];
        if (x->in_quote) break;
        if (x->mark) {
            int inner = (x->mark == '.' || x->mark == '\'' || x->mark == '-' || x->mark == '&') &&
                        k > i && glued(f, k - 1) &&
                        (x->mark != '.' || glued(f, k) || abbreviation(f, k - 1));
            if (!inner) break;
            continue;
        }
        if (k > i && (strcmp(x->low, "that") == 0 || strcmp(x->low, "who") == 0 ||
                      strcmp(x->low, "in") == 0 || strcmp(x->low, "on") == 0 ||
                      strcmp(x->low, "at") == 0 || strcmp(x->low, "when") == 0 ||
                      strcmp(x->low, "during") == 0 || strcmp(x->low, "after") == 0 ||
                      strcmp(x->low, "whether") == 0 || strcmp(x->low, "if") == 0))
            break;
        last = k;
    }
    if (last != SIZE_MAX && k <= e && f->w[k].mark == ',' && k + 1 <= e &&
        (is(f, k + 1, "a") || is(f, k + 1, "an") || is(f, k + 1, "the") || is(f, k + 1, "one") ||
         is(f, k + 1, "another") || is(f, k + 1, "his") || is(f, k + 1, "her") ||
         is(f, k + 1, "their") || is(f, k + 1, "its") || is(f, k + 1, "who") ||
         is(f, k + 1, "whose"))) {
        size_t x = k + 1;
        while (x <= e && x < k + 18 && !f->w[x].in_quote && f->w[x].mark != ',' &&
               !(f->w[x].mark == '.' && !abbreviation(f, x - 1)) && f->w[x].mark != ';')
            x++;
        if (x <= e && f->w[x].mark == ',') last = x;
        else if (to_end && (x > e || f->w[x].mark == '.')) last = x - 1;
    }
    return last;
}

/* ---------------------------------------------------------- emitting */

static void set_span(pgn__span *sp, const finder *f, size_t a, size_t b) {
    sp->present = 1;
    sp->start = f->w[a].start;
    sp->end = f->w[b].end;
}

/* Index of the sentence holding word i. */
static size_t sentence_of(const finder *f, size_t i) {
    size_t lo = 0, hi = f->n_sent;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->sent_end[mid] < i) lo = mid + 1;
        else hi = mid;
    }
    return lo < f->n_sent ? lo : f->n_sent - 1;
}

static int emit(finder *f, pgn__arena *ar, int direct, size_t c0, size_t c1, size_t s0, size_t s1,
                size_t k0, size_t k1, const pgn__span *inherit) {
    if (c0 > c1 || c0 >= f->n || c1 >= f->n) return 0;
    /* A speaker that is a lone determiner ("The" of "The campaign,
    ** calling ..."): the rule misread the phrase; no speaker. */
    if (s0 != SIZE_MAX && s0 == s1 && !f->w[s0].mark && IN(&f->w[s0], W_DETERMINER))
        s0 = s1 = SIZE_MAX;
    if (PGN__VEC_RESERVE(ar, *f->out)) return PGN_ENOMEM;
    pgn__quote *q = &f->out->v[f->out->n++];
    memset(q, 0, sizeof *q);
    q->direct = direct;
    q->mention = -1;
    set_span(&q->content, f, c0, c1);
    if (s0 != SIZE_MAX && s1 != SIZE_MAX && s0 <= s1) set_span(&q->speaker, f, s0, s1);
    if (k0 != SIZE_MAX && k1 != SIZE_MAX && k0 <= k1) set_span(&q->cue, f, k0, k1);
    if (inherit && !q->speaker.present) q->speaker = *inherit;
    if (q->cue.present && q->speaker.present && f->cue_quote) {
        size_t sn = sentence_of(f, k0), *slot = &f->cue_quote[sn];
        if (*slot == SIZE_MAX || f->out->v[*slot].cue.start < q->cue.start) *slot = f->out->n - 1;
    }
    return 0;
}

/* The attribution in sentence [s, ...] whose cue comes before word k0,
** for a later cue of the same speaker ("..., adding", "and has said"). */
static const pgn__quote *earlier_attribution(const finder *f, size_t s, size_t k0) {
    size_t q = f->cue_quote ? f->cue_quote[sentence_of(f, s)] : SIZE_MAX;
    if (q == SIZE_MAX || f->out->v[q].cue.start >= f->w[k0].start) return NULL;
    return &f->out->v[q];
}

/* Trims sentence punctuation and commas from both ends of [*a, *b]; 0 when
** nothing is left. */
static int trim(const finder *f, size_t *a, size_t *b) {
    while (*a <= *b && f->w[*a].mark && !is_quote_mark(f->w[*a].mark) && f->w[*a].mark != M_SQ_OPEN)
        (*a)++;
    while (*b >= *a && *b != SIZE_MAX && f->w[*b].mark && !is_quote_mark(f->w[*b].mark) &&
           f->w[*b].mark != '\'' && f->w[*b].mark != ')')
        (*b)--;
    return *b != SIZE_MAX && *a <= *b;
}

/* Cue at word i: its lexicon entry and its last word (multi-word cues). */
static const pgn__cue *cue_at(const finder *f, size_t i, size_t e, size_t *last) {
    const qword *w = &f->w[i];
    if (w->mark || w->in_quote || !w->low[0]) return NULL;
    if (is(f, i, "according") && is(f, i + 1, "to") && i + 1 <= e) {
        *last = i + 1;
        return pgn__cues_find(f->cues, "according to");
    }
    const pgn__cue *c = w->cue;
    if (!c) return NULL;
    /* After a determiner the word is a noun: "the reports", "his claims". */
    if (i > 0 && !f->w[i - 1].mark && IN(&f->w[i - 1], W_DETERMINER)) return NULL;
    if (i > 2 && is(f, i - 1, "s") && f->w[i - 2].mark == '\'' && glued(f, i - 2) &&
        !IN(&f->w[i - 3], W_PRONOUN))
        return NULL;
    /* Participles of evidence and belief verbs in noun phrases ("the
    ** expected result") are caught above; "said" after "the" too. */
    *last = i;
    return c;
}

/* A lower-case adverb in -ly ("allegedly", "publicly"), not a noun or
** adjective that ends so. */
static int adverb(const qword *w) {
    size_t n = strlen(w->low);
    return !w->cap && n > 4 && strcmp(w->low + n - 2, "ly") == 0 && !IN(w, W_NOT_ADVERB);
}

/* Extends a cue left over auxiliaries and adverbs ("has also said",
** "didn't say", "'s describing"). */
static size_t cue_start(const finder *f, size_t s, size_t i) {
    for (;;) {
        if (i > s && !f->w[i - 1].mark && !f->w[i - 1].in_quote &&
            (IN(&f->w[i - 1], W_CUE_AUX) || adverb(&f->w[i - 1])) &&
            strcmp(f->w[i - 1].low, "told") != 0) {
            i--;
            continue;
        }
        /* n't, 's, 're, 've, 'd, 'll glued to the word before */
        if (i >= s + 2 && f->w[i - 2].mark == '\'' && !f->w[i - 1].mark &&
            (is(f, i - 1, "t") || is(f, i - 1, "s") || is(f, i - 1, "re") || is(f, i - 1, "ve") ||
             is(f, i - 1, "d") || is(f, i - 1, "ll")) &&
            glued(f, i - 2) && i - 2 > s && glued(f, i - 3)) {
            /* "didn't": the "didn" goes with the cue; "She's": the
            ** pronoun stays the subject; after a name "'s" is a
            ** possessive ("Xi's alleged refusal") and ends the cue. */
            size_t base = i - 3;
            size_t n = strlen(f->w[base].low);
            if (is(f, i - 1, "s") && !IN(&f->w[base], W_PRONOUN) && strcmp(f->w[base].low, "that") != 0 &&
                strcmp(f->w[base].low, "there") != 0)
                break;
            if (is(f, i - 1, "t") && n > 1 && f->w[base].low[n - 1] == 'n' && base > s) i = base;
            else i -= 2;
            continue;
        }
        break;
    }
    return i;
}

/* Verbs whose object comes before what was said: "told reporters that". */
static int takes_object(const qword *w) { return IN(w, W_TAKES_OBJECT); }

/* Start of the content after a cue ending at word k, in sentence [s, e]:
** "that" when it comes soon, else past an object and a time or place. */
static size_t content_after(const finder *f, size_t k, size_t e, const qword *cue) {
    size_t c = k + 1;
    for (size_t x = c; x <= e && x < c + 9; x++) {
        if (f->w[x].in_quote || f->w[x].mark == ',' || f->w[x].mark == ':') break;
        if (is(f, x, "that")) return x;
    }
    if (takes_object(cue)) {
        /* "told reporters", "told the BBC", "told Reuters news agency" */
        size_t x = c;
        if (x <= e && !f->w[x].mark && IN(&f->w[x], W_DETERMINER)) x++;
        while (x <= e && !f->w[x].mark && (f->w[x].cap || x == c) && x < c + 5) x++;
        if (x <= e && (is(f, x, "reporters") || is(f, x, "journalists") || is(f, x, "lawmakers") ||
                       is(f, x, "agency")))
            x++;
        c = x;
    }
    while (c <= e && (f->w[c].mark == ',' || f->w[c].mark == ':')) c++;
    return c;
}

/* --------------------------------------------------------- attribution */

typedef struct attrib {
    size_t s0, s1, k0, k1;    /* speaker and cue words, SIZE_MAX when none */
} attrib;

static void no_attrib(attrib *a) { a->s0 = a->s1 = a->k0 = a->k1 = SIZE_MAX; }

/* Word x may stand in a subject phrase the noun-phrase walk (subject_left)
** cuts short: not quoted, no verb or relative word, no mark but an
** apostrophe or a hyphen ("co-Anchor", "warm-and-fuzzy"). */
static int subject_word(const finder *f, size_t x) {
    const qword *w = &f->w[x];
    if (w->in_quote) return 0;
    if (w->mark) return w->mark == '\'' || w->mark == '-';
    return !IN(w, W_CLAUSE);
}

/* Words a .. s0-1 before the subject_left's start s0 (at most eight)
** complete the subject: each a subject_word, the first no conjunction
** (", and Smith said" has no subject of its own). */
static int completes_subject(const finder *f, size_t a, size_t s0) {
    if (a >= s0 || s0 - a > 8 || is(f, a, "and") || is(f, a, "but") || is(f, a, "or")) return 0;
    for (size_t x = a; x < s0; x++)
        if (!subject_word(f, x)) return 0;
    return 1;
}

/* A cue ending its sentence after a comma whose subject the noun-phrase
** walk cut short ("..., he and Mr. Allen said.", "..., current and former
** officials said.", "..., people familiar with the session said."): the
** subject runs from the comma to the cue.  The start of that phrase, or
** SIZE_MAX. */
static size_t subject_after_comma(const finder *f, size_t s, size_t s0) {
    size_t x = s0;
    while (x > s + 1 && s0 - x < 8 && subject_word(f, x - 1)) x--;
    return x > s + 1 && f->w[x - 1].mark == ',' && completes_subject(f, x, s0) ? x : SIZE_MAX;
}

/* A cue word of a quote closing just before: the lexicon's, or "read" and
** "reads", which report written words there only (`," the statement
** read`, `," read the email`; on PolNeAR training articles 13 of 13 such
** uses are marked cues, where "read" elsewhere is mostly reading). */
static const pgn__cue *cue_after_quote(const finder *f, size_t i, size_t e, size_t *last) {
    static const pgn__cue read_cue = {.form = "read", .n_words = 1, .kind = PGN__CUE_SPEECH};
    const pgn__cue *c = cue_at(f, i, e, last);
    if (c || f->w[i].in_quote || !(is(f, i, "read") || is(f, i, "reads"))) return c;
    *last = i;
    return &read_cue;
}

/* A cue right after a quote closing at word c: `," said X` or `," X said`. */
static int attrib_after(const finder *f, size_t c, size_t e, attrib *a) {
    size_t i = c + 1;
    /* a single mark closing a quote inside the quote: `country,''' said X` */
    while (i <= e && (f->w[i].mark == ',' || f->w[i].mark == M_DASH || f->w[i].mark == '\'')) i++;
    if (i > e) return 0;
    size_t last;
    const pgn__cue *cue = cue_after_quote(f, i, e, &last);
    if (cue && !(i > 0 && cue_start(f, c + 1, i) != i)) {
        size_t sp = phrase_right(f, last + 1, e, 1);
        if (sp == SIZE_MAX) return 0;
        a->k0 = i;
        a->k1 = last;
        a->s0 = last + 1;
        a->s1 = sp;
        return 1;
    }
    /* `," the minister said` / `," Peskov, the Kremlin spokesman, said` */
    for (size_t k = i + 1; k <= e && k < i + 14; k++) {
        if (f->w[k].in_quote) break;
        const pgn__cue *cu = cue_after_quote(f, k, e, &last);
        if (!cu) continue;
        size_t k0 = cue_start(f, i, k);
        if (k0 == i) return 0;
        size_t s1;
        size_t s0 = subject_left(f, i, k0 - 1, &s1);
        /* `," CBS This Morning co-Anchor DeMarco Morgan said`: the walk
        ** stops at "This"; the words from the quote on complete it */
        if (s0 != i && !(s0 != SIZE_MAX && completes_subject(f, i, s0))) return 0;
        s0 = i;
        a->s0 = s0;
        a->s1 = s1;
        a->k0 = k0;
        a->k1 = last;
        return 1;
    }
    return 0;
}

/* A cue before a quote opening at word o: `X said: "`, `X told reporters, "`. */
static int attrib_before(const finder *f, size_t s, size_t o, attrib *a) {
    if (o == s) return 0;
    size_t j = o - 1;
    while (j > s && (f->w[j].mark == ',' || f->w[j].mark == ':' || f->w[j].mark == M_DASH)) j--;
    for (size_t back = 0; back < 6 && j >= s; back++, j--) {
        if (f->w[j].in_quote) break;
        size_t last;
        const pgn__cue *cue = cue_at(f, j, o, &last);
        if (cue && last < o) {
            size_t k0 = cue_start(f, s, j);
            if (strcmp(cue->form, "according to") == 0) {
                size_t sp = phrase_right(f, last + 1, o - 1, 0);
                if (sp == SIZE_MAX) return 0;
                a->s0 = last + 1;
                a->s1 = sp;
            } else {
                if (k0 == s) return 0;
                size_t s1;
                size_t s0 = subject_left(f, s, k0 - 1, &s1);
                if (s0 == SIZE_MAX) {
                    /* `said Peskov: "` */
                    size_t sp = phrase_right(f, last + 1, o - 1, 0);
                    if (sp == SIZE_MAX) return 0;
                    a->s0 = last + 1;
                    a->s1 = sp;
                } else {
                    a->s0 = s0;
                    a->s1 = s1;
                }
            }
            a->k0 = k0;
            a->k1 = last;
            return 1;
        }
        if (j == s) break;
    }
    return 0;
}

/* A name and a colon before a quote opening at word o, heading the
** sentence or after a dash: `Rep. Trey Gowdy (R-S.C.): "..."`, `... -
** Mark Blumenthal and Jon Cohen: "..."` (transcripts, newsletters).  The
** colon is the cue. */
static int attrib_colon(const finder *f, size_t s, size_t o, attrib *a) {
    if (o < s + 2 || f->w[o - 1].mark != ':') return 0;
    /* `From the report: "`, `- More from Jones: "` (newsletters): the
    ** speaker is what the words come from */
    for (size_t j = o - 1; j > s && j + 10 > o; j--) {
        size_t k = j - 1;
        if (!is(f, k, "from")) continue;
        size_t b = k > s && is(f, k - 1, "more") ? k - 1 : k;
        if (b > s && f->w[b - 1].mark != M_DASH && f->w[b - 1].mark != '-') break;
        size_t tmp, n_words = 0;
        for (size_t x = k + 1; x < o - 1; x++) {
            if (f->w[x].in_quote || cue_at(f, x, o, &tmp)) return 0;
            n_words += !f->w[x].mark;
        }
        if (n_words == 0 || n_words > 6) return 0;
        a->s0 = k + 1;
        a->s1 = o - 2;
        a->k0 = a->k1 = o - 1;
        return 1;
    }
    size_t s1, s0 = subject_left(f, s, o - 2, &s1);
    if (s0 == SIZE_MAX || s1 != o - 2 || !f->w[s0].cap) return 0;
    if (s0 > s && f->w[s0 - 1].mark != M_DASH && f->w[s0 - 1].mark != '-') return 0;
    size_t tmp, n_words = 0;
    for (size_t k = s0; k < o - 1; k++) {
        if (cue_at(f, k, o, &tmp)) return 0;
        n_words += !f->w[k].mark;
    }
    if (n_words > 8) return 0;
    a->s0 = s0;
    a->s1 = s1;
    a->k0 = a->k1 = o - 1;
    return 1;
}

/* A paragraph that is a quote and a next paragraph that is only a dash and
** a name (the fact-checkers' `"...pay zero taxes."` / `- Sanders.`):
** the name is the speaker, the dash the cue (PolNeAR marks 5 of the 6 on
** its training articles; the sixth is an agency's credit after a paragraph
** that only ends with a quote). */
static int attrib_dash_line(const finder *f, const region *rg, attrib *a) {
    size_t d = rg->close + 1;
    while (d < f->n && f->w[d].block == f->w[rg->close].block && f->w[d].mark == '.') d++;
    if (d >= f->n || f->w[d].block == f->w[rg->close].block || (rg->open > 0 &&
        f->w[rg->open - 1].block == f->w[rg->open].block))
        return 0;
    if (f->w[d].mark != M_DASH && f->w[d].mark != '-') return 0;
    size_t k = d + 1, last = SIZE_MAX, n_words = 0;
    for (; k < f->n && f->w[k].block == f->w[d].block; k++) {
        const qword *x = &f->w[k];
        if (x->mark == '.' && (k + 1 >= f->n || f->w[k + 1].block != x->block)) break;
        if (x->mark ? !(x->mark == '.' || x->mark == '\'' || x->mark == '-')
                    : (!x->cap || ++n_words > 4))
            return 0;
        if (!x->mark) last = k;
    }
    if (last == SIZE_MAX) return 0;
    a->s0 = d + 1;
    a->s1 = last;
    a->k0 = a->k1 = d;
    return 1;
}

/* A quote opening a paragraph after one that ends on a cue and a colon
** (`Reporter Jomana Karadsheh says:` / `"Well Anderson, ..."`, `Cruz
** continued:`): the cue and its subject there (6 of 6 such shapes marked
** on PolNeAR's training articles). */
static int attrib_prev_paragraph(const finder *f, const region *rg, attrib *a) {
    size_t o = rg->open;
    if (o == 0 || f->w[o - 1].block == f->w[o].block || f->w[o - 1].mark != ':' ||
        f->w[o - 1].in_quote)
        return 0;
    size_t sn = sentence_of(f, o - 1);
    size_t s = sn == 0 ? 0 : f->sent_end[sn - 1] + 1;
    return s < o - 1 && attrib_before(f, s, o, a);
}

static int direct_quotes(finder *f, pgn__arena *ar, unsigned char *used) {
    size_t sent = 0, last_sent = SIZE_MAX;
    pgn__span last_speaker;
    memset(&last_speaker, 0, sizeof last_speaker);
    for (size_t r = 0; r < f->regions.n; r++) {
        region *rg = &f->regions.v[r];
        while (sent < f->n_sent && f->sent_end[sent] < rg->open) sent++;
        if (sent >= f->n_sent) break;
        size_t s = sent == 0 ? 0 : f->sent_end[sent - 1] + 1;
        size_t cs = sent;
        while (cs < f->n_sent && f->sent_end[cs] < rg->close) cs++;
        if (cs >= f->n_sent) cs = f->n_sent - 1;
        size_t e = f->sent_end[cs];
        /* A quote run into the sentence after an ordinary word ("says
        ** Obama is "obsessed" with", "called it "a disgrace"") is part
        ** of what the sentence reports: the indirect rules take it. */
        if (rg->open > s && f->w[rg->open - 1].block == f->w[rg->open].block) {
            const qword *p = &f->w[rg->open - 1];
            size_t tmp;
            int after_cue = !p->mark && cue_at(f, rg->open - 1, e, &tmp) != NULL;
            if (!p->mark && !after_cue) continue;
            if (p->mark && p->mark != ',' && p->mark != ':' && p->mark != M_DASH &&
                p->mark != '(' && !is_quote_mark(p->mark))
                continue;
        }
        attrib a;
        no_attrib(&a);
        if (!attrib_after(f, rg->close, e, &a)) {
            no_attrib(&a);
            if (!attrib_before(f, s, rg->open, &a)) {
                no_attrib(&a);
                if (!attrib_colon(f, s, rg->open, &a)) {
                    no_attrib(&a);
                    if (!attrib_dash_line(f, rg, &a)) {
                        no_attrib(&a);
                        if (!attrib_prev_paragraph(f, rg, &a)) no_attrib(&a);
                    }
                }
            }
        }
        const pgn__span *inherit = NULL;
        if (a.s0 == SIZE_MAX && last_speaker.present && last_sent != SIZE_MAX && sent - last_sent <= 3)
            inherit = &last_speaker;
        if (emit(f, ar, 1, rg->open, rg->close, a.s0, a.s1, a.k0, a.k1, inherit)) return PGN_ENOMEM;
        if (a.k0 != SIZE_MAX)
            for (size_t k = a.k0; k <= a.k1; k++) used[k] = 1;
        const pgn__quote *q = &f->out->v[f->out->n - 1];
        if (q->speaker.present) {
            last_speaker = q->speaker;
            last_sent = cs;
        }
        rg->used = 1;
    }
    return 0;
}

static int is_passive(const finder *f, size_t k0, size_t cue) {
    if (cue > 0 && is(f, cue - 1, "being")) return 1;
    for (size_t k = k0; k < cue; k++)
        if (is(f, k, "is") || is(f, k, "was") || is(f, k, "are") || is(f, k, "were") ||
            is(f, k, "been") || is(f, k, "be"))
            return strlen(f->w[cue].low) > 2 &&
                   (strcmp(f->w[cue].low + strlen(f->w[cue].low) - 2, "ed") == 0 ||
                    is(f, cue, "told") || is(f, cue, "said") || is(f, cue, "thought") ||
                    is(f, cue, "known") || is(f, cue, "shown") || is(f, cue, "found"));
    return 0;
}

static int ends_ing(const char *low) {
    size_t n = strlen(low);
    return n > 4 && strcmp(low + n - 3, "ing") == 0;
}

/* The first word after a dateline opening sentence [s, e] ("WASHINGTON
** --", "MANCHESTER, N.H. -", "ORLANDO (Reuters) -"): capitals, commas,
** stops and a parenthesised agency, then a dash.  s when there is none. */
static size_t after_dateline(const finder *f, size_t s, size_t e) {
    size_t k = s;
    int words = 0;
    for (; k <= e && k < s + 12; k++) {
        const qword *x = &f->w[k];
        if (x->in_quote) return s;
        if (x->mark == M_DASH || x->mark == '-') break;
        if (x->mark == '(') {
            while (k <= e && k < s + 12 && f->w[k].mark != ')') k++;
            continue;
        }
        if (x->mark == ',' || x->mark == '.') continue;
        if (x->mark) return s;
        const char *raw = f->doc->text + x->start;
        for (uint32_t b = 0; b < x->end - x->start; b++)
            if (raw[b] >= 'a' && raw[b] <= 'z') return s;
        words++;
    }
    if (!words || k > e || (f->w[k].mark != M_DASH && f->w[k].mark != '-')) return s;
    while (k <= e && (f->w[k].mark == M_DASH || f->w[k].mark == '-')) k++;
    return k <= e ? k : s;
}

/* The noun phrase opening sentence [s, e]: capitalised words, determiners,
** "of" and possessives up to the first other word.  SIZE_MAX when none. */
static size_t opening_phrase(const finder *f, size_t s, size_t e) {
    size_t last = SIZE_MAX;
    for (size_t k = s; k <= e && k < s + 8; k++) {
        const qword *x = &f->w[k];
        if (x->in_quote) break;
        if (x->mark) {
            if ((x->mark == '.' && abbreviation(f, k - (k > s))) ||
                (x->mark == '\'' && k > s && glued(f, k - 1)))
                continue;
            break;
        }
        if (!(x->cap || IN(x, W_DETERMINER) || is(f, k, "of") ||
              (is(f, k, "s") && k > s && f->w[k - 1].mark == '\'')))
            break;
        if (k == s && IN(x, W_NP_STOP)) break;
        last = k;
    }
    if (last != SIZE_MAX && last >= s && f->w[last].cap) return last;
    return last != SIZE_MAX && !IN(&f->w[last], W_DETERMINER) ? last : SIZE_MAX;
}

/* Headline style "Cruz: Trump Would Put Liberals On Court", "Clinton
** camp: ...", "Dr. Ben Carson: ...": a short phrase opening with a capital
** and holding no verb-like stop word, then a colon. */
static int colon_attribution(finder *f, pgn__arena *ar, unsigned char *used, size_t s, size_t e) {
    if (s > e || f->w[s].mark || !f->w[s].cap || IN(&f->w[s], W_LABEL_STOP)) return 0;
    /* The article's headline names the speaker's topic or audience too:
    ** "CNN President On Trump: ...", "Clinton to Planned Parenthood: ..."
    ** (the speaker is the words before "on"/"to"/"at"). */
    size_t c = s, n_words = 0, prep = SIZE_MAX;
    while (c <= e && c < s + (prep == SIZE_MAX ? 9 : 20) && !f->w[c].in_quote) {
        const qword *x = &f->w[c];
        if (x->mark == ':') break;
        if (x->mark) {
            if (!((x->mark == '.' && (abbrev_stop(f, c) || prep != SIZE_MAX)) || x->mark == '-' ||
                  x->mark == '\''))
                return 0;
        } else if (prep == SIZE_MAX && s == 0 && n_words > 0 && IN(x, W_HEADLINE_PREP)) {
            prep = c;
        } else {
            if ((prep == SIZE_MAX && IN(x, W_NP_STOP)) || ++n_words > (prep == SIZE_MAX ? 5 : 12))
                return 0;
        }
        c++;
    }
    if (c == s || c > e || f->w[c].mark != ':' || c + 1 > e || used[c]) return 0;
    /* "CORRECTION:", "UPDATE:" are labels; "New Hampshire: Andrew
    ** Collins, Arnie Arnesen, ..." is a list. */
    if (c == s + 1 && strlen(f->w[s].low) > 1) {
        const char *raw = f->doc->text + f->w[s].start;
        int upper = 1;
        for (size_t k = 0; k < f->w[s].end - f->w[s].start; k++)
            if (raw[k] >= 'a' && raw[k] <= 'z') upper = 0;
        if (upper) return 0;
    }
    size_t commas = 0;
    for (size_t k = c + 1; k <= e; k++) commas += f->w[k].mark == ',';
    if (commas >= 3) return 0;
    size_t tmp;
    for (size_t k = s; k < (prep == SIZE_MAX ? c : prep); k++)
        if (cue_at(f, k, e, &tmp)) return 0;
    size_t c0 = c + 1, c1 = e, n_content = 0;
    if (!trim(f, &c0, &c1)) return 0;
    for (size_t k = c0; k <= c1; k++) n_content += !f->w[k].mark;
    if (n_content < 2) return 0;
    used[c] = 1;
    return emit(f, ar, 0, c0, c1, s, prep == SIZE_MAX ? c - 1 : prep - 1, c, c, NULL) ? -1 : 1;
}

/* A speaker label opening paragraph word p ("TAPPER:", "SEN. LINDSEY
** GRAHAM:", "Q:", "Chris Matthews:"): one to four capitalised words (with
** stops, apostrophes, hyphens) and a colon, words of the paragraph after
** it.  The colon's word index, or SIZE_MAX. */
static size_t label_colon(const finder *f, size_t p) {
    size_t k = p, n_words = 0, tmp;
    if (f->w[p].mark) return SIZE_MAX;
    for (; k < f->n && k < p + 10 && f->w[k].block == f->w[p].block; k++) {
        const qword *x = &f->w[k];
        if (x->in_quote) return SIZE_MAX;
        if (x->mark == ':') break;
        if (x->mark) {
            if (x->mark == '.' || x->mark == '-' || x->mark == '\'') continue;
            return SIZE_MAX;
        }
        if (!x->cap || IN(x, W_NP_STOP) || IN(x, W_LABEL_STOP) || ++n_words > 4 ||
            cue_at(f, k, k, &tmp))
            return SIZE_MAX;
    }
    if (k >= f->n || f->w[k].mark != ':' || !n_words || k + 1 >= f->n ||
        f->w[k + 1].block != f->w[p].block)
        return SIZE_MAX;
    return k;
}

/* The last word of a label p .. colon - 1 ("TAPPER" of "JAKE TAPPER"). */
static const char *label_name(const finder *f, size_t p, size_t colon) {
    for (size_t k = colon; k > p; k--)
        if (!f->w[k - 1].mark) return f->w[k - 1].low;
    return "";
}

/* Transcripts and interviews ("TAPPER: And obviously, you're ...", "Q:
** ...", "A: ..."): when three paragraphs or more open with a speaker label
** and one name labels two of them, each labelled paragraph is an
** attribution, the label its source, the colon its cue and the rest of
** the paragraph its content, as PolNeAR marks them.  A lone label is a
** headline's ("EXCLUSIVE:", "Cruz: ...", colon_attribution's). */
static int transcript_turns(finder *f, pgn__arena *ar, unsigned char *used) {
    enum { MAX_LABELS = 256 };
    size_t first[MAX_LABELS], colon[MAX_LABELS], n = 0;
    for (size_t i = 0; i < f->n && n < MAX_LABELS; i++) {
        if (i > 0 && f->w[i].block == f->w[i - 1].block) continue;
        size_t c = label_colon(f, i);
        if (c == SIZE_MAX) continue;
        first[n] = i;
        colon[n++] = c;
    }
    int repeated = 0;
    for (size_t a = 0; a < n && !repeated; a++)
        for (size_t b = a + 1; b < n && !repeated; b++)
            repeated = strcmp(label_name(f, first[a], colon[a]), label_name(f, first[b], colon[b])) == 0;
    if (n < 3 || !repeated) return 0;
    for (size_t t = 0; t < n; t++) {
        size_t c = colon[t], e = c;
        if (used[c]) continue;
        while (e + 1 < f->n && f->w[e + 1].block == f->w[c].block) e++;
        size_t c0 = c + 1, c1 = e, n_content = 0;
        if (!trim(f, &c0, &c1)) continue;
        for (size_t k = c0; k <= c1; k++) n_content += !f->w[k].mark;
        if (n_content < 3) continue;   /* "Clinton: 547." is a count */
        used[c] = 1;
        if (emit(f, ar, 0, c0, c1, first[t], c - 1, c, c, NULL)) return PGN_ENOMEM;
        /* "A:" is the one who answers, no determiner (emit drops those) */
        pgn__quote *q = &f->out->v[f->out->n - 1];
        if (!q->speaker.present) set_span(&q->speaker, f, first[t], c - 1);
        q->turn = 1;
    }
    return 0;
}

/* "..., whom he's alienated with his rhetoric, SAID Larry Sabato, ..."
** and "..., forcing her to fend off Sanders, SAID Brad Bannon": the
** noun-phrase walk took the words between the last two commas for an
** appositive and a phrase in mid-clause before them ("in CONGRESS") for
** the subject, where the speaker follows the cue.  So when "said" or
** "says" (cue word i .. last) is followed by a name or an indefinite
** description ("a former spokesman", "one former executive") and the
** subject found on the left (from a0) neither opens the sentence s nor
** follows a mark or a conjunction, and that phrase (last + 1 .. sp)
** ends at a comma or the sentence's end e and holds no verb ("...,
** South Carolina, says Cruz will ..." is no inversion), the attribution
** is inverted. */
static int inverted_subject(const finder *f, size_t s, size_t a0, size_t i, size_t last,
                            size_t sp, size_t e) {
    if (a0 == s || i != last || !(is(f, i, "said") || is(f, i, "says"))) return 0;
    if (sp < e && f->w[sp + 1].mark != ',' && f->w[sp + 1].mark != '.') return 0;
    for (size_t x = last + 1; x <= sp; x++)
        if (!f->w[x].mark && !subject_word(f, x)) return 0;   /* "says Cruz WILL leave" */
    const qword *p = &f->w[a0 - 1], *x = &f->w[last + 1];
    if (p->mark || is(f, a0 - 1, "and") || is(f, a0 - 1, "but") || is(f, a0 - 1, "or")) return 0;
    if (x->cap) return !IN(x, W_WEEKDAY);
    return is(f, last + 1, "a") || is(f, last + 1, "an") || is(f, last + 1, "one") ||
           is(f, last + 1, "another");
}

/* "When ASKED BY a reporter whether ...", "Asked by Stephanopoulos to
** respond ...": an "asked" opening its sentence or after "when", "after",
** "once", "if" (cue words k0 .. last), then "by" and the asker's phrase,
** then the question.  The question's last word (before the next comma or
** the sentence's end e), or SIZE_MAX when the words are not so; *sp gets
** the asker's last word. */
static size_t asked_by(const finder *f, size_t s, size_t e, size_t k0, size_t last, size_t *sp_out) {
    if (k0 != last || !is(f, k0, "asked") || last + 2 > e || !is(f, last + 1, "by")) return SIZE_MAX;
    if (!(k0 == s || is(f, k0 - 1, "when") || is(f, k0 - 1, "after") || is(f, k0 - 1, "once") ||
          is(f, k0 - 1, "if")))
        return SIZE_MAX;
    size_t sp = phrase_right(f, last + 2, e, 0);
    for (size_t x = last + 3; sp != SIZE_MAX && x <= sp; x++)
        if (is(f, x, "to") || is(f, x, "about")) sp = x - 1;   /* "by X TO respond" */
    if (sp == SIZE_MAX || sp + 1 > e || f->w[sp + 1].mark) return SIZE_MAX;
    *sp_out = sp;
    size_t x = sp + 1;
    while (x + 1 <= e && f->w[x + 1].mark != ',' && !f->w[x + 1].in_quote) x++;
    return x < e ? x : e;
}

static int indirect(finder *f, pgn__arena *ar, unsigned char *used) {
    for (size_t sn = 0; sn < f->n_sent; sn++) {
        size_t s = sn == 0 ? 0 : f->sent_end[sn - 1] + 1, e = f->sent_end[sn];
        if (colon_attribution(f, ar, used, s, e) < 0) return PGN_ENOMEM;
        for (size_t i = s; i <= e; i++) {
            if (used[i]) continue;
            size_t last;
            const pgn__cue *cue = cue_at(f, i, e, &last);
            if (!cue) continue;
            size_t k0 = cue_start(f, s, i), c0, c1;
            if (strcmp(cue->form, "according to") == 0) {
                size_t sp = phrase_right(f, last + 1, e, k0 > s + 1);
                if (sp == SIZE_MAX) continue;
                if (k0 == s || (k0 > s && f->w[k0 - 1].mark && k0 - 1 == s)) {
                    c0 = sp + 1;
                    c1 = e;
                } else {
                    c0 = s;
                    c1 = k0 - 1;
                }
                if (!trim(f, &c0, &c1)) continue;
                if (emit(f, ar, 0, c0, c1, last + 1, sp, k0, last, NULL)) return PGN_ENOMEM;
                i = last;
                continue;
            }
            size_t sp, asked_end = asked_by(f, s, e, k0, last, &sp);
            if (asked_end != SIZE_MAX) {
                /* "When asked by a reporter whether ...,": the asker
                ** speaks, the question up to the comma is the content */
                c0 = sp + 1;
                c1 = asked_end;
                if (trim(f, &c0, &c1) && emit(f, ar, 0, c0, c1, last + 2, sp, k0, last, NULL))
                    return PGN_ENOMEM;
                i = sp;
                continue;
            }
            if (is_passive(f, k0, i)) {
                /* "was echoed by former Gov. Martin O'Malley": the agent
                ** speaks about the subject. */
                size_t by = last + 1;
                while (by <= e && by < last + 4 && !f->w[by].mark && !is(f, by, "by")) by++;
                size_t sp, subj, subj_end;
                if (by <= e && is(f, by, "by") && (sp = phrase_right(f, by + 1, e, 1)) != SIZE_MAX &&
                    (subj = subject_left(f, s, k0 - 1, &subj_end)) != SIZE_MAX) {
                    while (subj_end > subj && IN(&f->w[subj_end], W_CUE_AUX)) subj_end--;
                    if (emit(f, ar, 0, subj, subj_end, by + 1, sp, k0, last, NULL)) return PGN_ENOMEM;
                    i = sp;
                }
                continue;
            }
            /* "... and has promised that": the subject of the sentence, or
            ** of the attribution before in it. */
            if (k0 > s + 1 && (is(f, k0 - 1, "and") || is(f, k0 - 1, "but"))) {
                const pgn__quote *pq = earlier_attribution(f, s, k0);
                size_t sd = after_dateline(f, s, k0 - 2);
                size_t o1 = pq ? SIZE_MAX : opening_phrase(f, sd, k0 - 2);
                c0 = content_after(f, last, e, &f->w[last]);
                c1 = e;
                if ((pq || o1 != SIZE_MAX) && c0 <= e && trim(f, &c0, &c1)) {
                    pgn__span sp;
                    if (pq) sp = pq->speaker;
                    if (emit(f, ar, 0, c0, c1, pq ? SIZE_MAX : sd, pq ? SIZE_MAX : o1, k0, last,
                             pq ? &sp : NULL))
                        return PGN_ENOMEM;
                    i = last;
                    continue;
                }
            }
            /* `...Trump," said Black`: a quote that closes on a comma is
            ** a comma before the cue too. */
            int comma_before = k0 > s && (f->w[k0 - 1].mark == ',' ||
                                          (k0 > s + 1 && is_quote_mark(f->w[k0 - 1].mark) &&
                                           f->w[k0 - 2].mark == ','));
            size_t s1 = k0 - 1;
            /* ", saying ...": the speaker is the sentence's subject. */
            if (ends_ing(f->w[i].low) && comma_before) {
                size_t s0 = SIZE_MAX;
                s1 = SIZE_MAX;
                /* The speaker of an attribution earlier in the sentence:
                ** `"...," Peskov told reporters, adding that ...`. */
                const pgn__quote *pq = earlier_attribution(f, s, k0);
                if (pq) {
                    c0 = content_after(f, last, e, &f->w[last]);
                    c1 = e;
                    if (!trim(f, &c0, &c1)) continue;
                    pgn__span sp = pq->speaker;
                    if (emit(f, ar, 0, c0, c1, SIZE_MAX, SIZE_MAX, k0, last, &sp)) return PGN_ENOMEM;
                    i = last;
                    continue;
                }
                size_t sd = after_dateline(f, s, k0 - 1);
                s1 = opening_phrase(f, sd, k0 - 1);
                if (s1 != SIZE_MAX) s0 = sd;
                c0 = content_after(f, last, e, &f->w[last]);
                c1 = e;
                if (s0 == SIZE_MAX || !trim(f, &c0, &c1)) continue;
                if (emit(f, ar, 0, c0, c1, s0, s1, k0, last, NULL)) return PGN_ENOMEM;
                i = last;
                continue;
            }
            s1 = k0 - 1;
            size_t s0 = k0 > s && !comma_before ? subject_left(f, s, k0 - 1, &s1) : SIZE_MAX;
            if (comma_before) {
                /* "Peskov, the Kremlin spokesman, said" or inverted
                ** "C, said X." */
                size_t a0 = subject_left(f, s, k0 - 1, &s1);
                size_t sp = phrase_right(f, last + 1, e, 1);
                if (a0 != SIZE_MAX && sp != SIZE_MAX && inverted_subject(f, s, a0, i, last, sp, e))
                    a0 = SIZE_MAX;
                if (sp != SIZE_MAX && a0 == SIZE_MAX) {
                    c0 = s;
                    c1 = k0 - 1;
                    if (!trim(f, &c0, &c1)) continue;
                    if (emit(f, ar, 0, c0, c1, last + 1, sp, k0, last, NULL)) return PGN_ENOMEM;
                    i = last;
                    continue;
                }
                s0 = a0;
            }
            if (s0 == SIZE_MAX) continue;
            c0 = content_after(f, last, e, &f->w[last]);
            c1 = e;
            /* "..., Abdelaziz said Thursday.": a time is no content. */
            {
                size_t t = c0;
                while (t <= e && (time_word(f, t) || is(f, t, "on") || is(f, t, "last") ||
                                  is(f, t, "this")))
                    t++;
                if (t > e || (f->w[t].mark && t == e)) c0 = e + 1;
            }
            /* The content stops before a trailing attribution of its own
            ** ("..., officials said."). */
            for (size_t x = c0 + 1; x + 1 <= e && x > c0; x++) {
                if (f->w[x].mark != ',' || f->w[x].in_quote) continue;
                size_t y = x + 1, cl;
                while (y <= e && y < x + 8 && !f->w[y].mark && !cue_at(f, y, e, &cl)) y++;
                if (y <= e && y > x + 1 && cue_at(f, y, e, &cl) && cl + 2 >= e) {
                    c1 = x - 1;
                    break;
                }
            }
            if (c0 <= e && trim(f, &c0, &c1)) {
                if (emit(f, ar, 0, c0, c1, s0, s1, k0, last, NULL)) return PGN_ENOMEM;
            } else if (s0 > s && (f->w[s0 - 1].mark == ',' ||
                                  (is_quote_mark(f->w[s0 - 1].mark) && s0 > s + 1 &&
                                   f->w[s0 - 2].mark == ',') ||
                                  (s0 = subject_after_comma(f, s, s0)) != SIZE_MAX)) {
                /* `C, X said.` */
                c0 = s;
                c1 = s0 - 1;
                if (trim(f, &c0, &c1) && emit(f, ar, 0, c0, c1, s0, s1, k0, last, NULL))
                    return PGN_ENOMEM;
            }
            i = last;
        }
    }
    return 0;
}

/* Is word i part of the cue of a quote found already? */
static int in_found_cue(const finder *f, size_t i) {
    for (size_t q = 0; q < f->out->n; q++) {
        const pgn__span *c = &f->out->v[q].cue;
        if (c->present && c->start <= f->w[i].start && f->w[i].end <= c->end) return 1;
    }
    return 0;
}

/* "X <verb> that C" for verbs the lexicon does not list ("the court ruled
** that", "officials conceded that"): without a parse, a lower-case word
** ending in -ed right before "that", after a subject noun phrase, is
** taken for a verb of stance (a word in -s is as often a plural noun
** before a relative "that": "the cases that").  Words that take "that" without being
** one ("so that", "now that", "the fact that") are left out. */
static int that_frames(finder *f, pgn__arena *ar, unsigned char *used) {
    for (size_t sn = 0; sn < f->n_sent; sn++) {
        size_t s = sn == 0 ? 0 : f->sent_end[sn - 1] + 1, e = f->sent_end[sn];
        for (size_t i = s + 1; i + 1 <= e; i++) {
            const qword *w = &f->w[i];
            if (w->mark || w->in_quote || w->cap || used[i] || !is(f, i + 1, "that")) continue;
            size_t n = strlen(w->low), tmp;
            if (n < 4 || strcmp(w->low + n - 2, "ed") != 0 ||
                IN(w, W_NOT_VERB) || cue_at(f, i, e, &tmp))
                continue;
            const qword *p = &f->w[i - 1];
            if (!p->mark && (IN(p, W_DETERMINER) || IN(p, W_NP_STOP)) && !IN(p, W_CUE_AUX))
                continue;
            if (in_found_cue(f, i)) continue;
            size_t k0 = cue_start(f, s, i), s1;
            if (k0 == s) continue;
            size_t s0 = subject_left(f, s, k0 - 1, &s1);
            if (s0 == SIZE_MAX) continue;
            size_t c0 = i + 1, c1 = e;
            if (!trim(f, &c0, &c1)) continue;
            if (emit(f, ar, 0, c0, c1, s0, s1, k0, i, NULL)) return PGN_ENOMEM;
        }
    }
    return 0;
}

/* Attributions with no source (PolNeAR's "Attribution-no-source"): the
** text hedges a clause without saying whose view it is.
**  - raising verbs and passive attribution: "Trump seemed lost", "X
**    appears to be moving", "Trump is expected to speak", "X is believed
**    to be", "it was reported that C", "X is reportedly spending": the
**    cue is the verb (with its auxiliaries), the content the clause
**    from its subject to the end of the sentence; "it appears
**    that C", "it was reported that C" keep "that C";
**  - "Asked whether C," / "when asked about C,": the cue "asked", the
**    content the question up to the comma.
** A word already in a cue is left alone. */
static int sourceless(finder *f, pgn__arena *ar, unsigned char *used) {
    for (size_t sn = 0; sn < f->n_sent; sn++) {
        size_t s = sn == 0 ? 0 : f->sent_end[sn - 1] + 1, e = f->sent_end[sn];
        for (size_t i = s; i <= e; i++) {
            const qword *w = &f->w[i];
            if (w->mark || w->in_quote || used[i]) continue;
            int hedge = IN(w, W_RAISING) && !(i > s && !f->w[i - 1].mark &&
                                                 IN(&f->w[i - 1], W_DETERMINER));
            if (!hedge && IN(w, W_PASSIVE)) {
                /* "is (not / widely) expected to", "is believed to", "it
                ** was reported that" */
                size_t k = i;
                while (k > s && (adverb(&f->w[k - 1]) || is(f, k - 1, "not"))) k--;
                hedge = k > s && !f->w[k - 1].mark && IN(&f->w[k - 1], W_BE) &&
                        (is(f, i + 1, "to") ||
                         (is(f, i + 1, "that") && k > s + 1 && is(f, k - 2, "it")));
            }
            if (hedge) {
                if (in_found_cue(f, i)) continue;
                size_t k0 = cue_start(f, s, i), c0, c1 = e, tmp;
                if (k0 > s && is(f, k0 - 1, "it")) {
                    /* "It appears (, though,) that C" */
                    size_t t = i + 1;
                    while (t <= e && t < i + 5 && !is(f, t, "that")) t++;
                    if (t > e || !is(f, t, "that")) continue;
                    c0 = t;
                } else {
                    c0 = k0 > s ? subject_left(f, s, k0 - 1, &tmp) : SIZE_MAX;
                    if (c0 == SIZE_MAX) continue;
                }
                if (!trim(f, &c0, &c1)) continue;
                if (emit(f, ar, 0, c0, c1, SIZE_MAX, SIZE_MAX, k0, i, NULL)) return PGN_ENOMEM;
                continue;
            }
            if (is(f, i, "asked") && (i == s || is(f, i - 1, "when")) && i < e) {
                if (in_found_cue(f, i)) continue;
                size_t c0 = i + 1, c1 = c0;
                while (c1 + 1 <= e && f->w[c1 + 1].mark != ',' &&
                       !(f->w[c1 + 1].mark == '.' && !abbrev_stop(f, c1 + 1)))
                    c1++;
                if (!trim(f, &c0, &c1)) continue;
                if (emit(f, ar, 0, c0, c1, SIZE_MAX, SIZE_MAX, i, i, NULL)) return PGN_ENOMEM;
            }
        }
    }
    return 0;
}

static int cmp_span_start(const void *a, const void *b) {
    const pgn__span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Quotes run into a sentence that no reported speech took in ("the issue
** of "systemic racism"", a quoted title) are still quoted words: reported
** with their content alone, no speaker and no cue. */
static int unattributed(finder *f, pgn__arena *ar) {
    size_t n_q = f->out->n;
    /* Contents sorted by start; regions come in text order, so one sweep
    ** keeps the farthest end of the contents starting before a region. */
    pgn__span *c = pgn__arena_alloc(ar, (n_q ? n_q : 1) * sizeof *c);
    if (!c) return PGN_ENOMEM;
    for (size_t q = 0; q < n_q; q++) c[q] = f->out->v[q].content;
    if (n_q) qsort(c, n_q, sizeof *c, cmp_span_start);
    size_t k = 0;
    uint32_t reach = 0;
    for (size_t r = 0; r < f->regions.n; r++) {
        const region *rg = &f->regions.v[r];
        uint32_t a = f->w[rg->open].start, b = f->w[rg->close].end;
        while (k < n_q && c[k].start <= a) {
            if (c[k].end > reach) reach = c[k].end;
            k++;
        }
        if (rg->used || rg->close <= rg->open + 1 || reach >= b) continue;
        if (emit(f, ar, 1, rg->open, rg->close, SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX, NULL))
            return PGN_ENOMEM;
    }
    return 0;
}

/* ------------------------------------------------------------ parse */

/* Replaces rule spans with the parser's when the cue token has an nsubj
** (speaker) or ccomp (content) dependent. */
static void use_parse(pgn_doc *doc, pgn__quote *q) {
    if (!q->cue.present || doc->tokens.n == 0 || !doc->tokens.v[0].deprel) return;
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        if (q->cue.start < st->start || q->cue.start >= st->end) continue;
        uint32_t cue_tok = UINT32_MAX;
        for (uint32_t t = st->first; t < st->first + st->n_tokens; t++)
            if (doc->tokens.v[t].start <= q->cue.start && doc->tokens.v[t].end > q->cue.start)
                cue_tok = t;
        if (cue_tok == UINT32_MAX) return;
        /* Walk down to the verb when the cue starts with an auxiliary. */
        const pgn__token *ct = &doc->tokens.v[cue_tok];
        if (ct->deprel && (strcmp(ct->deprel, "aux") == 0 || strcmp(ct->deprel, "advmod") == 0) &&
            ct->head > 0)
            cue_tok = st->first + (uint32_t)ct->head - 1;
        uint32_t head1 = cue_tok - st->first + 1;
        for (uint32_t t = st->first; t < st->first + st->n_tokens; t++) {
            const pgn__token *tk = &doc->tokens.v[t];
            if (tk->head != (int32_t)head1 || !tk->deprel) continue;
            int subj = strncmp(tk->deprel, "nsubj", 5) == 0;
            int comp = strcmp(tk->deprel, "ccomp") == 0;
            if ((!subj && !comp) || (comp && q->direct)) continue;
            /* The subtree's extent: tokens whose head chain reaches t. */
            uint32_t lo = t, hi = t;
            for (uint32_t u = st->first; u < st->first + st->n_tokens; u++) {
                uint32_t cur = u;
                for (uint32_t steps = 0; steps < st->n_tokens && cur != t; steps++) {
                    int32_t h = doc->tokens.v[cur].head;
                    if (h <= 0 || (uint32_t)h > st->n_tokens) break;
                    cur = st->first + (uint32_t)h - 1;
                }
                if (cur == t) {
                    if (u < lo) lo = u;
                    if (u > hi) hi = u;
                }
            }
            pgn__span *sp = subj ? &q->speaker : &q->content;
            /* The nsubj subtree replaces the rules' speaker only when it
            ** holds it ("Officials in Kyiv" for the rules' "Kyiv"): where
            ** the two disagree the rules were right more often on
            ** PolNeAR train (a misparse makes a clause the subject). */
            if (subj && sp->present &&
                !(doc->tokens.v[lo].start <= sp->start && sp->end <= doc->tokens.v[hi].end))
                continue;
            sp->present = 1;
            sp->start = doc->tokens.v[lo].start;
            sp->end = doc->tokens.v[hi].end;
        }
        return;
    }
}

/* ---------------------------------------------------------- driver */

/* A direct quote with no cue of its own that goes on, in the same
** paragraph, from a quote of the same speaker (`"A," he said. "B."`, `He
** said that A. "B."`) is one statement: its content joins the earlier
** one, which then spans both (PolNeAR annotates one attribution whose
** content is discontinuous; we keep its hull).  qs is in text order. */
static void merge_continuations(const pgn_doc *doc, pgn__quote_vec *qs) {
    size_t o = 0;
    for (size_t i = 0; i < qs->n; i++) {
        const pgn__quote *q = &qs->v[i];
        if (o > 0 && q->direct && !q->cue.present && q->speaker.present) {
            pgn__quote *p = &qs->v[o - 1];
            int same = p->speaker.present && p->speaker.start == q->speaker.start &&
                       p->speaker.end == q->speaker.end && p->content.end <= q->content.start;
            for (uint32_t b = p->content.end; same && b < q->content.start; b++)
                if (doc->text[b] == '\n') same = 0;
            if (same) {
                p->content.end = q->content.end;
                continue;
            }
        }
        qs->v[o++] = *q;
    }
    qs->n = o;
}

/* Speaker span r is a relative pronoun ("who", "which", "whose",
** "that"). */
static int relative_speaker(const char *text, const pgn__span *r) {
    static const char *const rel[] = {"who", "which", "whose", "that"};
    size_t len = r->end - r->start;
    for (size_t k = 0; k < sizeof rel / sizeof *rel; k++)
        if (strlen(rel[k]) == len && strncmp(text + r->start, rel[k], len) == 0) return 1;
    return 0;
}

/* Speaker spans that overlap name one speaker mention.  First a span
** holding another attribution's relative pronoun ends before the relative
** clause ("O'Donnell, who wrote about the visit in the book" -> "O'Donnell",
** the relative clause's own speaker being "who"); then every speaker span
** becomes the longest speaker span it overlaps, until none changes, so
** the attributions of one mention share one span and its actor mention
** ("Huma Abedin, vice chairwoman for Clinton's campaign," and a span cut
** inside it).  PolNeAR marks one span per mention: two overlapping spans
** match at most one gold source.  Spans only grow, so the loop ends. */
void pgn__quotes_unify_speakers(const char *text, pgn__quote_vec *qs) {
    for (size_t j = 0; j < qs->n; j++) {
        const pgn__span *r = &qs->v[j].speaker;
        if (!r->present || !relative_speaker(text, r)) continue;
        for (size_t i = 0; i < qs->n; i++) {
            pgn__span *a = &qs->v[i].speaker;
            if (!a->present || a->start >= r->start || r->end > a->end) continue;
            uint32_t e = r->start;
            while (e > a->start && strchr(" ,\n", text[e - 1])) e--;
            /* an em or en dash before the pronoun */
            while (e >= a->start + 3 && (unsigned char)text[e - 3] == 0xE2 &&
                   (unsigned char)text[e - 2] == 0x80 &&
                   ((unsigned char)text[e - 1] == 0x93 || (unsigned char)text[e - 1] == 0x94)) {
                e -= 3;
                while (e > a->start && strchr(" ,\n", text[e - 1])) e--;
            }
            if (e > a->start) a->end = e;
        }
    }
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < qs->n; i++) {
            pgn__span *a = &qs->v[i].speaker;
            for (size_t j = 0; a->present && j < qs->n; j++) {
                const pgn__span *b = &qs->v[j].speaker;
                if (!b->present || b->start >= a->end || a->start >= b->end) continue;
                uint32_t la = a->end - a->start, lb = b->end - b->start;
                if (lb > la || (lb == la && b->start < a->start)) {
                    *a = *b;
                    changed = 1;
                }
            }
        }
    }
}

static uint32_t char_of(const pgn_doc *doc, uint32_t byte) {
    /* Sentences and blocks carry (byte, char) pairs; start from the
    ** nearest block before byte. */
    uint32_t fb = 0, fc = 0;
    size_t lo = 0, hi = doc->blocks.n;
    while (lo < hi) {   /* the last block starting at or before byte */
        size_t mid = (lo + hi) / 2;
        if (doc->blocks.v[mid].start <= byte) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0) {
        fb = doc->blocks.v[lo - 1].start;
        fc = doc->blocks.v[lo - 1].cstart;
    }
    for (uint32_t i = fb; i < byte; i++)
        if (((unsigned char)doc->text[i] & 0xC0) != 0x80) fc++;
    return fc;
}

static void fill_chars(const pgn_doc *doc, pgn__span *sp) {
    if (!sp->present) return;
    sp->cstart = char_of(doc, sp->start);
    sp->cend = char_of(doc, sp->end);
}

static int cmp_quote(const void *a, const void *b) {
    const pgn__quote *x = a, *y = b;
    return x->content.start < y->content.start ? -1 : x->content.start > y->content.start;
}

/* The quotes of doc; unify: one span per speaker mention (off for the
** trainer, whose model reads the rules' quotes as the pipeline's model
** does: before that step). */
static int find_quotes(pgn_doc *doc, const struct pgn_quote_model *m, int unify, pgn_error *err) {
    struct pgn__discourse *dc = pgn__discourse_of(doc);
    const char *name = doc->meta.source;
    if (!dc) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
    memset(&dc->quotes, 0, sizeof dc->quotes);
    pgn__arena *ar = doc->arena;
    /* the model's parsed lexicon; without a model, parsed here */
    pgn__cues own;
    const pgn__cues *cues = m ? &m->cues : &own;
    if (!m) {
        int rc = pgn__cues_builtin(ar, &own, err);
        if (rc) return rc;
    }
    if (!cues->words.n_slots) {
        if (cues != &own) own = *cues;
        if (pgn__quotes_words(ar, &own.words))
            return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
        cues = &own;
    }
    qword_vec words = {0};
    for (size_t b = 0; b < doc->blocks.n; b++) {
        const pgn__block *bl = &doc->blocks.v[b];
        if (pgn_block_kind_is_removed(bl->kind)) continue;
        if (lex_block(doc->text, bl->start, bl->end, (uint32_t)b, cues, ar, &words))
            return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
    }
    finder f;
    memset(&f, 0, sizeof f);
    f.doc = doc;
    f.cues = cues;
    f.w = words.v;
    f.n = words.n;
    f.out = &dc->quotes;
    if (f.n == 0) return 0;
    unsigned char *used = pgn__arena_calloc(ar, f.n, 1);
    if (!used || find_regions(&f, ar) || split_sentences(&f, ar) ||
        !(f.cue_quote = pgn__arena_alloc(ar, (f.n_sent ? f.n_sent : 1) * sizeof *f.cue_quote)))
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
    for (size_t k = 0; k < f.n_sent; k++) f.cue_quote[k] = SIZE_MAX;
    if (direct_quotes(&f, ar, used) || transcript_turns(&f, ar, used) || indirect(&f, ar, used) || that_frames(&f, ar, used) ||
        sourceless(&f, ar, used) ||
        unattributed(&f, ar))
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
    if (pgn__quotes_from_parse(doc, &dc->quotes))
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
    pgn__quote_vec *qs = &dc->quotes;
    if (qs->n) qsort(qs->v, qs->n, sizeof *qs->v, cmp_quote);
    merge_continuations(doc, qs);
    for (size_t i = 0; i < qs->n; i++) use_parse(doc, &qs->v[i]);
    /* The learned cue model reads what the rules found (as it did when it
    ** was trained: pgn_quote_trainer_add runs the rules alone). */
    if (m) {
        if (pgn__quotes_from_model(doc, m, cues, qs))
            return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for quotes");
        if (qs->n) qsort(qs->v, qs->n, sizeof *qs->v, cmp_quote);
    }
    if (unify) pgn__quotes_unify_speakers(doc->text, qs);
    for (size_t i = 0; i < qs->n; i++) {
        pgn__quote *q = &qs->v[i];
        /* A quote was said when its cue's clause says ("At a NATO summit
        ** on June 28, Stoltenberg said ..."). */
        q->date = q->cue.present ? pgn__day_at(doc, q->cue.start, NULL) : NULL;
        fill_chars(doc, &q->content);
        fill_chars(doc, &q->speaker);
        fill_chars(doc, &q->cue);
        /* The actor mention covering most of the speaker. */
        uint32_t best = 0;
        for (size_t m = 0; q->speaker.present && m < doc->mentions.n; m++) {
            const pgn__mention *mn = &doc->mentions.v[m];
            uint32_t lo = mn->start > q->speaker.start ? mn->start : q->speaker.start;
            uint32_t hi = mn->end < q->speaker.end ? mn->end : q->speaker.end;
            if (hi > lo && hi - lo > best) {
                best = hi - lo;
                q->mention = (int32_t)m;
                q->code = mn->code;
            }
        }
    }
    return 0;
}

int pgn__quotes_find(pgn_doc *doc, const struct pgn_quote_model *m, pgn_error *err) {
    return find_quotes(doc, m, 1, err);
}

int pgn__quotes_find_rules(pgn_doc *doc, pgn_error *err) { return find_quotes(doc, NULL, 0, err); }
