/* src/discourse/quotes_model.h -- the learned attribution-cue detector
** (internal).
**
** quotes_feats.c: the sentence workspace and a token's cue features;
** quotes_model.c: the model file and the cue tagger; quotes_source.c: the
** source ranker; quotes_attr.c: the attributions the model adds to the
** rules' quotes.  quotes_train.c: the trainer (`peregrine train quotes`).
*/
#ifndef PGN_DISCOURSE_QUOTES_MODEL_H
#define PGN_DISCOURSE_QUOTES_MODEL_H

#include "discourse/cues.h"
#include "discourse/quotes.h"
#include "nlp/nlp_int.h"

/* Model file kind (the PGNM header of src/nlp/model_io.c); tagger and
** parser are 1 and 2. */
#define PGN__MODEL_QUOTES 3
#define PGN__QM_VERSION 2   /* 2: with the source ranker */
#define PGN__QM_MAX_FEATS 128
#define PGN__QM_MAX_ENSEMBLE 16   /* members of a trained ensemble, at most */
/* Added to the cue score (the file's bias word, written by the trainer):
** the tagger, trained on cue heads only, keeps the boundary it learnt too
** high for overlap F1.  On the five held-out PolNeAR training folds (in
** the compact table's units, where the largest weight is ~32767) source /
** cue F1 were 0.767 / 0.763 at 0, 0.769 / 0.766 at 3000, 0.770 / 0.768 at
** 8000, 0.770 / 0.768 at 12000, 0.768 / 0.769 at 18000: a plateau, of
** which 12000 keeps the seed article's "China and Russia presented a
** manifesto" (tests/cli/seed_code_dates.sh).  With quotes8's quotation
** state and candidates (the same folds, the same models, the bias alone
** changed) source F1 was 0.7834 at 6000, 0.7837 at 12000, 0.7848 at
** 15000, 0.7847 at 18000, 0.7838 at 21000, 0.7820 at 24000: 15000. */
#define PGN__QM_CUE_BIAS 15000

struct pgn_quote_model {
    pgn__lin lin;            /* classes: 0 not a cue, 1 cue word */
    int32_t bias;            /* added to the cue score (0: the trained boundary) */
    pgn__lin src;            /* source ranker: one class, a candidate's score */
    /* Both as one number per feature (pgn__lin_sum: cue - not cue, and the
    ** ranker's weight), built when the model opens: the scoring reads only
    ** these, half the bytes of the tables above, which are then freed.
    ** A table that could not be built (slot NULL) leaves its model in use. */
    pgn__lin_sum cue_sum, src_sum;
    /* The compiled-in cue lexicon, parsed once when the model opens: the
    ** quote finder parsed and hashed it for every document (0.7% of the
    ** whole pipeline's instructions).  Read-only after open, so threads
    ** share it. */
    pgn__arena *cue_arena;
    pgn__cues cues;
};

/* Per-sentence workspace the features read, computed once per sentence
** (pgn__qm_prepare) so that a token's features cost no scan of the
** sentence: 0-based heads, children lists, string hashes. */
typedef struct pgn__qm_sent {
    const pgn__token *tk;
    uint32_t n;
    int32_t *parent;             /* -1: root */
    int32_t *child, *sib;        /* first child, next sibling, in text order; -1 none */
    uint16_t *frame;             /* the word's relation as a core-relation bit (frame_bit), 0 none */
    unsigned char *inq;          /* 1 inside quotation marks */
    unsigned char *rule;         /* PGN__QM_R* bits: what the rules' quotes say */
    unsigned char *nccomp;       /* ccomp children (capped at 255) */
    unsigned char *qbefore, *qafter; /* words to the nearest quotation mark before / after (1: adjacent; 255: none) */
    unsigned char *lex;          /* 1 + the cue lexicon's kind of the word's form or lemma; 0: not in it */
    unsigned char *kind;         /* PGN__QM_K* bits: what the features and the ranker test of a word */
    uint64_t *h;                 /* per token: lemma, form, upos, xpos, deprel hashes */
    uint64_t *hsuf;              /* per token: its lemma's last four bytes' hash (the whole
                                    lemma when shorter), taken with the lemma's hash */
    int32_t last_colon;          /* index of the sentence's last ":", or -1 */
    uint32_t n_lex;              /* words of the sentence in the cue lexicon (lex[i] != 0) */
    uint64_t h_root, h_bos, h_eos; /* hashes of "<root>", "<s>", "</s>": no head, no neighbour */
} pgn__qm_sent;

/* A word's kind bits (pgn__qm_sent.kind), set once when the sentence is
** prepared: the tagger's candidates are asked of every word twice and the
** ranker's "a verb or a comma between" of every word between each
** candidate and its cue, each a chain of string comparisons. */
#define PGN__QM_KCAND 1u      /* pgn__qm_candidate */
#define PGN__QM_KVERB 2u      /* upos VERB */
#define PGN__QM_KCOMMA 4u     /* the form "," */
#define PGN__QM_KQMARK 8u     /* a quotation mark (pgn__qm_is_quote_mark) */
#define PGN__QM_KCCOMP 16u    /* deprel ccomp or a subtype */
#define PGN__QM_KCONTENT 32u  /* deprel one a cue head's content hangs by (pgn__qa_content_rel) */
#define PGN__QM_KCASE 64u     /* deprel case or a subtype */
#define PGN__QM_KNOMINAL 128u /* a noun phrase's head: NOUN, PROPN or PRON, not by a relation
                                 of a name's part, a compound, an expletive or a determiner
                                 (the ranker's candidates, asked of every word for every cue) */

/* Hashes of the strings the tags and the lemmas point to, by address: the
** tag sets are a few dozen strings of the models, shared by every token,
** and a document's common lemmas point into the lemmatizer's table too.
** Direct-mapped; a slot holds the last string seen there.  Exact, since
** the strings a document's tokens point to stay as they are while the
** document is read (a cursor serves one document). */
#define PGN__QM_MEMO 256
#define PGN__QM_TAG_MEMO 256
typedef struct pgn__qm_memo {
    const char *s;
    uint64_t h;
    uint64_t hsuf;               /* a lemma's: its last four bytes' hash (pgn__qm_sent.hsuf) */
    int bits;                    /* a tag's: what the kind bits test of it; a lemma's: its
                                    cue lexicon kind (lexicon_kind); -1: not asked yet */
} pgn__qm_memo;

/* The rules' quotes that may meet each sentence of a document: those with a
** cue, speaker or content span touching the sentence's token bytes (ends
** included), in ascending quote order.  The model's loops over the rules'
** quotes read a sentence's list instead of every quote of the document for
** every sentence (three such loops were 3% of the discourse stages'
** instructions).  A superset is all they need: each loop keeps its own
** test of the spans.  Spans a loop changes move only into the sentence
** being read or the one before it, which no later list needs. */
typedef struct pgn__qm_rule_index {
    const uint32_t *first;       /* per sentence, the start of its list in ids (n_sentences + 1) */
    const uint32_t *ids;         /* indexes into the quote vector */
} pgn__qm_rule_index;

/* Builds the index of qs->v[0 .. n_rules) over doc's sentences in a. */
int pgn__qm_rule_index_build(const pgn_doc *doc, const pgn__quote_vec *qs, size_t n_rules,
                             pgn__arena *a, pgn__qm_rule_index *out);

/* Where the quotation-mark state stands: sentences are prepared in text
** order, each carrying the state on (start zeroed but for cues). */
typedef struct pgn__qm_cursor {
    const pgn__qm_rule_index *rules; /* the rules' quotes by sentence; NULL: every sentence
                                        reads all of them */
    uint32_t next;               /* first token not yet seen */
    int open;                    /* inside quotation marks there */
    const pgn__cues *cues;       /* the cue lexicon (data/lexicon/quote_cues.txt) */
    uint32_t block;              /* the block (paragraph) of the last token seen */
    pgn__qm_memo memo[PGN__QM_MEMO]; /* lemma hashes by address (zeroed: empty) */
    /* the tags' and relations' own memo: a few dozen strings, which the
    ** lemmas evicted from the one above at every turn */
    pgn__qm_memo tags[PGN__QM_TAG_MEMO];
} pgn__qm_cursor;

/* The first child of v (text order) whose relation is r (exact) or r or a
** subtype of r (exact 0); -1 when none. */
int32_t pgn__qm_child(const pgn__qm_sent *s, uint32_t v, const char *r, int exact);
/* The extent of k's subtree, the same as pgn__subtree_extent(s->parent,
** s->n, k, ...), from the children lists: in the subtree's size rather than
** a climb from every word of the sentence (the source ranker asks it of
** every candidate: it was 1% of the whole pipeline's instructions). */
void pgn__qm_extent(const pgn__qm_sent *s, uint32_t k, uint32_t *lo, uint32_t *hi);
/* A cue group: the words k with grp[k] == id.  Sets *a, *b to its first
** and last word and returns its head: the word whose head lies outside the
** group (the first verb of those); UINT32_MAX when the group is empty. */
uint32_t pgn__qm_group_head(const pgn__qm_sent *s, const uint32_t *grp, uint32_t id, uint32_t *a,
                            uint32_t *b);
/* 1 for a quotation mark (straight, curly or PTB). */
int pgn__qm_is_quote_mark(const char *s);

/* Bytes of workspace for a sentence of n tokens. */
size_t pgn__qm_bytes(uint32_t n);
/* Fills s for sentence si of doc (after those before it; cur->cues: the cue lexicon or NULL) in mem (pgn__qm_bytes, 8-byte aligned),
** the rule bits from qs->v[0 .. n_rules). */
void pgn__qm_prepare(pgn__qm_sent *s, pgn__qm_cursor *cur, const pgn_doc *doc, size_t si,
                     const pgn__quote_vec *qs, size_t n_rules, void *mem);

/* What the rules' quotes (quotes.c, quotes_parse.c) make of a token: the
** model learns where to trust them. */
#define PGN__QM_RCUE 1u       /* in the cue of a word-rule quote */
#define PGN__QM_RFRAME 2u     /* in the cue of a parse frame */
#define PGN__QM_RSRC 4u       /* in a speaker */
#define PGN__QM_RCONTENT 8u   /* in an indirect quote's content */
#define PGN__QM_RDIRECT 16u   /* in a direct quote's content */

/* 1 when token i may be a cue word: the tokens the model scores (and
** trains on). */
int pgn__qm_candidate(const pgn__qm_sent *s, uint32_t i);
/* The features of token i; returns their number (<= PGN__QM_MAX_FEATS). */
size_t pgn__qm_features(const pgn__qm_sent *s, uint32_t i, uint64_t *f);
/* The trainer's labels of sentence s's words for the gold cues attr (4
** character offsets per attribution, cue first): 1 for a cue's head (its
** word whose head lies outside the cue, pgn__qm_group_head), 2 for its
** other words, 0 for the rest (grp: n words of scratch).  The tagger
** learns heads alone: a cue's other words ("took ISSUE WITH", "had an
** unfavorable OPINION OF") are no instances, so that "of", "with" and
** "had" are not taught to be cues (held-out source F1 0.764 -> 0.767). */
void pgn__qm_gold_cue_words(const pgn__qm_sent *s, const size_t *attr, size_t n_attr, uint32_t *grp,
                            unsigned char *lab);
/* Cue words of a sentence: cue[i] = 1 where the model says cue, asked of
** the words that can matter only.  Scoring a word costs ~75 cache-missing
** weight lookups, and most candidates' verdicts change nothing: a group of
** cue words yields an attribution only through a word that can head one
** (quotes_attr.c), and the veto reads the words of the rules' cues.  So
** the model asks the words with need[i] == 1 first, then, repeatedly, the
** words joined to a cue word as groups join them (its head, children and
** neighbours): every group of cue words that holds one with need 1 comes
** out whole, the same as when every word is asked; a group of cue words
** with need 0 alone is lost (its words read 0), and must be one that could
** yield nothing.  The verdicts do not depend on each other (a word's
** features read the sentence only), so the order of asking does not
** matter.  need (n bytes, 0 or 1) is overwritten; stack is n words of
** scratch. */
void pgn__qm_tag(const struct pgn_quote_model *m, const pgn__qm_sent *s, unsigned char *need,
                 uint32_t *stack, unsigned char *cue);
/* ------------------------------------------------ source ranker
** (quotes_source.c).  For a cue, the candidate sources are the nominal
** heads (noun, proper noun, pronoun) of its sentence and the subjects of
** the sentence before, each with its subtree as span (cut short of the
** cue); candidate 0 is "no source".  An averaged perceptron scores each
** from its relation, the dependency path to the cue, side and distance,
** and the rules' pick (pgn__qm_rule_source); the best one wins. */
#define PGN__QS_MAX_CANDS 64
#define PGN__QS_MAX_FEATS 40

typedef struct pgn__qs_cue {
    const pgn__qm_sent *s;       /* the cue's sentence */
    const pgn__qm_sent *prev;    /* the sentence before it, or NULL */
    uint32_t a, b, v;            /* the cue's first and last word, its head */
    int32_t rule;                /* pgn__qm_rule_source(s, v) */
} pgn__qs_cue;

typedef struct pgn__qs_cand {
    const pgn__qm_sent *s;       /* c->s or c->prev; NULL: no source */
    uint32_t tok, lo, hi;        /* head word and extent in s */
    uint32_t rank;               /* 0: the nearest candidate on its side of the cue */
} pgn__qs_cand;

/* The rules' source of cue head v: subject, possessor, passive agent,
** "according to"'s object, up through xcomp/conj/amod/acl/advcl; -1. */
int32_t pgn__qm_rule_source(const pgn__qm_sent *s, uint32_t v);
/* The candidates of cue c into out[PGN__QS_MAX_CANDS]; returns their number (>= 1). */
size_t pgn__qs_candidates(const pgn__qs_cue *c, pgn__qs_cand *out);
/* The features of candidate k of c; returns their number (<= PGN__QS_MAX_FEATS). */
size_t pgn__qs_features(const pgn__qs_cue *c, const pgn__qs_cand *k, uint64_t *f);
/* The ranker's score of features f[0..nf) (quotes_model.c). */
int32_t pgn__qs_score(const struct pgn_quote_model *m, const uint64_t *f, size_t nf);
/* Starts fetching what pgn__qs_score(m, f, nf) will read. */
void pgn__qs_prefetch(const struct pgn_quote_model *m, const uint64_t *f, size_t nf);
/* The index of the best of the n candidates k (0: no source). */
size_t pgn__qs_pick(const struct pgn_quote_model *m, const pgn__qs_cue *c, const pgn__qs_cand *k,
                    size_t n);

/* 1 when t's relation (or a subtype of it) is one that the content of a
** cue head hangs by: a clausal complement, an argument or a modifier
** (quotes_attr.c's content_of takes such a child). */
int pgn__qa_content_rel(const pgn__token *t);

/* The rules' speaker of q (an attribution in text) follows its cue "said"
** or "says" after a comma: "..., said Larry Sabato" (the ranker does not
** replace it). */
int pgn__qa_inverted_speaker(const char *text, const pgn__quote *q);
/* The rules' speaker of q, in sentence s, is one capitalised word before
** the cue that the ranker cannot pick ("Reynolds says", tagged a verb):
** kept when the ranker sees no source. */
int pgn__qa_unseen_speaker(const char *text, const pgn__qm_sent *s, const pgn__quote *q);

/* Adds to qs (holding the rules' quotes) the attributions of the model's
** cues that no rule quote has: cue, its source from the parse, content;
** drops the rules' indirect quotes whose cue the model does not call a
** cue. */
int pgn__quotes_from_model(pgn_doc *doc, const struct pgn_quote_model *m, const pgn__cues *cues,
                           pgn__quote_vec *qs);

#endif
