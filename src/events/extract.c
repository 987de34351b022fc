/* src/events/extract.c -- from a parsed, actor-tagged sentence to events.
**
** In: doc->tokens with lemma/upos/head/deprel (src/nlp), doc->mentions
** (src/kb), the lexicon and ontology.  Out: doc->events.
**
** For each token whose lemma heads lexicon entries match.c picks the most
** specific entry whose constraints hold (particles, object lemma,
** complement, target preposition); repair.c first mends two parse errors
** that hide a clause's verb or subject.  We then find the source (subject, passive
** agent, possessor of a nominal event) and target (object, oblique with the
** entry's preposition) with tree.c, expand coordinated actors into one
** event per pair (or, for mutual acts with no target, each towards the
** other), and ask factuality.c how the event is reported.  Control verbs
** hand their subject down to the infinitive they govern ("agreed to
** restore ties" codes the restoring), unless the entry itself names the
** infinitive ("invite T to >visit" codes the invitation and consumes
** "visit").  A last pass over the document links reports told in one
** sentence to their denial in another.
**
** This file is the driver: it prepares each sentence's tree (mentions,
** repairs, cycles cut, children lists) and runs the last pass.  The steps
** live in their own files, declared in extract_pass.h:
** extract_sentence.c (a sentence's triggers), extract_verb_roles.c and
** extract_noun_roles.c (source and target), extract_emit.c (coordination
** and expansion into events), extract_implicit_target.c and
** extract_actor_country.c (the targets and countries emit fills in).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "events.h"
#include "extract_int.h"
#include "extract_pass.h"
#include "figurative.h"
#include "nonpolitical.h"
#include "match.h"
#include "unrealised.h"
#include "restated.h"
#include "warning.h"

typedef pgn__match match;
typedef pgn__extract_ctx ctx;

static const char *default_date(pgn_doc *doc) { return pgn__events_doc_date(doc); }

const char *pgn__events_doc_date(pgn_doc *doc) {
    const char *d = doc->meta.published ? doc->meta.published : doc->meta.updated;
    if (!d || strlen(d) < 10) return NULL;
    for (int i = 0; i < 10; i++) {
        int digit = d[i] >= '0' && d[i] <= '9';
        if ((i == 4 || i == 7) ? d[i] != '-' : !digit) return NULL;
    }
    return pgn__arena_strndup(doc->arena, d, 10);
}

static const char *country3(const pgn_doc *doc, int32_t m) {
    if (m < 0 || (size_t)m >= doc->mentions.n) return NULL;
    const pgn__mention *mm = &doc->mentions.v[m];
    return mm->country ? mm->country : mm->code;
}

static int same_actor(const pgn_doc *doc, int32_t a, int32_t b) {
    const char *x = country3(doc, a), *y = country3(doc, b);
    if (!x || !y) return a < 0 && b < 0;
    return strncmp(x, y, 3) == 0;
}

/* A report denied in one sentence ("reports about Xi's refusal to visit
** Russia are false") is often told in another ("Xi allegedly declined the
** invitation, according to media reports").  An alleged event with the
** same category and the same source and target countries as a denied one
** is taken to be that report, and is denied by the same denier. */
static void propagate_denials(pgn_doc *doc, size_t first) {
    for (size_t i = first; i < doc->events.n; i++) {
        const pgn__event *d = &doc->events.v[i];
        if (d->factuality != PGN__FACT_DENIED || d->denied_by < 0) continue;
        for (size_t j = first; j < doc->events.n; j++) {
            pgn__event *e = &doc->events.v[j];
            if (e->factuality != PGN__FACT_ALLEGED || e->cameo->plover != d->cameo->plover ||
                !same_actor(doc, e->source, d->source) || !same_actor(doc, e->target, d->target))
                continue;
            e->factuality = PGN__FACT_DENIED;
            e->denied_by = d->denied_by;
        }
    }
}

int pgn__events_extract(const pgn__ontology *ont, const pgn__lexicon *lex, pgn_doc *doc,
                        const pgn__extract_opts *opts, pgn_error *err) {
    if (!ont || !lex || !doc)
        return pgn__err(err, PGN_EINVAL, "", -1, -1, "events: missing ontology, lexicon or doc");
    ctx c = {doc, ont, lex, opts, default_date(doc), 0, err};
    size_t first_event = doc->events.n;
    size_t cap = 0;
    int *buf = NULL;
    match *matches = NULL;
    char *has = NULL;
    pgn__token *toks = NULL; /* a sentence's tokens, when repaired */
    int rc = 0;
    size_t m = 0; /* mentions are in text order: one pass over them */
    for (size_t si = 0; si < doc->sentences.n && rc == 0; si++) {
        const pgn__sentence *sen = &doc->sentences.v[si];
        size_t n = sen->n_tokens;
        if (n == 0 || n > 100000) continue;
        if (n > cap) {
            free(buf);
            free(matches);
            free(has);
            free(toks);
            cap = n * 2;
            buf = malloc(cap * 5 * sizeof *buf);
            matches = malloc(cap * sizeof *matches);
            has = malloc(cap);
            toks = malloc(cap * sizeof *toks);
            if (!buf || !matches || !has || !toks) {
                rc = pgn__err(err, PGN_ENOMEM, doc->meta.source, -1, -1,
                              "no memory for sentence %zu", si);
                break;
            }
        }
        pgn__sent s = {doc, lex, doc->tokens.v + sen->first, sen->first, (int)n,
                       buf, buf + cap, buf + 2 * cap, buf + 3 * cap};
        for (int i = 0; i < s.n; i++) {
            int h = s.tok[i].head;
            s.head[i] = h >= 1 && h <= s.n && h - 1 != i ? h - 1 : -1;
            s.first_child[i] = s.next_sibling[i] = s.mention[i] = -1;
        }
        while (m < doc->mentions.n && doc->mentions.v[m].sentence < si) m++;
        for (size_t k = m; k < doc->mentions.n && doc->mentions.v[k].sentence == si; k++) {
            const pgn__mention *mm = &doc->mentions.v[k];
            for (uint32_t ti = mm->first; ti < mm->last; ti++)
                if (ti >= sen->first && ti < sen->first + n && s.mention[ti - sen->first] < 0)
                    s.mention[ti - sen->first] = (int)k;
        }
        pgn__repair_headline(&s, toks);
        /* A cycle in a broken parse must not loop: each walk up marks its
        ** path; meeting the path again closes a cycle, cut there.  Every
        ** token is walked once, so this is linear in the sentence. */
        int *state = buf + 4 * cap; /* 0 unseen, 1 on the current path, 2 done */
        for (int i = 0; i < s.n; i++) state[i] = 0;
        for (int i = 0; i < s.n; i++) {
            int j = i;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                int h = s.head[j];
                if (h >= 0 && state[h] == 1) s.head[j] = h = -1;
                j = h;
            }
            for (j = i; j >= 0 && state[j] == 1; j = s.head[j]) state[j] = 2;
        }
        /* Children lists, built backwards so siblings come in text order. */
        for (int i = s.n - 1; i >= 0; i--) {
            int h = s.head[i];
            if (h < 0) continue;
            s.next_sibling[i] = s.first_child[h];
            s.first_child[h] = i;
        }
        c.sentence = (uint32_t)si;
        rc = pgn__extract_code_sentence(&c, &s, matches, has);
    }
    free(buf);
    free(matches);
    free(has);
    free(toks);
    if (rc == 0) propagate_denials(doc, first_event);
    return rc;
}
