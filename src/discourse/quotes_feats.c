/* src/discourse/quotes_feats.c -- what the learned attribution models
** (quotes_model.h) read of a parsed sentence: the per-sentence workspace
** (heads, children, string hashes, quotation marks, what the rules found)
** and the features of a token as a cue word.
*/
#include <stdlib.h>
#include <string.h>

#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* The project's feature hashing (src/nlp/nlp_int.h); NULL hashes as "". */
static uint64_t hs(const char *s) { return s ? pgn__hstr(s, strlen(s)) : pgn__hstr("", 0); }
static uint64_t f2(uint32_t tmpl, uint64_t a) { return pgn__hf(tmpl, a, 0, 0); }
static uint64_t f3(uint32_t tmpl, uint64_t a, uint64_t b) { return pgn__hf(tmpl, a, b, 0); }

/* p's entry of memo m (pgn__qm_memo, size slots), filled when p is new there. */
static pgn__qm_memo *memo(pgn__qm_memo *m, size_t size, const char *p) {
    uintptr_t a = (uintptr_t)p;
    pgn__qm_memo *e = &m[(a ^ (a >> 8) ^ (a >> 16)) & (size - 1)];
    if (e->s != p) {
        /* one pass over the (cold) string for both hashes */
        size_t len = strlen(p), suf = len > 4 ? 4 : len;
        e->s = p;
        e->h = pgn__hstr(p, len);
        e->hsuf = pgn__hstr(p + len - suf, suf);
        e->bits = -1;
    }
    return e;
}

/* A tag's or relation's entry: probed linearly, a few steps at most (the
** tag sets' strings lie side by side, and evicting each other they were
** hashed again and again); past those steps the home slot is taken over. */
static pgn__qm_memo *tag_memo(pgn__qm_cursor *cur, const char *p) {
    uintptr_t a = (uintptr_t)p;
    size_t home = (a ^ (a >> 7) ^ (a >> 14)) & (PGN__QM_TAG_MEMO - 1);
    pgn__qm_memo *e = NULL;
    for (size_t k = 0; k < 8; k++) {
        e = &cur->tags[(home + k) & (PGN__QM_TAG_MEMO - 1)];
        if (e->s == p) return e;
        if (!e->s) break;
    }
    /* e: the first empty slot, or the last one probed */
    e->s = p;
    e->h = hs(p);
    e->bits = -1;
    return e;
}


/* What the kind bits test of a tag or relation string, asked once per
** string of a document (tag_bits) rather than with string comparisons for
** every word. */
enum {
    S_NO_CUE = 1,    /* a word class that heads no cue (candidate) */
    S_VERB = 2,      /* "VERB" */
    S_CCOMP = 4,     /* ccomp or a subtype */
    S_CONTENT = 8,   /* a relation of a cue's content (pgn__qa_content_rel) */
    S_CASE = 16,     /* case or a subtype */
    S_NOMINAL = 32,  /* NOUN, PROPN, PRON */
    S_NOT_HEAD = 64, /* a relation no noun phrase's head hangs by (compound, flat, ...) */
    S_FRAME_SHIFT = 8 /* a relation's frame_bit, above the bits before */
};

/* The core relations among a word's children, as bits: the frame a cue
** word opens ("X said that", "X's claim", "called for") whatever its lemma. */
static uint64_t frame_bit(const char *r) {
    static const char *const core[] = {"nsubj", "nsubj:pass", "obj", "ccomp", "xcomp", "obl",
                                       "obl:agent", "nmod", "nmod:poss", "advcl", "parataxis",
                                       "acl", "iobj", "case", "csubj"};
    for (size_t k = 0; r && k < sizeof core / sizeof *core; k++)
        if (r[0] == core[k][0] && strcmp(r, core[k]) == 0) return (uint64_t)1 << k;
    return 0;
}

static int string_bits(const char *p) {
    /* Words of these classes head no cue (a cue's determiner or auxiliary
    ** goes with its head); skipping them saves a third of the lookups. */
    static const char *const never[] = {"PUNCT", "DET", "PROPN", "PRON", "NUM", "CCONJ",
                                        "SCONJ", "PART", "SYM", "X", "INTJ", "AUX"};
    static const char *const not_head[] = {"compound", "flat", "fixed", "goeswith", "expl", "det"};
    int b = 0;
    if (p[0] >= 'A' && p[0] <= 'Z') {
        /* a word class: the relations' tests below, all of lower-case
        ** names, could not hold of it */
        for (size_t k = 0; k < sizeof never / sizeof *never; k++)
            if (p[0] == never[k][0] && strcmp(p, never[k]) == 0) b |= S_NO_CUE;
        if (strcmp(p, "VERB") == 0) b |= S_VERB;
        if (strcmp(p, "NOUN") == 0 || strcmp(p, "PROPN") == 0 || strcmp(p, "PRON") == 0) b |= S_NOMINAL;
        return b;
    }
    /* a relation (or anything else): the word classes' upper-case names
    ** cannot match it */
    pgn__token t = {.deprel = p};
    for (size_t k = 0; k < sizeof not_head / sizeof *not_head; k++)
        if (pgn__deprel_kind(&t, not_head[k])) b |= S_NOT_HEAD;
    if (p[0] == 'c') b |= (strncmp(p, "ccomp", 5) == 0 ? S_CCOMP : 0) | (pgn__deprel_kind(&t, "case") ? S_CASE : 0);
    return b | (pgn__qa_content_rel(&t) ? S_CONTENT : 0) | (int)(frame_bit(p) << S_FRAME_SHIFT);
}

/* The memo entry of a tag or relation (p non-NULL) with its string_bits
** asked: one probe gives both its hash and its bits.  Read it before the
** next probe, which may take its slot over. */
static inline const pgn__qm_memo *tag_entry(pgn__qm_cursor *cur, const char *p) {
    pgn__qm_memo *e = tag_memo(cur, p);
    if (e->bits < 0) e->bits = string_bits(p);
    return e;
}

int pgn__qm_is_quote_mark(const char *s) {
    /* " “ ” `` '': by the first byte (asked three times of every token) */
    if (!s) return 0;
    switch (s[0]) {
    case '"': return s[1] == 0;
    case '`': return s[1] == '`' && s[2] == 0;
    case '\'': return s[1] == '\'' && s[2] == 0;
    case '\xe2': return s[1] == '\x80' && (s[2] == '\x9c' || s[2] == '\x9d') && s[3] == 0;
    default: return 0;
    }
}

static const char *lem(const pgn__token *t) { return t->lemma ? t->lemma : t->form; }

/* 1 + the cue lexicon's kind of a single word, 0 when it has none. */
static unsigned char kind_of(const pgn__cue *e) { return e && e->n_words == 1 ? (unsigned char)(1 + e->kind) : 0; }

/* 1 + the cue lexicon's kind of the word (its lower-cased form, else its
** lemma), 0 when the lexicon has neither: a prior for cue words the
** training articles use rarely, learnt with the lexicon's other words.
** lm: the memo entry of t's lemma (NULL: no lemma), whose bits keep the
** lemma's answer: the lemma strings are cold, and a lemma looked up once a
** document is not read again (the strcmp with the form that saved the
** lookup read it for every word). */
static unsigned char lexicon_kind(const pgn__cues *c, const pgn__token *t, pgn__qm_memo *lm) {
    if (!c || !t->form) return 0;
    char low[64];
    size_t n = 0;
    uint32_t h = PGN__CUES_HASH0;   /* hashed as it is lower-cased */
    for (char ch; (ch = t->form[n]) != 0; n++) {
        if (n + 1 >= sizeof low) return 0;   /* 64 bytes or more */
        low[n] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
        h = pgn__cues_hash_step(h, (unsigned char)low[n]);
    }
    low[n] = 0;
    const pgn__cue *e = pgn__cues_find_hashed(c, low, h);
    if (e || !lm) return kind_of(e);
    if (lm->bits < 0) lm->bits = kind_of(pgn__cues_find(c, lm->s));
    return (unsigned char)lm->bits;
}

size_t pgn__qm_bytes(uint32_t n) {
    return (size_t)n * (6 * sizeof(uint64_t) + 3 * sizeof(int32_t) + sizeof(uint16_t) + 7) + 16;
}

/* Quotation marks: open from the start of the paragraph (a new block, or
** a blank line, closes any quote left open); curly marks say their side. */
static int mark_toggle(const char *s, int open) {
    if (!pgn__qm_is_quote_mark(s)) return open;
    if (strcmp(s, "\xe2\x80\x9c") == 0 || strcmp(s, "``") == 0) return 1;
    if (strcmp(s, "\xe2\x80\x9d") == 0 || strcmp(s, "''") == 0) return 0;
    return !open;
}

/* The state after mark t (prev, next: its neighbours in the document, or
** NULL): an opening curly mark glued to the word before it and followed by
** a space, inside a quote, closes it (`not,\u201c he said`: a closing mark
** typed wrong, as the rule finder's regions take it, quotes.c). */
static int mark_state(const pgn__token *prev, const pgn__token *t, const pgn__token *next, int open) {
    if (open && prev && strcmp(t->form, "\xe2\x80\x9c") == 0 && prev->end == t->start &&
        (!next || next->start > t->end))
        return 0;
    return mark_toggle(t->form, open);
}

/* The quotation state at the start of sentence st.  Paragraphs are blocks
** (their tokens carry no blank-line flag): a paragraph that ends inside a
** quote closes it, unless the next one opens with a quotation mark, the
** convention of a quote running over paragraphs, whose mark continues the
** quote and opens nothing (*skip: 1; as the rule finder's regions,
** quotes.c).  Without this one unbalanced paragraph inverted the state for
** the rest of the article, and its cues counted as quoted words. */
static int enter_sentence(pgn__qm_cursor *cur, const pgn_doc *doc, const pgn__sentence *st,
                          int open, int *skip) {
    *skip = 0;
    if (cur->next > 0 && st->n_tokens > 0 && st->block != cur->block) {
        const char *f = doc->tokens.v[st->first].form;
        if (open && f && pgn__qm_is_quote_mark(f) && strcmp(f, "\xe2\x80\x9d") != 0 && strcmp(f, "''") != 0)
            *skip = 1;
        else
            open = 0;
    }
    cur->block = st->block;
    return open;
}

/* bit to s->rule of the words of sp, a span of a rule quote, if it meets
** the sentence's bytes [lo, hi) */
static inline void mark_span(pgn__qm_sent *s, const pgn__span *sp, uint32_t lo, uint32_t hi,
                             unsigned bit) {
    if (!sp->present || sp->end <= lo || sp->start >= hi) return;
    for (uint32_t i = 0; i < s->n; i++)
        if (s->tk[i].start < sp->end && sp->start < s->tk[i].end) s->rule[i] |= (unsigned char)bit;
}

/* ids[0 .. n) of sentence si: from the cursor's index, else every quote. */
static const uint32_t *rule_ids(const pgn__qm_cursor *cur, size_t si, size_t n_rules, size_t *n) {
    if (!cur->rules) {
        *n = n_rules;
        return NULL;
    }
    *n = cur->rules->first[si + 1] - cur->rules->first[si];
    return cur->rules->ids + cur->rules->first[si];
}

static void rules_of(pgn__qm_sent *s, const pgn__qm_cursor *cur, size_t si, const pgn__quote_vec *qs,
                     size_t n_rules) {
    const pgn__token *tk = s->tk;
    uint32_t n = s->n, lo = tk[0].start, hi = tk[n - 1].end;
    memset(s->rule, 0, n);
    size_t n_ids;
    const uint32_t *ids = rule_ids(cur, si, n_rules, &n_ids);
    /* (most quotes lie in other sentences: the test of each span comes first) */
    for (size_t k = 0; k < n_ids; k++) {
        const pgn__quote *q = &qs->v[ids ? ids[k] : k];
        mark_span(s, &q->cue, lo, hi, q->frame ? PGN__QM_RFRAME : PGN__QM_RCUE);
        mark_span(s, &q->speaker, lo, hi, PGN__QM_RSRC);
        mark_span(s, &q->content, lo, hi, q->direct ? PGN__QM_RDIRECT : PGN__QM_RCONTENT);
    }
}

/* Counts (ids NULL) or writes at pos[] the quote qi in the lists of the
** sentences span sp touches; lo[], hi[]: each sentence's first and last
** token bytes (a sentence of no tokens: lo UINT32_MAX, hi where the one
** before it ends, so that hi[] never decreases); last[] keeps a quote from
** entering a list twice. */
static void index_span(size_t n, const uint32_t *lo, const uint32_t *hi, const pgn__span *sp,
                       uint32_t qi, uint32_t *last, uint32_t *pos, uint32_t *ids) {
    if (!sp->present) return;
    size_t a = 0, b = n;
    while (a < b) {   /* the first sentence ending at or after the span's start */
        size_t mid = a + (b - a) / 2;
        if (hi[mid] < sp->start) a = mid + 1;
        else b = mid;
    }
    for (size_t si = a; si < n; si++) {
        if (lo[si] > hi[si]) continue;   /* no tokens */
        if (lo[si] > sp->end) break;
        if (hi[si] < sp->start || last[si] == qi) continue;
        last[si] = qi;
        if (ids) ids[pos[si]++] = qi;
        else pos[si + 1]++;
    }
}

int pgn__qm_rule_index_build(const pgn_doc *doc, const pgn__quote_vec *qs, size_t n_rules,
                             pgn__arena *a, pgn__qm_rule_index *out) {
    size_t n = doc->sentences.n;
    uint32_t *first = pgn__arena_calloc(a, n + 1, sizeof *first);
    uint32_t *pos = pgn__arena_alloc(a, (n + 1) * sizeof *pos);
    uint32_t *last = pgn__arena_alloc(a, (n + 1) * sizeof *last);
    uint32_t *lo = pgn__arena_alloc(a, (n + 1) * sizeof *lo);
    uint32_t *hi = pgn__arena_alloc(a, (n + 1) * sizeof *hi);
    if (!first || !pos || !last || !lo || !hi) return PGN_ENOMEM;
    for (size_t si = 0; si < n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        if (st->n_tokens == 0) {
            hi[si] = si ? hi[si - 1] : 0;
            lo[si] = UINT32_MAX;   /* lo > hi: no bytes */
            continue;
        }
        lo[si] = doc->tokens.v[st->first].start;
        hi[si] = doc->tokens.v[st->first + st->n_tokens - 1].end;
    }
    uint32_t *ids = NULL;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t si = 0; si < n; si++) last[si] = UINT32_MAX;
        for (uint32_t qi = 0; qi < n_rules; qi++) {
            const pgn__quote *q = &qs->v[qi];
            index_span(n, lo, hi, &q->cue, qi, last, pass ? pos : first, ids);
            index_span(n, lo, hi, &q->speaker, qi, last, pass ? pos : first, ids);
            index_span(n, lo, hi, &q->content, qi, last, pass ? pos : first, ids);
        }
        if (pass) break;
        for (size_t si = 0; si < n; si++) first[si + 1] += first[si];
        memcpy(pos, first, (n + 1) * sizeof *pos);
        ids = pgn__arena_alloc(a, (first[n] ? first[n] : 1) * sizeof *ids);
        if (!ids) return PGN_ENOMEM;
    }
    out->first = first;
    out->ids = ids;
    return 0;
}

void pgn__qm_prepare(pgn__qm_sent *s, pgn__qm_cursor *cur, const pgn_doc *doc, size_t si,
                     const pgn__quote_vec *qs, size_t n_rules, void *mem) {
    const pgn__sentence *st = &doc->sentences.v[si];
    uint32_t n = st->n_tokens;
    const pgn__token *tk = doc->tokens.v + st->first;
    s->tk = tk;
    s->n = n;
    s->h = mem;
    s->hsuf = s->h + 5 * (size_t)n;
    s->parent = (int32_t *)(s->hsuf + n);
    s->child = s->parent + n;
    s->sib = s->child + n;
    s->frame = (uint16_t *)(s->sib + n);
    s->inq = (unsigned char *)(s->frame + n);
    s->rule = s->inq + n;
    s->nccomp = s->rule + n;
    s->qbefore = s->nccomp + n;
    s->qafter = s->qbefore + n;
    s->lex = s->qafter + n;
    s->kind = s->lex + n;
    s->last_colon = -1;
    s->n_lex = 0;
    s->h_root = hs("<root>");
    s->h_bos = hs("<s>");
    s->h_eos = hs("</s>");
    const uint64_t h_null = hs(NULL);   /* a missing tag's */
    /* the quotation marks since the last sentence prepared (cursor) */
    int open = cur->open, skip = 0;
    size_t j = si;   /* the sentences the caller skipped since the last one */
    while (j > 0 && doc->sentences.v[j - 1].first >= cur->next) j--;
    for (; j < si; j++) {
        const pgn__sentence *sj = &doc->sentences.v[j];
        open = enter_sentence(cur, doc, sj, open, &skip);
        for (uint32_t k = sj->first + (uint32_t)skip; k < sj->first + sj->n_tokens; k++) {
            const pgn__token *t = &doc->tokens.v[k];
            if (t->flags & PGN__TOK_BLANK_BEFORE) open = 0;
            if (t->form && pgn__qm_is_quote_mark(t->form))
                open = mark_state(k > 0 ? t - 1 : NULL, t, k + 1 < doc->tokens.n ? t + 1 : NULL, open);
        }
        cur->next = sj->first + sj->n_tokens;
    }
    open = enter_sentence(cur, doc, st, open, &skip);
    if (cur->next <= st->first && (tk[0].flags & PGN__TOK_BLANK_BEFORE)) open = 0;
    for (uint32_t i = 0; i < n; i++) {
        s->parent[i] = tk[i].head >= 1 && (uint32_t)tk[i].head <= n && (uint32_t)tk[i].head - 1 != i
                           ? tk[i].head - 1 : -1;
        s->child[i] = s->sib[i] = -1;
        s->nccomp[i] = 0;
        const char *f = tk[i].form, *r = tk[i].deprel;
        int mark = pgn__qm_is_quote_mark(f);
        if (mark) {
            uint32_t k = st->first + i;
            if (i > 0 || !skip)
                open = mark_state(k > 0 ? &doc->tokens.v[k - 1] : NULL, &tk[i],
                                  k + 1 < doc->tokens.n ? &doc->tokens.v[k + 1] : NULL, open);
            s->inq[i] = 0;
        } else {
            s->inq[i] = (unsigned char)open;
        }
        if (f && f[0] == ':' && f[1] == 0) s->last_colon = (int32_t)i;
        if (i + 1 == n) {
            cur->next = st->first + n;
            cur->open = open;
        }
        uint64_t *h = s->h + 5 * (size_t)i;
        const char *lm = lem(&tk[i]);
        pgn__qm_memo *le = lm ? memo(cur->memo, PGN__QM_MEMO, lm) : NULL;
        h[0] = le ? le->h : hs(NULL);
        s->hsuf[i] = le ? le->hsuf : hs(NULL);
        h[1] = hs(f);
        int ub = 0, rb = 0;
        const pgn__qm_memo *e;
        if (tk[i].upos) {
            e = tag_entry(cur, tk[i].upos);
            h[2] = e->h;
            ub = e->bits;
        } else {
            h[2] = h_null;
        }
        h[3] = tk[i].xpos ? tag_memo(cur, tk[i].xpos)->h : h_null;
        if (r) {
            e = tag_entry(cur, r);
            h[4] = e->h;
            rb = e->bits;
        } else {
            h[4] = h_null;
        }
        s->lex[i] = lexicon_kind(cur->cues, &tk[i], tk[i].lemma ? le : NULL);
        s->n_lex += s->lex[i] != 0;
        /* a cue candidate: outside quotation marks, a colon or a word of a
        ** class that heads cues */
        int cand = !s->inq[i] && ((f && f[0] == ':' && f[1] == 0) || !(ub & S_NO_CUE));
        s->kind[i] = (unsigned char)((cand ? PGN__QM_KCAND : 0) | (ub & S_VERB ? PGN__QM_KVERB : 0) |
                                     (f && f[0] == ',' && f[1] == 0 ? PGN__QM_KCOMMA : 0) |
                                     (mark ? PGN__QM_KQMARK : 0) | (rb & S_CCOMP ? PGN__QM_KCCOMP : 0) |
                                     (rb & S_CONTENT ? PGN__QM_KCONTENT : 0) |
                                     (rb & S_CASE ? PGN__QM_KCASE : 0) |
                                     ((ub & S_NOMINAL) && !(rb & S_NOT_HEAD) ? PGN__QM_KNOMINAL : 0));
        s->frame[i] = (uint16_t)(rb >> S_FRAME_SHIFT);
    }
    for (uint32_t i = n; i-- > 0;) {
        int32_t p = s->parent[i];
        if (p < 0) continue;
        s->sib[i] = s->child[p];
        s->child[p] = (int32_t)i;
        if ((s->kind[i] & PGN__QM_KCCOMP) && s->nccomp[p] < 255) s->nccomp[p]++;
    }
    /* words to the nearest quotation mark on each side (255: none) */
    unsigned d = 255;
    for (uint32_t i = 0; i < n; i++) {
        s->qbefore[i] = (unsigned char)d;
        d = s->kind[i] & PGN__QM_KQMARK ? 1 : d < 255 ? d + 1 : 255;
    }
    d = 255;
    for (uint32_t i = n; i-- > 0;) {
        s->qafter[i] = (unsigned char)d;
        d = s->kind[i] & PGN__QM_KQMARK ? 1 : d < 255 ? d + 1 : 255;
    }
    rules_of(s, cur, si, qs, n_rules);
}

enum {
    T_BIAS = 1, T_LEM, T_UPOS, T_XPOS, T_REL, T_LEM_UPOS, T_LEM_REL, T_HLEM, T_HREL,
    T_LEM_HLEM, T_REL_HUPOS, T_CHILD, T_LEM_CHILD, T_PREV, T_NEXT, T_PLEM_LEM,
    T_LEM_NLEM, T_PUPOS, T_NUPOS, T_INQ, T_LEM_INQ, T_LEM_OBJ, T_COLON, T_LEM_NCHILDUP,
    T_LEM_HREL, T_HCHILD_CCOMP, T_UPOS_REL_INQ, T_REL_HLEM, T_RULE, T_LEM_RULE,
    T_HRULE, T_UPOS_RULE, T_QDIST, T_LEM_QNEAR, T_CHILD_UPOS, T_FRAME, T_LEM_CASE, T_HLEM_UPOS,
    T_CHILD_RULE, T_LSUF, T_HOLDER, T_HINQ_REL, T_CINQ, T_CL_UPOS, T_HCL_REL, T_LEX_UPOS,
    T_OTHER_CUES, T_HLEX_REL, T_CHILD_LEM, T_GCHILD_MARK, T_LEM_QDIST, T_CL_QDIST
};

/* Words to a quotation mark, in five bands: adjacent, 2, 3-5, 6-15, further or none. */
static uint64_t qband(unsigned d) { return d <= 1 ? 0 : d == 2 ? 1 : d <= 5 ? 2 : d <= 15 ? 3 : 4; }


/* The words below token i, appended to f[0 .. n) while room is left for
** the features after them: each child's lemma with its relation ("nsubj
** he", "obl Monday", "mark that"), and the case or mark word of each
** child's own children ("ccomp: that", "obl: about", "nmod: of"), which
** say what kind of phrase the child is.  A word's frame (T_FRAME) and its
** children's relations and tags did not tell "said he would" from "sold
** the car", nor "spoke about the plan" from "arrived on Monday".  On the
** held-out PolNeAR training folds (--ensemble 3 fold models) source F1
** .7909 -> .7932 with the child lemmas, .7944 with the marks as well
** (cue .7756 -> .7803), .7952 with the quote bands (T_LEM_QDIST).
** *case_after: the case word of the first child after i that has one, 0
** when none (T_LEM_CASE; asked here, where the grandchildren are read). */
static size_t children_words(const pgn__qm_sent *s, uint32_t i, uint64_t *f, size_t n,
                             uint64_t *case_after) {
    const size_t room = PGN__QM_MAX_FEATS - 20;
    for (int32_t k = s->child[i]; k >= 0 && n < room; k = s->sib[k])
        f[n++] = f3(T_CHILD_LEM, s->h[5 * (size_t)k + 4], s->h[5 * (size_t)k]);
    *case_after = 0;
    for (int32_t k = s->child[i]; k >= 0 && n < room; k = s->sib[k])
        for (int32_t g = s->child[k]; g >= 0 && n < room; g = s->sib[g]) {
            int is_case = (s->kind[g] & PGN__QM_KCASE) != 0;   /* case or a subtype */
            if (!is_case && !pgn__deprel_kind(&s->tk[g], "mark")) continue;
            f[n++] = f3(T_GCHILD_MARK, s->h[5 * (size_t)k + 4], s->h[5 * (size_t)g]);
            if (is_case && k > (int32_t)i && *case_after == 0) *case_after = s->h[5 * (size_t)g];
        }
    return n;
}

/* The first nsubj child of v, or -1. */
static int32_t subject_of(const pgn__qm_sent *s, int32_t v) {
    for (int32_t k = s->child[v]; k >= 0; k = s->sib[k])
        if (s->tk[k].deprel && s->tk[k].deprel[0] == 'n' && pgn__deprel_kind(&s->tk[k], "nsubj")) return k;
    return -1;
}

static int upos_is(const pgn__token *t, const char *u) {
    return t->upos && t->upos[0] == u[0] && strcmp(t->upos, u) == 0;
}

/* Who holds word i's attitude, as one class: the word's own subject (subj,
** its first nsubj child, or -1), else the one its clause takes it from --
** the noun a relative or reduced clause modifies ("Republicans who have
** SLAMMED", "a group PUSHING for"), the subject of the verb a conjunct, an
** adverbial or a complement clause hangs from ("X met them and PRAISED",
** "X called to DEFEND"), a noun's possessor (poss, or -1: "HIS criticism")
** -- with how it was found (0: none).  A relative pronoun stands for its
** noun.  The class: a pronoun's lemma ("he" speaks, "it" rarely does), a
** proper noun's tag, a common noun's word cluster ("officials", "critics",
** "voters" against "prices").  Of the gold verb cues the tagger missed on
** the held-out folds, a third or more of those heading a relative clause
** (acl:relcl, acl) were missed against an eighth of the root verbs: their
** source is no subject of theirs (data/models/README, cuerec). */
static uint64_t holder_class(const pgn__qm_sent *s, uint32_t i, int32_t subj, int32_t poss) {
    int32_t h = s->parent[i];
    uint64_t how = 1;
    const pgn__token *t = &s->tk[i];
    const char *r = t->deprel;
    if (h >= 0 && r && (r[0] == 'a' || r[0] == 'c' || r[0] == 'x') &&
        (subj < 0 || (upos_is(&s->tk[subj], "PRON") && s->tk[subj].xpos && s->tk[subj].xpos[0] == 'W'))) {
        if (pgn__deprel_kind(t, "acl")) {
            subj = h;
            how = 2;
        } else if (subj < 0 && (pgn__deprel_kind(t, "conj") || pgn__deprel_kind(t, "advcl") ||
                                pgn__deprel_kind(t, "xcomp"))) {
            subj = subject_of(s, h);
            how = 3;
        }
    }
    if (subj < 0 && poss >= 0 && upos_is(t, "NOUN")) {
        /* a noun's possessor: "HIS criticism", "the group's support" */
        subj = poss;
        how = 4;
    }
    if (subj < 0) return 0;
    const pgn__token *w = &s->tk[subj];
    uint64_t c = !w->upos ? 1 : upos_is(w, "PRON") ? s->h[5 * (size_t)subj]
                 : upos_is(w, "NOUN")            ? (uint64_t)w->cluster * 0x9E3779B97F4A7C15ull
                                                 : s->h[5 * (size_t)subj + 2];
    return c ^ how;
}

size_t pgn__qm_features(const pgn__qm_sent *s, uint32_t i, uint64_t *f) {
    const pgn__token *t = &s->tk[i];
    const uint64_t *hi = s->h + 5 * (size_t)i;
    size_t n = 0;
    uint64_t l = hi[0], u = hi[2], x = hi[3], r = hi[4];
    int32_t h = s->parent[i];
    const uint64_t *hh = h >= 0 ? s->h + 5 * (size_t)h : NULL;
    const uint64_t root = s->h_root, bos = s->h_bos, eos = s->h_eos;
    uint64_t hl = hh ? hh[0] : root, hr = hh ? hh[4] : root, hu = hh ? hh[2] : root;
    uint64_t q = s->inq[i];
    const uint64_t *pv = i > 0 ? hi - 5 : NULL, *nx = i + 1 < s->n ? hi + 5 : NULL;
    f[n++] = f2(T_BIAS, 0);
    f[n++] = f2(T_LEM, l);
    f[n++] = f2(T_UPOS, u);
    f[n++] = f2(T_XPOS, x);
    f[n++] = f2(T_REL, r);
    f[n++] = f3(T_LEM_UPOS, l, u);
    f[n++] = f3(T_LEM_REL, l, r);
    f[n++] = f2(T_HLEM, hl);
    f[n++] = f2(T_HREL, hr);
    f[n++] = f3(T_LEM_HLEM, l, hl);
    f[n++] = f3(T_REL_HUPOS, r, hu);
    f[n++] = f3(T_LEM_HREL, l, hr);
    f[n++] = f3(T_REL_HLEM, r, hl);
    f[n++] = f2(T_INQ, q);
    f[n++] = f3(T_LEM_INQ, l, q);
    f[n++] = f3(T_UPOS_REL_INQ, u ^ (r * 31), q);
    f[n++] = f2(T_PREV, pv ? pv[1] : bos);
    f[n++] = f2(T_NEXT, nx ? nx[1] : eos);
    f[n++] = f3(T_PLEM_LEM, pv ? pv[0] : bos, l);
    f[n++] = f3(T_LEM_NLEM, l, nx ? nx[0] : eos);
    f[n++] = f2(T_PUPOS, pv ? pv[2] : bos);
    f[n++] = f2(T_NUPOS, nx ? nx[2] : eos);
    /* the sentence's last colon, before or after the word */
    f[n++] = f2(T_COLON, s->last_colon < 0 ? 0 : s->last_colon < (int32_t)i ? 1 : 2);
    /* how near a quotation mark is on each side ('," he said', 'said: "') */
    unsigned qb = s->qbefore[i], qa = s->qafter[i];
    f[n++] = f3(T_QDIST, u, qband(qb) * 5 + qband(qa));
    f[n++] = f3(T_LEM_QNEAR, l, (uint64_t)(qb <= 2) | (uint64_t)(qa <= 2) << 1);
    /* and the five bands of each side with the word and with its cluster:
    ** where a cue stands against the quote ('"...," he SAID', 'SAID: "...'
    ** and 'the LETTER, which "..."' differ in more than nearness) */
    uint64_t qbands = qband(qb) * 5 + qband(qa);
    f[n++] = f3(T_LEM_QDIST, l, qbands);
    f[n++] = f3(T_CL_QDIST, t->cluster, qbands);
    /* the head's lemma with this word's tag */
    f[n++] = f3(T_HLEM_UPOS, hl, u);
    /* the lemma's ending ("-ment", "-tion", "-ize") */
    f[n++] = f3(T_LSUF, s->hsuf[i], u);
    /* children relations (capped) and a clausal complement of the head */
    uint32_t nch = 0;
    uint64_t frame = 0;
    unsigned crule = 0, cinq = 0;
    int32_t subj = -1, obj = -1, poss = -1;
    for (int32_t k = s->child[i]; k >= 0; k = s->sib[k]) {
        uint64_t b = s->frame[k];   /* nsubj, nsubj:pass 1, 2; obj 4; nmod:poss 256 */
        frame |= b;
        if (subj < 0 && (b & 3)) subj = k;
        if (obj < 0 && (b & 4)) obj = k;
        if (poss < 0 && (b & 256)) poss = k;
        crule |= s->rule[k];
        cinq |= s->inq[k];
        if (n + 3 > PGN__QM_MAX_FEATS - 16) continue;
        uint64_t cr = s->h[5 * (size_t)k + 4];
        f[n++] = f2(T_CHILD, cr);
        f[n++] = f3(T_LEM_CHILD, l, cr);
        f[n++] = f3(T_CHILD_UPOS, cr, s->h[5 * (size_t)k + 2] ^ (u * 31));
        nch++;
    }
    f[n++] = f3(T_FRAME, u, frame);
    uint64_t case_after;
    n = children_words(s, i, f, n, &case_after);
    /* the word with its object's lemma and with its complement's case
    ** word, where a light verb's or a stance noun's cue lies ("TAKE issue
    ** with", "MAKE the case", "CRITICISM of", "support FOR") */
    f[n++] = f3(T_LEM_OBJ, l, obj >= 0 ? s->h[5 * (size_t)obj] : 0);
    f[n++] = f3(T_LEM_CASE, l, case_after);
    /* the tagger's word clusters of the word and its head: a rare cue word
    ** ("lambasted", "decried") shares its cluster with common ones */
    f[n++] = f3(T_CL_UPOS, t->cluster, u);
    f[n++] = f3(T_HCL_REL, h >= 0 ? s->tk[h].cluster : 0xFFFFFFFFu, r);
    /* the cue lexicon's word of the word and of its head */
    f[n++] = f3(T_LEX_UPOS, s->lex[i], u);
    f[n++] = f3(T_HLEX_REL, h >= 0 ? s->lex[h] : 9, r);
    /* the sentence's other cue words: "said" beside it, or none at all */
    uint32_t others = s->n_lex - (s->lex[i] != 0);
    f[n++] = f3(T_OTHER_CUES, u, (others > 2 ? 2 : others) * 16 + s->lex[i]);
    f[n++] = f3(T_HOLDER, u, holder_class(s, i, subj, poss));
    /* a head or a child inside quotation marks: '"...," he SAID', 'SAID "..."' */
    f[n++] = f3(T_HINQ_REL, h >= 0 ? s->inq[h] : 2, r ^ (u * 31));
    f[n++] = f3(T_CINQ, u, cinq);
    f[n++] = f3(T_CHILD_RULE, u, crule);
    int own = h >= 0 && (s->kind[i] & PGN__QM_KCCOMP);
    int hccomp = h >= 0 && s->nccomp[h] > own;
    f[n++] = f3(T_LEM_NCHILDUP, u, nch > 3 ? 3 : nch);
    f[n++] = f2(T_HCHILD_CCOMP, (uint64_t)hccomp);
    uint64_t ru = s->rule[i];
    f[n++] = f2(T_RULE, ru);
    f[n++] = f3(T_LEM_RULE, l, ru);
    f[n++] = f3(T_UPOS_RULE, u, ru);
    f[n++] = f2(T_HRULE, h >= 0 ? s->rule[h] : 99);
    return n;
}

int pgn__qm_candidate(const pgn__qm_sent *s, uint32_t i) { return s->kind[i] & PGN__QM_KCAND; }

void pgn__qm_extent(const pgn__qm_sent *s, uint32_t k, uint32_t *lo, uint32_t *hi) {
    /* A k on a cycle of heads (a damaged parse) is left to the climb,
    ** which stops on cycles; any other k's descendants form a tree. */
    int32_t up = s->parent[k];
    for (uint32_t steps = 0; up >= 0 && steps < s->n; steps++, up = s->parent[up])
        if ((uint32_t)up == k) {
            pgn__subtree_extent(s->parent, s->n, k, lo, hi);
            return;
        }
    /* depth first along the first-child and next-sibling links, back up
    ** by the heads; no stack */
    uint32_t a = k, b = k, v = k;
    for (;;) {
        if (v < a) a = v;
        if (v > b) b = v;
        if (s->child[v] >= 0) {
            v = (uint32_t)s->child[v];
            continue;
        }
        while (v != k && s->sib[v] < 0) v = (uint32_t)s->parent[v];
        if (v == k) break;
        v = (uint32_t)s->sib[v];
    }
    *lo = a;
    *hi = b;
}

int32_t pgn__qm_child(const pgn__qm_sent *s, uint32_t v, const char *r, int exact) {
    for (int32_t k = s->child[v]; k >= 0; k = s->sib[k]) {
        const pgn__token *t = &s->tk[k];
        if (exact ? t->deprel && strcmp(t->deprel, r) == 0 : pgn__deprel_kind(t, r)) return k;
    }
    return -1;
}

uint32_t pgn__qm_group_head(const pgn__qm_sent *s, const uint32_t *grp, uint32_t id, uint32_t *a,
                            uint32_t *b) {
    uint32_t v = UINT32_MAX, first = UINT32_MAX, last = 0;
    for (uint32_t k = 0; k < s->n; k++) {
        if (grp[k] != id) continue;
        if (first == UINT32_MAX) first = k;
        last = k;
        int32_t p = s->parent[k];
        int out = p < 0 || grp[p] != id;
        const char *u = s->tk[k].upos, *vu = v == UINT32_MAX ? NULL : s->tk[v].upos;
        if (out && (v == UINT32_MAX ||
                    (u && strcmp(u, "VERB") == 0 && !(vu && strcmp(vu, "VERB") == 0))))
            v = k;
    }
    if (first == UINT32_MAX) return UINT32_MAX;
    *a = first;
    *b = last;
    return v == UINT32_MAX ? first : v;
}
