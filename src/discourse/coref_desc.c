/* src/discourse/coref_desc.c -- definite descriptions the KB does not know:
** "the 30-nation alliance" (NATO) and "the two countries" (China and Russia,
** named just before).
**
** In: doc->tokens and doc->mentions (text order) with the kind of each
** mention (coref.c).  Out: new COREF mentions over the descriptions, for
** coref.c to merge into doc->mentions.
**
** Why here and not in the KB: the KB recognises names and titles that say
** who they are by themselves ("the NATO chief" has NATO in it); these
** descriptions say only what kind of actor they are, so only the text
** before them says which one.
**
** The rules:
**  1. An ALLIANCE description is "the", up to two modifiers (lower-case
**     words, or a count "30-nation", "27-member", "30 - nation"), and a head
**     noun: alliance, bloc, grouping, organisation/organization; with a
**     count also coalition, union, group, body, club, pact, partnership.  It
**     is the nearest international organisation (country "IGO") named in
**     the same or earlier sentences, within the lookback of definite
**     descriptions, unless an NGO or a company is named nearer.
**  2. A PAIR description is "the two" or "both" and a plural head.  Heads
**     of states (countries, nations, states, governments, neighbours,
**     powers, capitals, economies) take the last two distinct countries
**     named (by country code; names, seats of power, adjectives "Russian
**     and Chinese", not persons); heads of people (leaders, presidents,
**     ministers, men, women, heads, counterparts) the last two distinct
**     people named (by KB entry; "men" no woman, "women" no man); heads
**     of either (sides, allies, rivals, partners) the last two actors of
**     distinct countries (an international organisation is a side of its
**     own).  Candidates lie in the
**     description's sentence (before it) and up to three sentences back;
**     with fewer than two the description stays unresolved.
**  3. A generic title the KB found in the description ("leaders",
**     "governments": plural, no country) is replaced by it.  A pair becomes
**     two mentions of the description's span, in the text
**     order of their antecedents: the first flagged PGN__MENTION_PAIR.  The
**     events stage (src/events/tree.c) reads a PAIR mention as two actors,
**     like "China and Russia": "the two countries signed a pact" gives an
**     event for each, and a reciprocal verb ("the two sides met") makes
**     each the other's target.
*/
#include <string.h>

#include "discourse/coref.h"
#include "discourse/discourse.h"

#define PAIR_LOOKBACK 3

enum { H_NONE = 0, H_ALLIANCE, H_ALLIANCE_COUNTED, H_STATES, H_PEOPLE, H_ANY };

static int in_list(const char *w, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0) return 1;
    return 0;
}
#define IN(w, list) in_list((w), (list), sizeof(list) / sizeof *(list))

static const char *const ALLIANCE_HEADS[] = {"alliance", "bloc", "grouping", "organisation",
                                             "organization"};
static const char *const COUNTED_HEADS[] = {"coalition", "union", "group", "body", "club",
                                            "pact", "partnership", "community", "forum"};
static const char *const COUNT_NOUNS[] = {"nation", "member", "country", "state", "strong",
                                          "nations", "members", "countries", "states"};
static const char *const STATE_HEADS[] = {"countries", "nations", "states", "governments",
                                          "neighbours", "neighbors", "powers", "capitals",
                                          "economies", "republics"};
static const char *const PEOPLE_HEADS[] = {"leaders", "presidents", "ministers", "men", "women",
                                           "heads", "counterparts", "premiers", "chiefs",
                                           "diplomats", "envoys", "officials"};
/* ("parties" is left out: in news they are mostly political parties) */
static const char *const ANY_HEADS[] = {"sides", "allies", "rivals", "partners",
                                        "adversaries", "foes", "camps", "delegations"};

/* A count modifier in one token: "30-nation", "27-member". */
static int count_token(const char *w) {
    const char *dash = strchr(w, '-');
    if (!dash || dash == w) return 0;
    for (const char *p = w; p < dash; p++)
        if (*p < '0' || *p > '9') return 0;
    return IN(dash + 1, COUNT_NOUNS);
}

static int number(const char *w) {
    if (!*w) return 0;
    for (const char *p = w; *p; p++)
        if (*p < '0' || *p > '9') return 0;
    return 1;
}

static int lower_word(const char *w) {
    if (!*w) return 0;
    for (const char *p = w; *p; p++)
        if ((*p < 'a' || *p > 'z') && *p != '-') return 0;
    return 1;
}

/* A description starting at token t (sentence tokens end before `end`):
** its kind (H_*) and its last token in *last. */
static int description_at(const pgn_doc *doc, uint32_t t, uint32_t end, uint32_t *last) {
    char w[32], x[32];
    pgn__coref_tok_lower(doc, t, w, sizeof w);
    int both = strcmp(w, "both") == 0;
    if (!both && strcmp(w, "the") != 0) return H_NONE;
    uint32_t k = t + 1;
    if (k >= end) return H_NONE;
    pgn__coref_tok_lower(doc, k, x, sizeof x);
    if (both || strcmp(x, "two") == 0) {
        if (!both) k++;
        if (k >= end) return H_NONE;
        pgn__coref_tok_lower(doc, k, x, sizeof x);
        *last = k;
        if (IN(x, STATE_HEADS)) return H_STATES;
        if (IN(x, PEOPLE_HEADS)) return H_PEOPLE;
        if (IN(x, ANY_HEADS)) return H_ANY;
        return H_NONE;
    }
    if (both) return H_NONE;
    int counted = 0;
    for (int mods = 0; k < end && mods <= 2; mods++) {
        pgn__coref_tok_lower(doc, k, x, sizeof x);
        if (mods > 0 || strcmp(x, "the") != 0) {
            if (IN(x, ALLIANCE_HEADS)) {
                *last = k;
                return counted ? H_ALLIANCE_COUNTED : H_ALLIANCE;
            }
            if (counted && IN(x, COUNTED_HEADS)) {
                *last = k;
                return H_ALLIANCE_COUNTED;
            }
        }
        if (mods == 2) break;
        if (count_token(x)) {
            counted = 1;
            k++;
        } else if (number(x) && k + 2 < end) {
            /* "30 - nation" split by the tokenizer */
            char d[8], n[32];
            pgn__coref_tok_lower(doc, k + 1, d, sizeof d);
            pgn__coref_tok_lower(doc, k + 2, n, sizeof n);
            if (strcmp(d, "-") != 0 || !IN(n, COUNT_NOUNS)) return H_NONE;
            counted = 1;
            k += 3;
        } else if (lower_word(x) && doc->text[doc->tokens.v[k].start] >= 'a') {
            k++;
        } else {
            return H_NONE;
        }
    }
    return H_NONE;
}

/* The country a mention stands for as a state ("China", "Beijing",
** "Russian"), or NULL for a person, an IGO or an actor with no country. */
static const char *state_of(const pgn__mention *m, int kind) {
    if (!m->country || strlen(m->country) != 3 || kind == PGN__K_PERSON || kind == PGN__K_GROUP)
        return NULL;
    if (strcmp(m->country, "IGO") == 0 || strcmp(m->country, "NGO") == 0 ||
        strcmp(m->country, "MNC") == 0)
        return NULL;
    return m->country;
}

/* Is mention j (kind kj, gender gj) a candidate for a pair of type h
** (head word `head`), and what makes it distinct from another (its key)? */
static const char *pair_key(const pgn__mention *m, int kj, int gj, int h, const char *head) {
    switch (h) {
    case H_STATES: return state_of(m, kj);
    case H_PEOPLE:
        /* named people, not a generic title ("the president", "a reporter") */
        if (kj != PGN__K_PERSON || m->how == PGN__MENTION_TITLE || !m->entry) return NULL;
        if ((strcmp(head, "men") == 0 && gj == PGN__G_FEMALE) ||
            (strcmp(head, "women") == 0 && gj == PGN__G_MALE))
            return NULL;
        return m->entry;
    default:
        /* one key per side: "China", "Beijing" and "Xi Jinping" are one;
        ** an international actor is its own; a generic title
        ** ("officials", no country) is no side */
        if (!m->country || kj == PGN__K_NONE)
            return m->how == PGN__MENTION_ADJECTIVE ? state_of(m, PGN__K_ORG) : NULL;
        if (strcmp(m->country, "IGO") == 0 || strcmp(m->country, "NGO") == 0 ||
            strcmp(m->country, "MNC") == 0)
            return m->code;
        return m->country;
    }
}

/* The mention an old one stands for: its antecedent when it is a COREF. */
static int32_t root_of(const pgn_doc *doc, int32_t j) {
    const pgn__mention *m = &doc->mentions.v[j];
    return m->how == PGN__MENTION_COREF && m->antecedent >= 0 ? m->antecedent : j;
}

static void make(pgn__mention *out, const pgn_doc *doc, const pgn__mention *a, int32_t root,
                 uint32_t s, uint32_t first, uint32_t last) {
    *out = *a;
    out->sentence = s;
    out->first = first;
    out->last = last + 1;
    out->start = doc->tokens.v[first].start;
    out->end = doc->tokens.v[last].end;
    out->how = PGN__MENTION_COREF;
    out->antecedent = root;
    out->flags &= ~(PGN__MENTION_LOCAL | PGN__MENTION_PAIR);
}

int pgn__coref_descriptions(pgn_doc *doc, const int *kind, const int *gender, uint32_t lookback,
                            pgn__mention **out, size_t *n_out) {
    PGN__VEC(pgn__mention) add = {0};
    pgn__mention *ms = doc->mentions.v;
    size_t n = doc->mentions.n, next = 0;
    *out = NULL;
    *n_out = 0;
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        const pgn__sentence *se = &doc->sentences.v[s];
        uint32_t end = se->first + se->n_tokens;
        for (uint32_t t = se->first; t < end; t++) {
            const pgn__token *tk = &doc->tokens.v[t];
            /* cheap filter: every description opens with "the" or "both" */
            int c0 = doc->text[tk->start] | 0x20;
            if ((c0 != 't' && c0 != 'b') || tk->end - tk->start > 4) continue;
            uint32_t last;
            int h = description_at(doc, t, end, &last);
            if (h == H_NONE) continue;
            while (next < n && ms[next].end <= tk->start) next++;
            /* A mention inside it ("the NATO alliance") says who it is;
            ** a generic title, plural with no country ("leaders",
            ** "governments"), is what the description replaces. */
            pgn__mention *generic = NULL;
            if (next < n && ms[next].start < doc->tokens.v[last].end) {
                pgn__mention *g = &ms[next];
                if (g->how != PGN__MENTION_TITLE || g->country || g->last != last + 1 ||
                    (next + 1 < n && ms[next + 1].start < doc->tokens.v[last].end))
                    continue;
                generic = g;
            }
            if (h == H_ALLIANCE || h == H_ALLIANCE_COUNTED) {
                for (size_t j = next; j-- > 0;) {
                    if (s - ms[j].sentence > lookback) break;
                    int32_t r = root_of(doc, (int32_t)j);
                    const pgn__mention *a = &ms[r];
                    /* the nearest international actor decides: an NGO or
                    ** a company named since ("Amnesty ... the
                    ** organisation") is no IGO's antecedent */
                    if (!a->country || a->how == PGN__MENTION_ADJECTIVE ||
                        kind[r] == PGN__K_PERSON ||
                        (strcmp(a->country, "IGO") != 0 && strcmp(a->country, "NGO") != 0 &&
                         strcmp(a->country, "MNC") != 0))
                        continue;
                    if (strcmp(a->country, "IGO") != 0) break;
                    if (generic) {
                        make(generic, doc, a, r, s, t, last);
                        break;
                    }
                    if (PGN__VEC_RESERVE(doc->arena, add)) return PGN_ENOMEM;
                    make(&add.v[add.n++], doc, a, r, s, t, last);
                    break;
                }
            } else {
                char head[16];
                pgn__coref_tok_lower(doc, last, head, sizeof head);
                int32_t pick[2];
                const char *key[2];
                int got = 0;
                for (size_t j = next; j-- > 0 && got < 2;) {
                    if (s - ms[j].sentence > PAIR_LOOKBACK) break;
                    int32_t r = root_of(doc, (int32_t)j);
                    const char *k = pair_key(&ms[j], kind[r], gender[r], h, head);
                    if (!k || (got == 1 && strcmp(k, key[0]) == 0)) continue;
                    pick[got] = r;
                    key[got++] = k;
                }
                if (got < 2) continue;
                /* text order: the earlier antecedent first */
                int32_t a = pick[1], b = pick[0];
                pgn__mention *first = generic;
                if (!first) {
                    if (PGN__VEC_RESERVE(doc->arena, add)) return PGN_ENOMEM;
                    first = &add.v[add.n++];
                }
                make(first, doc, &ms[a], a, s, t, last);
                first->flags |= PGN__MENTION_PAIR;
                if (PGN__VEC_RESERVE(doc->arena, add)) return PGN_ENOMEM;
                make(&add.v[add.n++], doc, &ms[b], b, s, t, last);
            }
            t = last;
        }
    }
    *out = add.v;
    *n_out = add.n;
    return 0;
}
