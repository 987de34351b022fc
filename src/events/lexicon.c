/* src/events/lexicon.c -- loads the event lexicon (data/lexicon/events_*.txt).
**
** In: our verb and noun pattern files and the cue file (format in
** lexicon.h and in each file's header).  Out: an immutable, sorted table
** that extract.c queries by head lemma.  Codes are checked against the
** ontology when one is given; every error names file and line.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/error.h"
#include "datafile.h"
#include "lexicon.h"

typedef struct cue {
    int cls;
    const char *lemma;
    int value;
} cue;

/* One head's run of sorted entries, found by the hash of (pos, head). */
typedef struct head_slot {
    uint64_t hash;           /* 0: empty */
    uint32_t first, n;
} head_slot;

struct pgn__lexicon {
    pgn__arena *arena;
    PGN__VEC(pgn__lex_entry) entries;
    PGN__VEC(cue) cues;
    head_slot *heads;        /* built by seal: a few thousand heads */
    size_t heads_mask;
    uint32_t roots;
    int sealed;
};

/* FNV-1a over the part of speech and the lemma (never 0). */
static uint64_t head_hash(char pos, const char *lemma) {
    uint64_t h = (0xcbf29ce484222325ULL ^ (unsigned char)pos) * 0x100000001b3ULL;
    for (const unsigned char *p = (const unsigned char *)lemma; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    h ^= h >> 29;
    return h ? h : 1;
}

/* The head index: every lookup of an event trigger, its variants and its
** compounds asks it (most ask for a lemma heading nothing), so one hash and
** one string comparison instead of a dozen comparisons while halving. */
static int build_heads(pgn__lexicon *lex) {
    size_t groups = 0;
    for (size_t i = 0; i < lex->entries.n; i++)
        groups += i == 0 || lex->entries.v[i].pos != lex->entries.v[i - 1].pos ||
                  strcmp(lex->entries.v[i].head, lex->entries.v[i - 1].head) != 0;
    size_t cap = 16;
    while (cap < 2 * groups) cap *= 2;
    lex->heads = pgn__arena_alloc(lex->arena, cap * sizeof *lex->heads);
    if (!lex->heads) return -1;
    memset(lex->heads, 0, cap * sizeof *lex->heads);
    lex->heads_mask = cap - 1;
    for (size_t i = 0; i < lex->entries.n;) {
        const pgn__lex_entry *e = &lex->entries.v[i];
        size_t end = i + 1;
        while (end < lex->entries.n && lex->entries.v[end].pos == e->pos &&
               strcmp(lex->entries.v[end].head, e->head) == 0)
            end++;
        uint64_t h = head_hash(e->pos, e->head);
        size_t s = (size_t)h & lex->heads_mask;
        while (lex->heads[s].hash) s = (s + 1) & lex->heads_mask;
        lex->heads[s] = (head_slot){h, (uint32_t)i, (uint32_t)(end - i)};
        i = end;
    }
    return 0;
}

static const char *const cue_names[PGN__CUE__COUNT] = {
    "control", "speech", "denial", "report", "hedge", "modal", "negation", "falsity",
    "addressed", "mutual", "goods"};

static const char *const fact_names[PGN__FACT__COUNT] = {
    "asserted", "alleged", "denied", "future", "hypothetical"};

const char *pgn__factuality_name(int f) {
    return f >= 0 && f < PGN__FACT__COUNT ? fact_names[f] : "asserted";
}

pgn__lexicon *pgn__lexicon_new(void) {
    pgn__lexicon *lex = calloc(1, sizeof *lex);
    if (!lex) return NULL;
    if (!(lex->arena = pgn__arena_new(0))) {
        free(lex);
        return NULL;
    }
    return lex;
}

void pgn__lexicon_free(pgn__lexicon *lex) {
    if (!lex) return;
    pgn__arena_free(lex->arena);
    free(lex);
}

/* Lemmas and words: lower-case letters, digits, '-', '\'', '_', '.'. */
static int word_ok(const char *s, size_t n) {
    if (n == 0 || n > 64) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' ||
              c == '_' || c == '.' || c >= 0x80))
            return 0;
    }
    return 1;
}

static int code_ok(const pgn__df_field *f) {
    if (f->len < 2 || f->len > 4) return 0;
    for (size_t i = 0; i < f->len; i++)
        if (f->s[i] < '0' || f->s[i] > '9') return 0;
    int root = (f->s[0] - '0') * 10 + (f->s[1] - '0');
    return root >= 1 && root <= 20;
}

#define SYNTAX(...) pgn__err(err, PGN_ESYNTAX, name, ln->line, ln->byte, __VA_ARGS__)

static int parse_pattern(pgn__lexicon *lex, const char *name, const pgn__df_line *ln,
                         pgn__lex_entry *e, pgn_error *err) {
    const char *s = ln->f[0].s, *end = s + ln->f[0].len;
    const char *words[16];
    size_t lens[16], n = 0;
    while (s < end) {
        while (s < end && *s == ' ') s++;
        if (s == end) break;
        const char *w = s;
        while (s < end && *s != ' ') s++;
        if (n == 16) return SYNTAX("pattern has more than 16 words");
        words[n] = w;
        lens[n++] = (size_t)(s - w);
    }
    if (n == 0) return SYNTAX("empty pattern");
    if (!word_ok(words[0], lens[0]))
        return SYNTAX("head \"%.*s\" must be a lower-case lemma", (int)lens[0], words[0]);
    if (!(e->head = pgn__arena_strndup(lex->arena, words[0], lens[0])))
        return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
    int have_target = 0;
    const char *prep = NULL; /* a word written before =lemma */
    size_t prep_len = 0;
    for (size_t i = 1; i < n; i++) {
        const char *w = words[i];
        size_t len = lens[i];
        pgn__lex_item it = {0, 0, NULL, NULL};
        int bang = len == 2 && w[0] == 'T' && w[1] == '!';
        if ((len == 1 && w[0] == 'T') || bang) {
            if (have_target) return SYNTAX("pattern names the target twice");
            it.kind = PGN__LI_TARGET_OBJ;
            it.required = (uint8_t)bang;
            have_target = 1;
        } else if (w[0] == '+' || w[0] == '=' || w[0] == '>') {
            if (!word_ok(w + 1, len - 1))
                return SYNTAX("\"%.*s\" needs a lower-case word after '%c'", (int)len, w, w[0]);
            it.kind = w[0] == '+' ? PGN__LI_PARTICLE : w[0] == '=' ? PGN__LI_OBJECT
                                                                   : PGN__LI_COMPLEMENT;
            if (it.kind == PGN__LI_OBJECT && !prep && e->n_items &&
                e->items[e->n_items - 1].kind == PGN__LI_TARGET_PREP) {
                /* "send =troop to T =border": the object right after a
                ** target phrase is that phrase ("to its border with T") */
                prep = e->items[e->n_items - 1].word;
                prep_len = strlen(prep);
            }
            if (it.kind == PGN__LI_OBJECT && prep &&
                !(it.prep = pgn__arena_strndup(lex->arena, prep, prep_len)))
                return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
            prep = NULL;
            w++, len--;
        } else if (word_ok(w, len)) {
            /* A bare word is a preposition introducing T, or "to" before >. */
            if (i + 1 < n && words[i + 1][0] == 'T' &&
                (lens[i + 1] == 1 || (lens[i + 1] == 2 && words[i + 1][1] == '!'))) {
                if (have_target) return SYNTAX("pattern names the target twice");
                it.kind = PGN__LI_TARGET_PREP;
                it.required = (uint8_t)(lens[i + 1] == 2);
                have_target = 1;
                i++;
            } else if (i + 1 < n && (words[i + 1][0] == '>' || words[i + 1][0] == '=')) {
                /* "to >visit", "accuse T of =fraud": the word before a
                ** complement is written for the reader; before an object
                ** it is the preposition that object may carry (an object
                ** without one must be a plain object). */
                prep = w, prep_len = len;
                continue;
            } else {
                return SYNTAX("\"%.*s\": a preposition must be followed by T", (int)len, w);
            }
        } else {
            return SYNTAX("bad pattern word \"%.*s\"", (int)(len > 40 ? 40 : len), w);
        }
        if (e->n_items == PGN__LEX_MAX_ITEMS)
            return SYNTAX("more than %d pattern items", PGN__LEX_MAX_ITEMS);
        if (!(it.word = len && it.kind != PGN__LI_TARGET_OBJ
                            ? pgn__arena_strndup(lex->arena, w, len) : NULL) &&
            it.kind != PGN__LI_TARGET_OBJ)
            return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
        e->items[e->n_items++] = it;
    }
    if (e->pos == 'n') {
        for (size_t i = 0; i < e->n_items; i++)
            if (e->items[i].kind == PGN__LI_TARGET_OBJ)
                return SYNTAX("a noun pattern's target needs a preposition (\"of T\")");
    }
    return 0;
}

static int parse_entry(pgn__lexicon *lex, const pgn__ontology *ont, int kind, const char *name,
                       const pgn__df_line *ln, pgn_error *err) {
    if (ln->n != 2) return SYNTAX("need 2 fields (pattern, CAMEO code), have %zu", ln->n);
    if (!code_ok(&ln->f[1]))
        return SYNTAX("\"%.*s\" is not a CAMEO event code",
                      (int)(ln->f[1].len > 20 ? 20 : ln->f[1].len), ln->f[1].s);
    if (PGN__VEC_RESERVE(lex->arena, lex->entries))
        return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
    pgn__lex_entry *e = &lex->entries.v[lex->entries.n];
    memset(e, 0, sizeof *e);
    e->pos = (char)kind;
    memcpy(e->code, ln->f[1].s, ln->f[1].len);
    if (ont && !pgn__ontology_find(ont, e->code))
        return SYNTAX("CAMEO code %s is not in the ontology", e->code);
    e->line = ln->line;
    if (!(e->file = pgn__arena_strdup(lex->arena, name)))
        return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
    int rc = parse_pattern(lex, name, ln, e, err);
    if (rc) return rc;
    lex->roots |= 1u << ((e->code[0] - '0') * 10 + (e->code[1] - '0'));
    lex->entries.n++;
    return 0;
}

static int parse_cue(pgn__lexicon *lex, const char *name, const pgn__df_line *ln,
                     pgn_error *err) {
    if (ln->n < 2 || ln->n > 3) return SYNTAX("need 2 or 3 fields (class, lemma[, value])");
    int cls = -1;
    for (int i = 0; i < PGN__CUE__COUNT && cls < 0; i++)
        if (pgn__df_eq(&ln->f[0], cue_names[i])) cls = i;
    if (cls < 0)
        return SYNTAX("unknown cue class \"%.*s\"", (int)(ln->f[0].len > 40 ? 40 : ln->f[0].len),
                      ln->f[0].s);
    if (!word_ok(ln->f[1].s, ln->f[1].len)) return SYNTAX("cue must be a lower-case lemma");
    int value = -1;
    if (ln->n == 3) {
        for (int i = 0; i < PGN__FACT__COUNT && value < 0; i++)
            if (pgn__df_eq(&ln->f[2], fact_names[i])) value = i;
        if (value < 0 && !pgn__df_eq(&ln->f[2], "negated"))
            return SYNTAX("unknown factuality \"%.*s\"",
                          (int)(ln->f[2].len > 40 ? 40 : ln->f[2].len), ln->f[2].s);
        if (value < 0) value = PGN__FACT__COUNT; /* "negated": the complement did not happen */
    }
    int needs = cls == PGN__CUE_CONTROL || cls == PGN__CUE_SPEECH || cls == PGN__CUE_HEDGE ||
                cls == PGN__CUE_MODAL;
    if (needs && value < 0) return SYNTAX("cue class %s needs a value", cue_names[cls]);
    if (!needs && value >= 0) return SYNTAX("cue class %s takes no value", cue_names[cls]);
    if (PGN__VEC_RESERVE(lex->arena, lex->cues))
        return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
    cue *c = &lex->cues.v[lex->cues.n];
    c->cls = cls;
    c->value = value;
    if (!(c->lemma = pgn__arena_strndup(lex->arena, ln->f[1].s, ln->f[1].len)))
        return pgn__err(err, PGN_ENOMEM, name, ln->line, ln->byte, "out of memory");
    for (size_t i = 0; i < lex->cues.n; i++)
        if (lex->cues.v[i].cls == cls && strcmp(lex->cues.v[i].lemma, c->lemma) == 0)
            return pgn__err(err, PGN_EDUPLICATE, name, ln->line, ln->byte,
                            "cue %s %s listed twice", cue_names[cls], c->lemma);
    lex->cues.n++;
    return 0;
}

int pgn__lexicon_parse(pgn__lexicon *lex, const pgn__ontology *ont, int kind, const char *name,
                       const char *text, size_t len, pgn_error *err) {
    if (!lex || lex->sealed || (kind != 'v' && kind != 'n' && kind != 'c'))
        return pgn__err(err, PGN_EINVAL, name, -1, -1, "bad lexicon or kind");
    pgn__df df;
    pgn__df_line line;
    int rc;
    pgn__df_init(&df, name, text, len);
    while ((rc = pgn__df_next(&df, &line, err)) == 1) {
        rc = kind == 'c' ? parse_cue(lex, name, &line, err)
                         : parse_entry(lex, ont, kind, name, &line, err);
        if (rc) return rc;
    }
    return rc;
}

static int entry_cmp(const void *a, const void *b) {
    const pgn__lex_entry *x = a, *y = b;
    if (x->pos != y->pos) return x->pos < y->pos ? -1 : 1;
    int c = strcmp(x->head, y->head);
    if (c) return c;
    /* Stable by file position, so "first in the file wins" holds on ties. */
    if (x->file != y->file) {
        int f = strcmp(x->file, y->file);
        if (f) return f;
    }
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Both NULL, or both the same word. */
static int same_word(const char *a, const char *b) {
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int cue_cmp(const void *a, const void *b) {
    const cue *x = a, *y = b;
    if (x->cls != y->cls) return x->cls < y->cls ? -1 : 1;
    return strcmp(x->lemma, y->lemma);
}

int pgn__lexicon_seal(pgn__lexicon *lex, pgn_error *err) {
    if (!lex) return pgn__err(err, PGN_EINVAL, "", -1, -1, "no lexicon");
    if (lex->entries.n > 1)
        qsort(lex->entries.v, lex->entries.n, sizeof *lex->entries.v, entry_cmp);
    /* Same head sorts together: compare each entry with the earlier ones
    ** of its head (a handful), so a repeat anywhere in the files is found. */
    size_t group = 0;
    for (size_t i = 1; i < lex->entries.n; i++) {
        const pgn__lex_entry *b = &lex->entries.v[i];
        if (b->pos != lex->entries.v[group].pos || strcmp(b->head, lex->entries.v[group].head))
            group = i;
        for (size_t g = group; g < i; g++) {
            const pgn__lex_entry *a = &lex->entries.v[g];
            if (a->n_items != b->n_items) continue;
            int same = 1;
            for (size_t k = 0; k < a->n_items && same; k++)
                same = a->items[k].kind == b->items[k].kind &&
                       a->items[k].required == b->items[k].required &&
                       same_word(a->items[k].word, b->items[k].word) &&
                       same_word(a->items[k].prep, b->items[k].prep);
            if (same)
                return pgn__err(err, PGN_EDUPLICATE, b->file, b->line, -1,
                                "same pattern as %s:%ld", a->file, a->line);
        }
    }
    /* Cues are asked about on every step up the tree from every trigger:
    ** sorted once here, searched by halving. */
    if (lex->cues.n > 1) qsort(lex->cues.v, lex->cues.n, sizeof *lex->cues.v, cue_cmp);
    if (build_heads(lex)) return pgn__err(err, PGN_ENOMEM, "", -1, -1, "no memory for the lexicon");
    lex->sealed = 1;
    return 0;
}

int pgn__lexicon_load(const char *dir, const pgn__ontology *ont, pgn__lexicon **out,
                      pgn_error *err) {
    static const struct {
        const char *file;
        int kind;
    } files[] = {{"events_verbs.txt", 'v'},
                 {"events_nouns.txt", 'n'},
                 /* The vocabulary round's additions live in files of their
                 ** own so rounds that edit the main files merge cleanly; they
                 ** load after them, so on a tie the older entry wins. */
                 {"events_verbs_vocab.txt", 'v'},
                 {"events_nouns_vocab.txt", 'n'},
                 {"events_cues.txt", 'c'}};
    *out = NULL;
    pgn__lexicon *lex = pgn__lexicon_new();
    if (!lex) return pgn__err(err, PGN_ENOMEM, dir, -1, -1, "no memory for the lexicon");
    int rc = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0] && rc == 0; i++) {
        char path[1024];
        if (snprintf(path, sizeof path, "%s/%s", dir, files[i].file) >= (int)sizeof path) {
            rc = pgn__err(err, PGN_EINVAL, dir, -1, -1, "path too long");
            break;
        }
        char *text = NULL;
        size_t len = 0;
        rc = pgn__df_read_file(path, &text, &len, err);
        if (rc == 0) rc = pgn__lexicon_parse(lex, ont, files[i].kind, path, text, len, err);
        free(text);
    }
    if (rc == 0) rc = pgn__lexicon_seal(lex, err);
    if (rc) {
        pgn__lexicon_free(lex);
        return rc;
    }
    *out = lex;
    return 0;
}

size_t pgn__lexicon_n_entries(const pgn__lexicon *lex) { return lex->entries.n; }
uint32_t pgn__lexicon_roots(const pgn__lexicon *lex) { return lex->roots; }

const pgn__lex_entry *pgn__lexicon_lookup(const pgn__lexicon *lex, const char *lemma, char pos,
                                          size_t *n) {
    *n = 0;
    if (!lex || !lemma) return NULL;
    if (lex->heads) {
        uint64_t h = head_hash(pos, lemma);
        for (size_t s = (size_t)h & lex->heads_mask; lex->heads[s].hash; s = (s + 1) & lex->heads_mask) {
            const head_slot *hs = &lex->heads[s];
            const pgn__lex_entry *e = &lex->entries.v[hs->first];
            if (hs->hash == h && e->pos == pos && strcmp(e->head, lemma) == 0) {
                *n = hs->n;
                return e;
            }
        }
        return NULL;
    }
    size_t lo = 0, hi = lex->entries.n;
    while (lo < hi) { /* first entry >= (pos, lemma) */
        size_t mid = lo + (hi - lo) / 2;
        const pgn__lex_entry *e = &lex->entries.v[mid];
        int c = e->pos != pos ? (e->pos < pos ? -1 : 1) : strcmp(e->head, lemma);
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo;
    while (end < lex->entries.n && lex->entries.v[end].pos == pos &&
           strcmp(lex->entries.v[end].head, lemma) == 0)
        end++;
    *n = end - lo;
    return *n ? &lex->entries.v[lo] : NULL;
}

int pgn__lexicon_cue(const pgn__lexicon *lex, int cls, const char *lemma, int *value) {
    if (!lex || !lemma || lex->cues.n == 0) return 0;
    cue key = {cls, lemma, 0};
    const cue *c = lex->sealed ? bsearch(&key, lex->cues.v, lex->cues.n, sizeof key, cue_cmp)
                               : NULL;
    for (size_t i = 0; !lex->sealed && i < lex->cues.n && !c; i++)
        if (cue_cmp(&key, &lex->cues.v[i]) == 0) c = &lex->cues.v[i];
    if (!c) return 0;
    if (value) *value = c->value;
    return 1;
}
