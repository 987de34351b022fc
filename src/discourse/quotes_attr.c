/* src/discourse/quotes_attr.c -- from the learned model's cue words to
** attributions: cue groups, their source (quotes_source.c ranks the
** candidates) and content from the parse, and the veto of the rules'
** indirect quotes whose cue the model does not call a cue.
*/
#include <stdlib.h>
#include <string.h>

#include "discourse/discourse.h"
#include "discourse/quotes_model.h"

/* ------------------------------------------------ cues to attributions */

static int rel_is(const pgn__token *t, const char *r) { return t->deprel && strcmp(t->deprel, r) == 0; }

/* The relations (and their subtypes) of a cue head's content: first a
** clausal complement, else the largest of the others. */
static const char *const content_first[] = {"ccomp", "xcomp", "parataxis"};
static const char *const content_other[] = {"obj", "obl", "nmod", "acl", "advcl", "iobj"};

/* The content of cue head v: a clausal complement, else the largest
** argument or modifier subtree that is not the source. */
static int32_t content_of(const pgn__qm_sent *s, uint32_t v, int32_t src) {
    for (size_t r = 0; r < sizeof content_first / sizeof *content_first; r++) {
        int32_t c = pgn__qm_child(s, v, content_first[r], 0);
        if (c >= 0) return c;
    }
    int32_t best = -1;
    uint32_t best_len = 0;
    for (uint32_t k = 0; k < s->n; k++) {
        if (s->parent[k] != (int32_t)v || (int32_t)k == src) continue;
        int ok = 0;
        for (size_t r = 0; r < sizeof content_other / sizeof *content_other && !ok; r++)
            ok = pgn__deprel_kind(&s->tk[k], content_other[r]);
        if (!ok || rel_is(&s->tk[k], "obl:agent") || rel_is(&s->tk[k], "nmod:poss")) continue;
        uint32_t lo, hi;
        pgn__qm_extent(s, k, &lo, &hi);
        if (hi - lo + 1 > best_len) {
            best_len = hi - lo + 1;
            best = (int32_t)k;
        }
    }
    return best;
}

int pgn__qa_content_rel(const pgn__token *t) {
    const char *d = t->deprel;
    if (!d) return 0;
    for (size_t r = 0; r < sizeof content_first / sizeof *content_first; r++)
        if (d[0] == content_first[r][0] && pgn__deprel_kind(t, content_first[r])) return 1;
    for (size_t r = 0; r < sizeof content_other / sizeof *content_other; r++)
        if (d[0] == content_other[r][0] && pgn__deprel_kind(t, content_other[r])) return 1;
    return 0;
}

/* 1 when cue word v, heading its group, could give an attribution below:
** it has a child content_of could take, or it is a preposition before its
** head (the content of "AGAINST the plan", or of "IN a poll": con from
** parent[v] > v).  Any other head has no content, whatever its source. */
static int may_head(const pgn__qm_sent *s, uint32_t v) {
    if ((s->kind[v] & PGN__QM_KCASE) && s->parent[v] > (int32_t)v) return 1;
    for (int32_t c = s->child[v]; c >= 0; c = s->sib[c])
        if (s->kind[c] & PGN__QM_KCONTENT) return 1;
    return 0;
}

/* need[i] = 1 for the words whose cue verdict the tagger must give
** (pgn__qm_tag): those that may head an attribution, and the words of the
** rules' cues, which the veto reads (their rule bits; a token of no bytes,
** which the bits may miss, is asked too).  A group of cue words holding
** none of these has a head with no content: it yields nothing, and its
** verdicts need not be asked.  Keep may_head in step with what the loop of
** pgn__quotes_from_model requires of a cue head. */
static void needed(const pgn__qm_sent *s, unsigned char *need) {
    for (uint32_t k = 0; k < s->n; k++)
        need[k] = (unsigned char)(may_head(s, k) || (s->rule[k] & (PGN__QM_RCUE | PGN__QM_RFRAME)) ||
                                  s->tk[k].start >= s->tk[k].end);
}

/* Bytes [a, b) of the sentence whose rules' quotes are ids[0 .. n) meet a
** rule cue or lie in a direct quote. */
static int overlaps_cue(const pgn__quote_vec *qs, const uint32_t *ids, size_t n, uint32_t a,
                        uint32_t b) {
    for (size_t i = 0; i < n; i++) {
        const pgn__quote *q = &qs->v[ids[i]];
        if (q->cue.present && q->cue.start < b && a < q->cue.end) return 1;
        if (q->direct && q->content.start <= a && b <= q->content.end) return 1;
    }
    return 0;
}

/* Marks in drop[] the rules' indirect quotes (qs->v[0 .. n_rules)) in this
** sentence whose cue has no word the model calls a cue.  The frame rule
** takes any verb with a subject and a clausal complement and the word
** rules any lexicon cue; the model, which reads what the rules found, knows
** which of them annotators mark (on held-out PolNeAR training articles
** this veto raised source precision from 0.73 to 0.82 for 0.04 recall).
** Direct quotes stay: the quotation marks say enough; so do transcript
** turns (a recurring speaker label opening paragraphs), whose colon the
** tagger, seeing few such documents, vetoed in most of them (held-out
** training folds, --ensemble 3 fold models: source F1 .7853 either way,
** cue .7753 -> .7757, content .7677 -> .7679). */
/* A headline in title case: four words or more, at least four in five of
** them capitalised. */
static int title_case(const pgn__qm_sent *s) {
    uint32_t words = 0, caps = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        const char *w = s->tk[i].form;
        if (!w || !((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z'))) continue;
        words++;
        caps += *w >= 'A' && *w <= 'Z';
    }
    return words >= 4 && caps * 5 >= words * 4;
}

static void veto(const pgn__qm_sent *s, const unsigned char *cue, const uint32_t *ids,
                 size_t n_ids, const pgn__quote_vec *qs, unsigned char *drop) {
    const pgn__token *tk = s->tk;
    uint32_t n = s->n;
    for (size_t k = 0; k < n_ids; k++) {
        size_t qi = ids[k];
        const pgn__quote *q = &qs->v[qi];
        if (q->direct || q->turn || !q->cue.present || q->cue.start < tk[0].start ||
            q->cue.end > tk[n - 1].end)
            continue;
        /* In a title-case headline a cue the tagger made a proper noun
        ** ("Dennis Prager TELLS ...", "Hillary Clinton SLAMS ...") is no
        ** candidate, so the model never weighed it: the rules' quote stays
        ** (41% of the gold sources of headlines were missed; on the
        ** held-out folds source F1 .7902 -> .7909).  In running text such
        ** words are vetoed as before (kept there too: .7899). */
        int any = 0, weighed = 0;
        for (uint32_t i = 0; i < n && !any; i++) {
            if (tk[i].start < q->cue.start || tk[i].end > q->cue.end) continue;
            any = cue[i];
            weighed |= pgn__qm_candidate(s, i);
        }
        if (!any && (weighed || !title_case(s))) drop[qi] = 1;
    }
}

static uint32_t root_of(uint32_t *comp, uint32_t i) {
    while (comp[i] != i) i = comp[i] = comp[comp[i]];
    return i;
}

/* Cue words joined into groups: a word with its head, or with its
** neighbour, when both are cue words.  comp[i]: the group's first word
** (UINT32_MAX for a word that is no cue). */
static void group(const pgn__qm_sent *s, const unsigned char *cue, uint32_t *comp) {
    for (uint32_t i = 0; i < s->n; i++) comp[i] = i;
    for (uint32_t i = 0; i < s->n; i++) {
        if (!cue[i]) continue;
        uint32_t js[2] = {s->parent[i] >= 0 ? (uint32_t)s->parent[i] : i, i + 1 < s->n ? i + 1 : i};
        for (int k = 0; k < 2; k++) {
            if (!cue[js[k]]) continue;
            uint32_t x = root_of(comp, i), y = root_of(comp, js[k]);
            if (x < y) comp[y] = x;
            else comp[x] = y;
        }
    }
    for (uint32_t i = 0; i < s->n; i++) comp[i] = cue[i] ? root_of(comp, i) : UINT32_MAX;
}

/* An inverted attribution of the rules: a cue after a comma (and maybe a
** closing quotation mark) with its speaker right after it ("..., said
** Larry Sabato, director of ...", '...," said one former executive').
** The rules read that order reliably where the ranker, which favours a
** subject on the left, gave the clause's own subject ("Cruz") instead. */
int pgn__qa_inverted_speaker(const char *text, const pgn__quote *q) {
    if (!q->speaker.present || q->speaker.start < q->cue.end) return 0;
    /* a passive cue's agent: "was asked BY host John Dickerson" */
    if (q->speaker.start == q->cue.end + 4 && strncmp(text + q->cue.end, " by ", 4) == 0) return 1;
    /* "said" or "says" alone: after "telling" or "says" with no comma the
    ** rules' phrase on the right is often an object or the content */
    uint32_t len = q->cue.end - q->cue.start;
    if (!(len == 4 && (strncmp(text + q->cue.start, "said", 4) == 0 ||
                       strncmp(text + q->cue.start, "says", 4) == 0)))
        return 0;
    /* a name or an indefinite description ("a former spokesman", "one
    ** former executive"), not "the days", "he hadn't given up hope" */
    const char *sp = text + q->speaker.start;
    static const char *const weekday[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
    for (size_t k = 0; k < sizeof weekday / sizeof *weekday; k++)
        if (strncmp(sp, weekday[k], strlen(weekday[k])) == 0) return 0;
    if (!((*sp >= 'A' && *sp <= 'Z') || strncmp(sp, "a ", 2) == 0 || strncmp(sp, "an ", 3) == 0 ||
          strncmp(sp, "one ", 4) == 0 || strncmp(sp, "another ", 8) == 0))
        return 0;
    for (uint32_t x = q->cue.end; x < q->speaker.start; x++)
        if (text[x] != ' ') return 0;
    uint32_t x = q->cue.start;
    while (x > 0 && text[x - 1] == ' ') x--;
    /* a closing quotation mark: ASCII, or the UTF-8 right double quote */
    if (x > 0 && text[x - 1] == '"') x--;
    else if (x >= 3 && (unsigned char)text[x - 3] == 0xE2 && (unsigned char)text[x - 2] == 0x80 &&
             (unsigned char)text[x - 1] == 0x9D)
        x -= 3;
    return x > 0 && text[x - 1] == ',';
}

/* The rules' speaker of q holds no word the ranker could pick: a name the
** tagger took for a verb or an adjective ("REYNOLDS says that ...",
** "JOLLY said he would ...": "reynold", VERB).  The ranker never weighed
** it, so its "no source" says nothing about it. */
int pgn__qa_unseen_speaker(const char *text, const pgn__qm_sent *s, const pgn__quote *q) {
    if (!q->speaker.present || q->speaker.end > q->cue.start) return 0;
    /* one capitalised word a space before the cue, not a participle
    ** ("Walking", "Courted") */
    uint32_t a = q->speaker.start, b = q->speaker.end;
    if (!(text[a] >= 'A' && text[a] <= 'Z') || b - a < 3) return 0;
    for (uint32_t x = a; x < b; x++)
        if (!((text[x] >= 'a' && text[x] <= 'z') || (text[x] >= 'A' && text[x] <= 'Z'))) return 0;
    if ((text[b - 2] == 'e' && text[b - 1] == 'd') ||
        (b - a > 3 && text[b - 3] == 'i' && text[b - 2] == 'n' && text[b - 1] == 'g'))
        return 0;
    if (q->cue.start == b || (text[a] == 'W' && text[a + 1] == 'h')) return 0;   /* "Don't", "Whenever" */
    for (uint32_t x = b; x < q->cue.start; x++)
        if (text[x] != ' ') return 0;
    /* a word the ranker could pick, or a function word ("Plus") */
    static const char *const seen[] = {"NOUN", "PROPN", "PRON", "NUM", "CCONJ", "SCONJ", "AUX", "ADP"};
    for (uint32_t i = 0; i < s->n; i++) {
        const pgn__token *t = &s->tk[i];
        if (t->start < a || t->end > b) continue;
        for (size_t k = 0; k < sizeof seen / sizeof *seen; k++)
            if (!t->upos || strcmp(t->upos, seen[k]) == 0) return 0;
    }
    return 1;
}

/* The rules' quotes in sentence s with a cue get the ranker's source: a
** cue the word rules know with a subject they did not find, and a speaker
** the word rules guessed from the words left of the cue ("Rival candidates
** have LONG criticized"), which the parse can correct.  A rule speaker that
** holds the ranker's pick stays as it is; an indirect quote's speaker goes
** when the ranker sees none (direct quotes keep theirs: the quotation
** marks and the cue say enough).  On the five held-out PolNeAR training
** folds source F1 0.7696 -> 0.7782 (re-ranking only quotes with no
** speaker, as before; all speakers: .7765; dropping direct ones' too: .7777).
** The quotes the veto dropped (drop[]) are not ranked: they go.  ids[0 ..
** n_ids): the rules' quotes that may meet s.  grp and cand are scratch. */
static void speak_for_rules(const pgn_doc *doc, const struct pgn_quote_model *m,
                            const pgn__qm_sent *s, const pgn__qm_sent *prev, pgn__quote_vec *qs,
                            const uint32_t *ids, size_t n_ids, const unsigned char *drop,
                            uint32_t *grp, pgn__qs_cand *cand) {
    const pgn__token *tk = s->tk;
    for (size_t k = 0; k < n_ids; k++) {
        size_t qi = ids[k];
        pgn__quote *q = &qs->v[qi];
        if (drop[qi] || q->turn || !q->cue.present || q->cue.start < tk[0].start ||
            q->cue.end > tk[s->n - 1].end || pgn__qa_inverted_speaker(doc->text, q))
            continue;
        for (uint32_t i = 0; i < s->n; i++)
            grp[i] = tk[i].start < q->cue.end && q->cue.start < tk[i].end ? 0 : UINT32_MAX;
        uint32_t a, b, v = pgn__qm_group_head(s, grp, 0, &a, &b);
        if (v == UINT32_MAX) continue;
        pgn__qs_cue c = {s, prev, a, b, v, pgn__qm_rule_source(s, v)};
        size_t nc = pgn__qs_candidates(&c, cand);
        const pgn__qs_cand *pick = &cand[pgn__qs_pick(m, &c, cand, nc)];
        if (!pick->s) {
            if (!q->direct && !pgn__qa_unseen_speaker(doc->text, s, q)) q->speaker.present = 0;
            continue;
        }
        if (q->speaker.present && pick->s == s && pick->tok < s->n &&
            q->speaker.start <= tk[pick->tok].start && tk[pick->tok].end <= q->speaker.end)
            continue;   /* the rules' speaker holds the ranker's pick: keep it */
        /* not inside the quote's content */
        pgn__span sp;
        pgn__tokens_span(doc, (uint32_t)(pick->s->tk - doc->tokens.v), pick->lo, pick->hi, &sp);
        if (q->content.present && sp.start < q->content.end && q->content.start < sp.end) continue;
        q->speaker = sp;
    }
}

int pgn__quotes_from_model(pgn_doc *doc, const struct pgn_quote_model *m, const pgn__cues *cues,
                           pgn__quote_vec *qs) {
    if (!m || doc->tokens.n == 0 || !doc->tokens.v[0].deprel) return 0;
    size_t n_rules = qs->n;
    unsigned char *drop = pgn__arena_calloc(doc->arena, n_rules + 1, 1);
    if (!drop) return PGN_ENOMEM;
    /* two workspaces: this sentence's and the one before (for the ranker) */
    uint32_t cap[2] = {0, 0};
    void *mem[2] = {NULL, NULL};
    pgn__qm_sent sv[2];
    unsigned char *cue = NULL, *need = NULL;
    pgn__qm_rule_index rules;
    if (pgn__qm_rule_index_build(doc, qs, n_rules, doc->arena, &rules)) return PGN_ENOMEM;
    pgn__qm_cursor cur = {.cues = cues, .rules = &rules};
    uint32_t *comp = NULL, ccap = 0;
    pgn__qs_cand cand[PGN__QS_MAX_CANDS];
    size_t last = SIZE_MAX, si_k = 0;
    for (size_t si = 0; si < doc->sentences.n; si++) {
        const pgn__sentence *st = &doc->sentences.v[si];
        uint32_t n = st->n_tokens, f = st->first;
        if (n < 3 || n > 400) continue;
        int have_prev = last != SIZE_MAX && last + 1 == si;
        last = si;
        si_k++;
        unsigned w = si_k & 1;
        if (n > cap[w]) {
            cap[w] = n * 2;
            mem[w] = pgn__arena_alloc(doc->arena, pgn__qm_bytes(cap[w]));
            if (!mem[w]) return PGN_ENOMEM;
        }
        if (n > ccap) {
            ccap = n * 2;
            cue = pgn__arena_alloc(doc->arena, ccap);
            need = pgn__arena_alloc(doc->arena, ccap);
            comp = pgn__arena_alloc(doc->arena, ccap * sizeof *comp);
            if (!cue || !need || !comp) return PGN_ENOMEM;
        }
        pgn__qm_prepare(&sv[w], &cur, doc, si, qs, n_rules, mem[w]);
        pgn__qm_sent s = sv[w];
        const int32_t *parent = s.parent;
        needed(&s, need);
        pgn__qm_tag(m, &s, need, comp, cue);
        const uint32_t *ids = rules.ids + rules.first[si];
        size_t n_ids = rules.first[si + 1] - rules.first[si];
        veto(&s, cue, ids, n_ids, qs, drop);
        const pgn__qm_sent *prev = have_prev ? &sv[(si_k + 1) & 1] : NULL;
        speak_for_rules(doc, m, &s, prev, qs, ids, n_ids, drop, comp, cand);
        group(&s, cue, comp);
        for (uint32_t i = 0; i < n; i++) {
            if (comp[i] != i) continue;
            /* the cue group rooted here: its extent and its head */
            uint32_t a = i, b = i, v = pgn__qm_group_head(&s, comp, i, &a, &b);
            if (b - a > 8) {
                /* a scattered group: the run of cue words around its head */
                for (a = v; a > 0 && comp[a - 1] == i; a--) {}
                for (b = v; b + 1 < n && comp[b + 1] == i; b++) {}
            }
            if (b - a > 8 || !may_head(&s, v)) continue;
            if (overlaps_cue(qs, ids, n_ids, s.tk[a].start, s.tk[b].end)) continue;
            pgn__qs_cue c = {&s, prev, a, b, v, pgn__qm_rule_source(&s, v)};
            size_t nc = pgn__qs_candidates(&c, cand);
            const pgn__qs_cand *pick = &cand[pgn__qs_pick(m, &c, cand, nc)];
            /* When the ranker sees no source the attribution has none
            ** (PolNeAR's Attribution-no-source; on held-out training folds
            ** cue and content recall +0.02 for the same source figures). */
            int32_t src = pick->s == &s ? (int32_t)pick->tok : -1;
            int32_t con = content_of(&s, v, src);
            /* "is AGAINST the plan", "talked ABOUT the economy": the content
            ** is the preposition's object, from the cue to the object's last
            ** dependent on the right (its extent can hold the subject too) */
            int prep = 0;
            if (con < 0 && pgn__deprel_kind(&s.tk[v], "case") && parent[v] > (int32_t)v &&
                parent[v] != src) {
                con = parent[v];
                prep = 1;
            }
            /* "IN a CNN poll, 52 percent said ...", "ahead IN national
            ** polls": the preposition's object is the source; the content is
            ** the clause its phrase modifies, on the far side of the phrase (was:
            ** dropped, source and content being one phrase; held-out training
            ** folds source F1 0.7816 -> 0.7830, cue and content +0.0006) */
            int around = 0;
            if (con < 0 && pgn__deprel_kind(&s.tk[v], "case") && parent[v] == src && src > (int32_t)v &&
                parent[src] >= 0) {
                con = parent[src];
                around = 1;
            }
            if (con < 0) continue;
            uint32_t s_lo = pick->lo, s_hi = pick->hi, c_lo, c_hi;
            pgn__qm_extent(&s, (uint32_t)con, &c_lo, &c_hi);
            if (around) {
                /* the larger side of the clause outside the phrase a .. s_hi */
                uint32_t lo = c_lo, hi = c_hi;
                if (a > lo && (a - lo >= (hi > s_hi ? hi - s_hi : 0))) {
                    c_hi = a - 1;
                } else if (hi > s_hi) {
                    c_lo = s_hi + 1;
                } else {
                    continue;
                }
                while (c_lo < c_hi && pgn__deprel_kind(&s.tk[c_lo], "punct")) c_lo++;
                while (c_hi > c_lo && pgn__deprel_kind(&s.tk[c_hi], "punct")) c_hi--;
            } else if (prep) {
                c_lo = b + 1;
                c_hi = (uint32_t)con;
                for (uint32_t k = (uint32_t)con + 1; k < n; k++) {
                    if (parent[k] != con || pgn__deprel_kind(&s.tk[k], "punct")) continue;
                    uint32_t lo, hi;
                    pgn__qm_extent(&s, k, &lo, &hi);
                    if (hi > c_hi) c_hi = hi;
                }
            } else if (c_lo >= a && c_lo <= b && c_hi > b) {
                c_lo = b + 1;   /* the cue opens the content */
            }
            /* the source, the cue and the content do not overlap */
            if (src >= 0 && s_lo <= b && a <= s_hi) continue;
            if ((c_lo <= b && a <= c_hi) || (src >= 0 && s_lo <= c_hi && c_lo <= s_hi)) continue;
            if (PGN__VEC_RESERVE(doc->arena, *qs)) return PGN_ENOMEM;
            pgn__quote *q = &qs->v[qs->n++];
            memset(q, 0, sizeof *q);
            q->mention = -1;
            if (pick->s)
                pgn__tokens_span(doc, (uint32_t)(pick->s->tk - doc->tokens.v), s_lo, s_hi, &q->speaker);
            pgn__tokens_span(doc, f, a, b, &q->cue);
            pgn__tokens_span(doc, f, c_lo, c_hi, &q->content);
        }
    }
    /* remove the vetoed quotes, keeping the order of the rest */
    size_t w = 0;
    for (size_t r = 0; r < qs->n; r++)
        if (r >= n_rules || !drop[r]) qs->v[w++] = qs->v[r];
    qs->n = w;
    return 0;
}
