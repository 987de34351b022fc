/* fuzz/fuzz_events_extract.c -- any parse at all (heads out of range,
** cycles, odd relations, mentions anywhere) through the event extractor
** and the three writers: events or nothing, never a crash or a loop.
** Each input byte quadruple is one token: lemma, part of speech, head,
** relation; a high bit starts a mention. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "events/events.h"

static const char plover[] =
    "category\tAGREE\t1\tx\ncategory\tCONSULT\t1\tx\ncategory\tREJECT\t3\tx\n"
    "category\tASSAULT\t4\tx\ncontext\tmilitary\tx\n";
static const char cameo[] =
    "01\t0\tAGREE\t-\t-\tt\ta\n02\t0\tAGREE\t-\t-\tt\ta\n03\t0\tAGREE\t-\t-\tt\ta\n"
    "030\t0\tAGREE\t-\t-\tt\ta\n04\t0\tCONSULT\t-\t-\tt\ta\n040\t0\tCONSULT\t-\t-\tt\ta\n"
    "042\t0\tCONSULT\t-\t-\tt\ta\n05\t0\tAGREE\t-\t-\tt\ta\n06\t0\tAGREE\t-\t-\tt\ta\n"
    "060\t0\tAGREE\t-\t-\tt\ta\n07\t0\tAGREE\t-\t-\tt\ta\n08\t0\tAGREE\t-\t-\tt\ta\n"
    "09\t0\tAGREE\t-\t-\tt\ta\n10\t0\tAGREE\t-\t-\tt\ta\n11\t0\tAGREE\t-\t-\tt\ta\n"
    "12\t0\tREJECT\t-\t-\tt\ta\n120\t0\tREJECT\t-\t-\tt\ta\n125\t0\tREJECT\t-\t-\tt\ta\n"
    "13\t0\tAGREE\t-\t-\tt\ta\n14\t0\tAGREE\t-\t-\tt\ta\n15\t0\tAGREE\t-\t-\tt\ta\n"
    "16\t0\tAGREE\t-\t-\tt\ta\n17\t0\tAGREE\t-\t-\tt\ta\n18\t0\tASSAULT\t-\t-\tt\ta\n"
    "180\t-9\tASSAULT\t-\t-\tt\ta\n19\t0\tASSAULT\t-\t-\tt\ta\n190\t-10\tASSAULT\t-\t-\tt\ta\n"
    "20\t0\tASSAULT\t-\t-\tt\ta\n";
static const char verbs[] = "attack T\t180\ninvade T\t190\nvisit T\t042\nmeet with T\t040\n"
                            "decline =invitation\t125\ninvite T to >visit\t030\nwork +together\t060\n"
                            "deny =report\t120\nfalse\t120\n";
static const char nouns[] = "invasion of T\t190\ninvitation to >visit\t030\n";
static const char cues[] = "control\tagree\tfuture\ncontrol\trefuse\tnegated\nspeech\tsay\tasserted\n"
                           "denial\tdeny\nreport\treport\nhedge\tallegedly\talleged\n"
                           "modal\twill\tfuture\nnegation\tnot\nfalsity\tfalse\n"
                           "addressed\tinvitation\n";

static pgn__ontology *ont;
static pgn__lexicon *lex;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    pgn_error err;
    if (pgn__ontology_parse("p", plover, strlen(plover), "c", cameo, strlen(cameo), &ont, &err))
        abort();
    lex = pgn__lexicon_new();
    if (!lex || pgn__lexicon_parse(lex, ont, 'v', "v", verbs, strlen(verbs), &err) ||
        pgn__lexicon_parse(lex, ont, 'n', "n", nouns, strlen(nouns), &err) ||
        pgn__lexicon_parse(lex, ont, 'c', "c", cues, strlen(cues), &err) ||
        pgn__lexicon_seal(lex, &err))
        abort();
    return 0;
}

static const char *const lemmas[] = {"russia", "attack", "invade", "ukraine", "visit", "meet",
                                     "with", "decline", "invitation", "invite", "to", "work",
                                     "together", "deny", "report", "false", "say", "agree",
                                     "refuse", "will", "not", "allegedly", "invasion", "of",
                                     "that", "by", "on", "'s", "and", "be", "accord", "the"};
static const char *const upos[] = {"VERB", "NOUN", "PROPN", "ADJ", "ADP", "PART", "AUX", "ADV"};
static const char *const rels[] = {"nsubj", "obj", "obl", "nmod", "nmod:poss", "amod", "case",
                                   "mark", "xcomp", "ccomp", "acl", "advcl", "conj", "cc",
                                   "aux", "advmod", "compound:prt", "nsubj:pass", "obl:agent",
                                   "fixed", "det", "root", "compound", "flat", "cop", "iobj",
                                   "parataxis", "acl:relcl", "aux:pass", "appos", "punct", "dep"};

static int sink(void *ctx, const char *s, size_t n) {
    (void)ctx, (void)s, (void)n;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t n = size / 4;
    if (n == 0 || n > 512) return 0;
    pgn_doc *doc = pgn__doc_new(1 << 24);
    if (!doc) return 0;
    doc->meta.published = "2022-07-05";
    doc->text = pgn__arena_calloc(doc->arena, n * 16 + 1, 1);
    if (!doc->text) goto out;
    size_t len = 0, sent_first = 0;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *b = data + 4 * i;
        if (PGN__VEC_RESERVE(doc->arena, doc->tokens)) goto out;
        pgn__token *t = &doc->tokens.v[doc->tokens.n++];
        memset(t, 0, sizeof *t);
        const char *lemma = lemmas[b[0] % 32];
        t->form = t->lemma = lemma;
        t->upos = upos[(b[1] >> 4) % 8];
        t->deprel = rels[b[3] % 32];
        size_t in_sent = i - sent_first;
        t->head = (int32_t)(b[2] % 40) - 2; /* some out of range, some negative */
        (void)in_sent;
        t->start = t->cstart = (uint32_t)len;
        memcpy(doc->text + len, lemma, strlen(lemma));
        len += strlen(lemma);
        t->end = t->cend = (uint32_t)len;
        doc->text[len++] = ' ';
        int last = i + 1 == n || (b[1] & 1);
        if (last) {
            if (PGN__VEC_RESERVE(doc->arena, doc->sentences)) goto out;
            pgn__sentence *s = &doc->sentences.v[doc->sentences.n++];
            memset(s, 0, sizeof *s);
            s->first = (uint32_t)sent_first;
            s->n_tokens = (uint32_t)(i + 1 - sent_first);
            s->start = s->cstart = doc->tokens.v[sent_first].start;
            s->end = s->cend = t->end;
            sent_first = i + 1;
        }
    }
    doc->len = len;
    /* Mentions: a token whose byte 1 has bit 1 set starts one, one or two long. */
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *s = &doc->sentences.v[si];
        for (uint32_t k = s->first; k < s->first + s->n_tokens; k++) {
            if (!(data[4 * k + 1] & 2)) continue;
            if (PGN__VEC_RESERVE(doc->arena, doc->mentions)) goto out;
            pgn__mention *m = &doc->mentions.v[doc->mentions.n++];
            memset(m, 0, sizeof *m);
            m->sentence = (uint32_t)si;
            m->first = k;
            m->last = k + 1 + ((data[4 * k + 1] & 4) && k + 1 < s->first + s->n_tokens);
            m->start = doc->tokens.v[m->first].start;
            m->end = doc->tokens.v[m->last - 1].end;
            m->code = (data[4 * k] & 1) ? "RUSGOV" : "UKR";
            m->country = (data[4 * k] & 1) ? "RUS" : "UKR";
            m->antecedent = -1;
            k = m->last - 1;
        }
    }
    pgn_error err;
    if (pgn__events_extract(ont, lex, doc, NULL, &err) == 0) {
        for (size_t i = 0; i < doc->events.n; i++) {
            const pgn__event *e = &doc->events.v[i];
            if (e->sentence >= doc->sentences.n || e->trigger_first >= e->trigger_last ||
                e->trigger_last > doc->tokens.n || !e->cameo)
                abort();
        }
        pgn_doc_write_events(doc, PGN_EVENTS_JSONL, sink, NULL, &err);
        pgn_doc_write_events(doc, PGN_EVENTS_TSV, sink, NULL, &err);
        pgn_doc_write_events(doc, PGN_EVENTS_GDELT, sink, NULL, &err);
    }
out:
    pgn_doc_free(doc);
    return 0;
}
