/* src/nlp/nlp_int.h -- shared internals of the linguistic stage.
**
** Layers, bottom up:
**   hashing        feature strings -> 64-bit keys (hash.h-style inlines here)
**   linear.c       averaged perceptron while training (pgn__lt) and its
**                  compact, quantized, read-only form (pgn__lin), plus a
**                  small 64-bit-key map (pgn__smap) used for dictionaries
**   linear_sum.c   a loaded model of one or two classes as one number per
**                  feature (pgn__lin_sum: the quote finder's two models)
**   model_io.c     the file format: header, CRC32s, bounds-checked reading
**   tagger.c       UPOS+XPOS tagger; lemma.c lemmatizer and features
**   parser.c       arc-eager labelled parser; projective.c lifting
**                  (parser_*.c split it by task; see parser_int.h)
**   nlp.c          the public pgn_nlp_* API over documents
** Models are immutable after loading; per-sentence scratch comes from the
** caller (document arena or the trainer's own buffers).
*/
#ifndef PGN_NLP_INT_H
#define PGN_NLP_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "nlp/conllu.h"
#include "peregrine.h"

/* ------------------------------------------------------------- hashing */

static inline uint64_t pgn__hmix(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}
static inline uint64_t pgn__hstr(const char *s, size_t n) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return pgn__hmix(h ^ n);
}
/* Combines a template id with up to three values.  Three multiply-xorshift
** rounds: a parser step hashes ~80 features, so this must stay cheap. */
static inline uint64_t pgn__hf(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
    uint64_t h = (a + tmpl * 0x9e3779b97f4a7c15ULL) * 0xbf58476d1ce4e5b9ULL;
    h = ((h ^ (h >> 29)) + b) * 0x94d049bb133111ebULL;
    h = ((h ^ (h >> 31)) + c) * 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h ? h : 1;
}

/* Deterministic RNG for training (xorshift64*). */
static inline uint64_t pgn__rng(uint64_t *s) {
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545f4914f6cdd1dULL;
}

/* Shuffles v[0..n) in place (Fisher-Yates) from the generator's state:
** the tagger's and the parser's trainers each visit the treebank in a new
** order every epoch, the same order for the same seed. */
static inline void pgn__shuffle(size_t *v, size_t n, uint64_t *rng) {
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(pgn__rng(rng) % i);
        size_t x = v[i - 1];
        v[i - 1] = v[j];
        v[j] = x;
    }
}

/* ------------------------------------------------- averaged perceptron */

typedef struct pgn__lt_entry {
    double total;            /* sum of w over time, up to ts */
    float w;                 /* current weight */
    uint32_t ts;             /* time of the last change */
    uint32_t cls;
} pgn__lt_entry;

typedef struct pgn__lt_feat {
    uint64_t key;            /* 0: empty slot */
    pgn__lt_entry *e;        /* malloc'd */
    uint32_t n, cap;
} pgn__lt_feat;

typedef struct pgn__lt {
    pgn__lt_feat *t;
    size_t mask, n;
    uint32_t n_classes;
    uint32_t now;            /* instances seen (the averaging clock) */
} pgn__lt;

int pgn__lt_init(pgn__lt *m, uint32_t n_classes);
void pgn__lt_free(pgn__lt *m);
/* Adds the current (not averaged) weights of features f to scores. */
void pgn__lt_score(const pgn__lt *m, const uint64_t *f, size_t nf, float *scores);
int pgn__lt_update(pgn__lt *m, const uint64_t *f, size_t nf, uint32_t cls, float delta);
/* One perceptron of a training ensemble (the tagger's and the parser's):
** its weights, its own order of the n training items and its own random
** stream, from seed + k and a salt per trainer; member 0 alone is the
** single model. */
#define PGN__LT_MAX_ENSEMBLE 16
typedef struct pgn__lt_member {
    pgn__lt lt;
    size_t *order;
    uint64_t rng;
} pgn__lt_member;
int pgn__lt_member_init(pgn__lt_member *m, uint32_t n_classes, size_t n, uint64_t seed,
                        uint64_t salt);
void pgn__lt_members_free(pgn__lt_member *m, uint32_t n);

/* out = the mean of the averaged weights of parts[0..k-1] (same classes). */
int pgn__lt_soup(const pgn__lt *const *parts, size_t k, pgn__lt *out);

/* Compact read-only model: open addressing over 16-bit fingerprints (a
** false match costs one stray feature in ~30,000 absent lookups, which
** does not move accuracy, and halves the files), entries as (class, int16
** weight) laid out in slot order; one scale for all weights. */
typedef struct pgn__lin {
    uint32_t n_classes;
    uint32_t mask;           /* slots - 1 */
    uint32_t *slot;          /* 2 per slot: 16-bit fingerprint (0 empty), off<<8|count */
    uint32_t *ent;           /* n_entries: class << 16 | (uint16_t)weight, one
                                word so one cache miss fetches both */
    uint32_t n_entries;      /* once loaded: only the entries neither inlined,
                                in dense rows nor in their slot's line (see
                                below), each list within one cache line
                                (padded with zero entries between lists) */
    float scale;             /* weight = w * scale */
    /* Features with many classes (tag and label templates, hit on every
    ** step) are also kept as dense rows added with vector instructions; a
    ** slot whose count is 0 names its row.  And a feature with exactly two
    ** classes (most of them: a perceptron update touches two) keeps both
    ** entries in its slot, saving the second cache miss: bit 31 of the
    ** first word set, classes in bits 16-22 and 23-29, weights in the two
    ** halves of the second word (only with n_classes <= 128).  Both are
    ** built when a model is loaded (pgn__r_lin); a loaded model is never
    ** written again. */
    int16_t *dense;          /* n_dense rows of row_len, or NULL */
    uint32_t n_dense, row_len;
} pgn__lin;

#define PGN__LIN_DENSE_MIN 16        /* entries that make a dense row */
#define PGN__LIN_INLINE (1u << 31)   /* slot flag: two entries in the slot */
/* A loaded model also keeps a list's entries in the empty slots of its own
** cache line (of eight slots) when they fit: the slot's first word has
** PGN__LIN_LOCAL, its second the count and (bits 8-15) which slots of the
** line hold the entries.  Such a storage slot has fingerprint 0, so probes
** stop there as at an empty slot (fingerprints are odd) and lookups give
** what they gave before; it holds one or two entries laid out as an
** inline slot's, PGN__LIN_PAIR set when two. */
#define PGN__LIN_LOCAL (1u << 30)
#define PGN__LIN_PAIR (1u << 30)

/* Averages, prunes (|w| < prune dropped) and quantizes. */
int pgn__lt_compact(const pgn__lt *m, float prune, pgn__lin *out);
/* Compacts the mean of parts[0..k-1] (one part as it is: an ensemble of one
** is the plain model, byte for byte). */
int pgn__lt_compact_mean(const pgn__lt *const *parts, size_t k, float prune, pgn__lin *out);
void pgn__lin_free(pgn__lin *m);
/* malloc for large read-mostly tables (huge-page aligned); free() frees. */
void *pgn__big_alloc(size_t n);
/* scores[0..n_classes) += integer weights of f (fixed scale). */
void pgn__lin_score(const pgn__lin *m, const uint64_t *f, size_t nf, int32_t *restrict scores);

/* A loaded model of one or two classes kept as one number per feature
** (linear_sum.c): the weight, or class 1's minus class 0's, in the same
** slots under the same fingerprints, 4 bytes a slot.  Every key sums to
** exactly what pgn__lin_score gives (its one class, or class 1 - class 0). */
typedef struct pgn__lin_sum {
    uint32_t mask;           /* slots - 1, the model's */
    uint32_t *slot;          /* 0 empty; fingerprint >> 1 << 17 | value + 2^16 */
} pgn__lin_sum;
/* PGN_EINVAL: not one or two classes; PGN_ETOOBIG: a value out of range
** (never from a model the trainer wrote). */
int pgn__lin_sum_build(const pgn__lin *m, pgn__lin_sum *out);
void pgn__lin_sum_free(pgn__lin_sum *t);
int32_t pgn__lin_sum_score(const pgn__lin_sum *t, const uint64_t *f, size_t nf);
/* Starts fetching the slots pgn__lin_sum_score(t, f, nf) will read first. */
void pgn__lin_sum_prefetch(const pgn__lin_sum *t, const uint64_t *f, size_t nf);

/* The first class of the highest score of s[0..n) (n >= 1). */
uint32_t pgn__lin_argmax(const int32_t *s, uint32_t n);

/* 64-bit key -> uint32 value map (values: pool offsets or ids).  A slot
** holds its key and value side by side, so a lookup touches one cache line
** (separate key and value arrays cost two misses per hit; the tagger and
** lemmatizer make several lookups per token in maps of megabytes).  The
** file format still writes all keys, then all values. */
typedef struct pgn__smap_slot {
    uint64_t key;            /* 0: empty */
    uint32_t val, pad;
} pgn__smap_slot;
typedef struct pgn__smap {
    pgn__smap_slot *slot;
    uint32_t mask, n;
} pgn__smap;

#define PGN__NONE UINT32_MAX
int pgn__smap_init(pgn__smap *m, size_t expect);
void pgn__smap_free(pgn__smap *m);
int pgn__smap_put(pgn__smap *m, uint64_t key, uint32_t val);
uint32_t pgn__smap_get(const pgn__smap *m, uint64_t key);
/* Starts loading key's first slot: a lookup made some work later then
** finds it in the cache instead of waiting for memory. */
static inline void pgn__smap_prefetch(const pgn__smap *m, uint64_t key) {
    if (m->slot) __builtin_prefetch(&m->slot[(uint32_t)(key ? key : 1) & m->mask]);
}

/* A growable byte pool of NUL-terminated strings. */
typedef struct pgn__pool {
    char *s;
    size_t len, cap;
} pgn__pool;
/* Appends a string, returning its offset (PGN__NONE when out of memory);
** identical strings are not shared (dedup is the caller's business). */
uint32_t pgn__pool_add(pgn__pool *p, const char *s, size_t n);

/* --------------------------------------------------------- model files */

/* Kinds of model file. */
enum { PGN__MODEL_TAGGER = 1, PGN__MODEL_PARSER = 2 };
/* Format versions (the header's u16), i.e. how the payload is kept:
** 1 deflated (small files), 2 stored as it is (loaded by mapping the file:
** no inflating and no buffer to fill, for the largest model).  The
** sections inside are the same in both. */
enum { PGN__MODEL_DEFLATED = 1, PGN__MODEL_STORED = 2 };

typedef struct pgn__wbuf {
    unsigned char *b;
    size_t len, cap;
    int oom;
} pgn__wbuf;
void pgn__w_u32(pgn__wbuf *w, uint32_t v);
void pgn__w_f32(pgn__wbuf *w, float v);
void pgn__w_bytes(pgn__wbuf *w, const void *p, size_t n);
void pgn__w_lin(pgn__wbuf *w, const pgn__lin *m);
void pgn__w_smap(pgn__wbuf *w, const pgn__smap *m);
void pgn__w_pool(pgn__wbuf *w, const pgn__pool *p);

typedef struct pgn__rbuf {
    const unsigned char *b;
    size_t len, off;
    int bad;                 /* set on any out-of-bounds or invalid read */
} pgn__rbuf;
uint32_t pgn__r_u32(pgn__rbuf *r);
float pgn__r_f32(pgn__rbuf *r);
int pgn__r_lin(pgn__rbuf *r, pgn__lin *m);
int pgn__r_smap(pgn__rbuf *r, pgn__smap *m);
int pgn__r_pool(pgn__rbuf *r, pgn__pool *p);

/* Writes header + payload to path atomically (path.tmp then rename), the
** payload deflated or stored (fmt, see above). */
int pgn__model_save(const char *path, uint16_t kind, const pgn__wbuf *payload, unsigned fmt,
                    pgn_error *err);
/* A checked payload in memory: b[0..len) is either the inflated copy (own,
** malloc'd) or points into the mapped file (map, map_len). */
typedef struct pgn__model_bytes {
    const unsigned char *b;
    size_t len;
    unsigned char *own;
    void *map;
    size_t map_len;
} pgn__model_bytes;
/* Reads path, checks magic, version, kind, length and both CRCs; on success
** *out holds the payload until pgn__model_release. */
int pgn__model_open(const char *path, uint16_t kind, pgn__model_bytes *out, pgn_error *err);
void pgn__model_release(pgn__model_bytes *m);
/* Inflates a checked payload into a malloc'd buffer. */
int pgn__model_inflate(const char *name, const unsigned char *p, size_t n,
                       unsigned char **out, size_t *out_len, pgn_error *err);
/* The header and CRC checks on bytes already in memory (payload points
** into buf, still deflated when *fmt is PGN__MODEL_DEFLATED). */
int pgn__model_check(const char *name, const unsigned char *buf, size_t len,
                     uint16_t kind, const unsigned char **payload, size_t *plen,
                     unsigned *fmt, pgn_error *err);

/* ---------------------------------------------------- sentences to annotate */

/* Per-token values the tagger and parser share (computed once). */
typedef struct pgn__nlp_tok {
    uint64_t w;              /* hash of the lower-cased form */
    uint64_t p;              /* hash of the predicted (or gold) XPOS */
    uint64_t u;              /* hash of the UPOS */
    uint64_t c;              /* word cluster (0: unknown) */
} pgn__nlp_tok;

typedef struct pgn__nlp_sent {
    uint32_t n;
    const char **form;       /* input, n */
    uint32_t *tag;           /* tagger class, n */
    const char **lemma, **feats;
    int32_t *head;           /* 0..n */
    uint32_t *label;         /* parser label id */
    pgn__nlp_tok *tok;       /* n */
} pgn__nlp_sent;

/* Allocates the arrays of s for n tokens (from arena, or malloc when arena
** is NULL: then pgn__nlp_sent_free releases them). */
int pgn__nlp_sent_alloc(pgn__nlp_sent *s, uint32_t n, pgn__arena *arena);
void pgn__nlp_sent_free(pgn__nlp_sent *s);

/* ------------------------------------------------------------- tagger */

typedef struct pgn__tagger {
    uint32_t n_tags;
    uint32_t *upos, *xpos;   /* pool offsets per tag */
    uint64_t *xpos_h, *upos_h; /* hashes per tag (parser features) */
    uint32_t *tag_feats;     /* default feats per tag (pool offset or NONE) */
    pgn__lin lin;
    pgn__smap lemma_exc;     /* hash(form, tag) -> pool offset of lemma */
    pgn__smap lemma_rule;    /* hash(tag, suffix) -> pool offset of rule */
    pgn__smap feats_map;     /* hash(lower form, tag) -> pool offset */
    pgn__smap amb;           /* hash(lower form) -> hash of its tag set */
    pgn__smap clusters;      /* hash(lower form) -> cluster + 1 (clusters.c) */
    pgn__pool pool;
} pgn__tagger;

typedef struct pgn__train_opt {
    uint32_t epochs;
    uint64_t seed;
    int quiet;
    float prune;
    const char *tagger_dir;  /* parser: tagger used to tag dev (and train) */
    uint32_t jackknife;      /* parser: folds for predicted train tags, 0 off */
    uint32_t explore_from;   /* parser: epoch from which to follow predictions */
    const char *const *text_paths; /* tagger: unlabelled text for clusters */
    size_t n_text_paths;
    uint32_t n_clusters;     /* 0: default */
    uint32_t ensemble;       /* models trained from seeds seed.. and averaged; 0/1: one */
    const pgn__smap *fixed_clusters; /* tagger: use these instead of learning */
} pgn__train_opt;

int pgn__tagger_train(const pgn__treebank *train, const pgn__treebank *dev,
                      const pgn__train_opt *opt, pgn__tagger **out, pgn_error *err);
int pgn__tagger_save(const pgn__tagger *t, const char *path, pgn_error *err);
int pgn__tagger_load(const char *path, pgn__tagger **out, pgn_error *err);
int pgn__tagger_from_bytes(const char *name, const unsigned char *b, size_t n,
                           pgn__tagger **out, pgn_error *err);
void pgn__tagger_free(pgn__tagger *t);
/* Tags s (form -> tag, tok[].p/u); lemma and feats when do_lemma.
** Lemmas built by rules are allocated from arena (malloc'd into *owned when
** arena is NULL is not supported: arena is required when do_lemma). */
int pgn__tagger_tag(const pgn__tagger *t, pgn__nlp_sent *s, int do_lemma,
                    pgn__arena *arena);
const char *pgn__tagger_upos(const pgn__tagger *t, uint32_t tag);
const char *pgn__tagger_xpos(const pgn__tagger *t, uint32_t tag);

/* clusters.c: k clusters of the words of tb's forms and the text files
** (or directories of them) in paths; out maps hash(lower form) -> id + 1.
** PGN_EEMPTY when there is too little text for k clusters. */
int pgn__clusters_learn(const pgn__treebank *tb, const char *const *paths, size_t n_paths,
                        uint32_t k, pgn__smap *out, int quiet, pgn_error *err);
uint64_t pgn__tagger_cluster(const pgn__tagger *t, uint64_t lower_hash);

/* lemma.c: learning and applying lemma rules and feats dictionaries. */
int pgn__lemma_learn(pgn__tagger *t, const pgn__treebank *train,
                     const pgn__smap *tag_of, pgn_error *err);
const char *pgn__lemma_apply(const pgn__tagger *t, const char *form, uint32_t tag,
                             pgn__arena *arena);
const char *pgn__feats_apply(const pgn__tagger *t, const char *form, uint32_t tag);
/* Prefetches the dictionary slots pgn__lemma_apply and pgn__feats_apply read
** first for a form (hashes of the form and of its lower case) with a tag. */
void pgn__lemma_prefetch(const pgn__tagger *t, uint64_t form_h, uint64_t low_h, uint32_t tag);
/* Lemmas that depend on the sentence (s lemmatised already). */
void pgn__lemma_context(const pgn__tagger *t, pgn__nlp_sent *s, pgn__arena *arena);
/* Key of a (UPOS, XPOS) pair in tag_of maps. */
uint64_t pgn__tag_key(const char *upos, const char *xpos);
/* Lower-cases ASCII letters of s into buf (cap bytes); returns length. */
size_t pgn__lower(const char *s, char *buf, size_t cap);

/* ------------------------------------------------------------- parser */

typedef struct pgn__parser {
    uint32_t n_labels;
    uint32_t *label;         /* pool offsets */
    pgn__lin lin;            /* classes: SHIFT, REDUCE, LEFT-l, RIGHT-l */
    pgn__pool pool;
    uint32_t root_label, dep_label; /* ids of "root" (UINT32_MAX: none), "dep" */
    uint32_t branches;       /* selectional branching: steps branched (0: greedy);
                                a setting of the opened model, not in the file */
    int64_t branch_margin;   /* only steps whose two best scores differ by less
                                (integer score units) are branched at; INT64_MAX
                                when loaded: no limit */
    double *branch_exp;      /* with branching: exp of -d score units at the
                                search's temperature, d < n_branch_exp */
    uint32_t n_branch_exp;
    int shortcuts_off;       /* 1: parse without the kept feature sums, and
                                search without the greedy path, the steps
                                seen and the exp table (the same parses,
                                slower; for tests) */
} pgn__parser;

int pgn__parser_train(const pgn__treebank *train, const pgn__treebank *dev,
                      const pgn__tagger *tagger, const pgn__train_opt *opt,
                      pgn__parser **out, pgn_error *err);
int pgn__parser_save(const pgn__parser *p, const char *path, pgn_error *err);
int pgn__parser_load(const char *path, pgn__parser **out, pgn_error *err);
/* Selectional branching over k steps (0: greedy), only at steps whose two
** best actions' scores differ by less than margin weight units (0: any). */
void pgn__parser_set_branching(pgn__parser *p, uint32_t k, double margin);
int pgn__parser_from_bytes(const char *name, const unsigned char *b, size_t n,
                           pgn__parser **out, pgn_error *err);
void pgn__parser_free(pgn__parser *p);
/* Parses s (needs tok[] filled): head and label.  scratch: 4*(n+2) ints. */
void pgn__parser_parse(const pgn__parser *p, pgn__nlp_sent *s, int32_t *scratch);
const char *pgn__parser_label(const pgn__parser *p, uint32_t label);

/* projective.c: lifts non-projective arcs (heads rewritten in place);
** returns the number of lifted arcs. */
uint32_t pgn__projectivize(int32_t *head, uint32_t n);
int pgn__is_projective(const int32_t *head, uint32_t n);

/* ------------------------------------------------------- the whole model */

/* nlp.c: what pgn_nlp_model_open loads. */
struct pgn_nlp_model {
    pgn__tagger *tagger;
    pgn__parser *parser;     /* NULL: no parser model */
};

/* Tags, lemmatizes and parses one sentence whose forms are set (memory from
** arena).  0 or PGN_ENOMEM. */
int pgn__nlp_annotate_sent(const pgn_nlp_model *m, pgn__nlp_sent *s, pgn__arena *arena);

#endif
