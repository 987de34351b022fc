/* src/events/repair_phrase.c -- repairs of one phrase inside a clause.
**
** Unlike the clause repairs (repair.c tries those in turn and applies the
** first that fits), the slips mended here sit inside a noun phrase and
** can come with any other: "will send [up to 20,000 troops]" parsed as a
** particle and a "to" phrase, "rejected claims [by Trump]" with the
** noun's agent hung on the verb.  So each is tried on every sentence, on
** the repair copy of the tokens, before the clause repairs (which then
** read the mended phrase).
*/
#include <string.h>

#include "repair_int.h"

/* Makes s->tok the repair copy tok before it is edited. */
static void own_copy(pgn__sent *s, pgn__token *tok) {
    pgn__repair_copy(s, tok);
    s->tok = tok;
}

static int has_object(const pgn__sent *s, int v) {
    for (int c = 0; c < s->n; c++)
        if (s->head[c] == v && s->tok[c].deprel && strncmp(s->tok[c].deprel, "obj", 3) == 0) return 1;
    return 0;
}

static int passive(const pgn__sent *s, int v) {
    for (int c = 0; c < s->n; c++)
        if (s->head[c] == v && (is(s->tok[c].deprel, "aux:pass") || is(s->tok[c].deprel, "nsubj:pass")))
            return 1;
    return 0;
}

/* "will send [up prt] [to case] 20,000 [troops obl]": "up to" before a
** number is the number's modifier, not a particle and a preposition, and
** the counted noun is the verb's object ("sent =troop to T"). */
int pgn__repair_up_to(pgn__sent *s, pgn__token *tok) {
    int done = 0;
    for (int u = 1; u + 3 < s->n; u++) {
        int v = s->head[u], to = u + 1, num = u + 2, n = s->head[num];
        if (v < 0 || v > u || !is(s->tok[u].lemma, "up") || !is(s->tok[v].upos, "VERB") ||
            !(is(s->tok[u].deprel, "compound:prt") || is(s->tok[u].deprel, "advmod")) ||
            !is(s->tok[to].lemma, "to") || !is(s->tok[to].deprel, "case") || s->head[to] != n ||
            !is(s->tok[num].upos, "NUM") || n <= num || s->head[n] != v || !nominal(&s->tok[n]) ||
            !is(s->tok[n].deprel, "obl") || has_object(s, v))
            continue;
        own_copy(s, tok);
        pgn__repair_attach(s, tok, n, v, "obj");
        pgn__repair_attach(s, tok, u, num, "advmod");
        pgn__repair_attach(s, tok, to, u, "fixed");
        done = 1;
    }
    return done;
}

/* "rejected [claims obj] [by case] US President Donald [Trump obl]": an
** active verb has no "by" agent, so an actor's "by" phrase right after the
** verb's object noun is that noun's agent ("claims by Trump", as "Trump's
** claims"), hung on the noun where the reader looks for it. */
int pgn__repair_by_after_object(pgn__sent *s, pgn__token *tok) {
    int done = 0;
    for (int b = 2; b + 1 < s->n; b++) {
        int o = b - 1, n = s->head[b], v = s->head[o];
        if (!is(s->tok[b].lemma, "by") || !is(s->tok[b].deprel, "case") || n <= b || v < 0 || v >= o ||
            s->head[n] != v || !is(s->tok[n].deprel, "obl") || s->mention[n] < 0 ||
            !is(s->tok[o].deprel, "obj") || !nominal(&s->tok[o]) || !is(s->tok[v].upos, "VERB") ||
            passive(s, v))
            continue;
        own_copy(s, tok);
        pgn__repair_attach(s, tok, n, o, "nmod");
        done = 1;
    }
    return done;
}

/* "Israeli [strikes nsubj] [on mark] [Doha nsubj] [targeting] Hamas
** leaders were condemned": the parser read a noun's place phrase as an
** absolute clause, the noun and the place both subjects of the
** participle after them.  A preposition does not introduce a subject: the
** place is the noun's phrase again, the participle a clause on the noun
** ("strikes on Doha targeting leaders"), and the noun takes the
** participle's place in the sentence (as repair_with_subject mends "with").
** Likewise when the noun is an object and the participle hangs on its
** verb. */
int pgn__repair_place_subject(pgn__sent *s, pgn__token *tok) {
    static const char *const places[] = {"on", "against", "in", "at", "near"};
    int done = 0;
    for (int p = 1; p + 2 < s->n; p++) {
        int v = s->head[p], a = p - 1, n = -1, hit = 0;
        for (size_t k = 0; k < sizeof places / sizeof places[0]; k++) hit |= is(s->tok[p].lemma, places[k]);
        if (!hit || !is(s->tok[p].deprel, "mark") || v <= p + 1 || !is(s->tok[v].upos, "VERB") ||
            !is(s->tok[v].xpos, "VBG") || !nominal(&s->tok[a]))
            continue;
        /* (or, "condemned Israeli [strikes obj] [on mark] Doha [targeting
        ** advcl]", the noun is the object of the verb the participle
        ** hangs on, and keeps its place) */
        int subject = s->head[a] == v && is(s->tok[a].deprel, "nsubj");
        if (!subject && !(s->head[v] >= 0 && s->head[a] == s->head[v] && is(s->tok[v].deprel, "advcl")))
            continue;
        for (int i = p + 1; i < v && n < 0; i++)
            if (s->head[i] == v && is(s->tok[i].deprel, "nsubj") && nominal(&s->tok[i])) n = i;
        if (n < 0) continue;
        own_copy(s, tok);
        if (subject) pgn__repair_attach(s, tok, a, s->head[v], tok[v].deprel);
        if (s->head[a] < 0) tok[a].head = 0;
        for (int i = p + 1; i < n; i++) /* ("the" before the place) */
            if (s->head[i] == v) pgn__repair_attach(s, tok, i, n, tok[i].deprel);
        pgn__repair_attach(s, tok, n, a, "nmod");
        pgn__repair_attach(s, tok, p, n, "case");
        pgn__repair_attach(s, tok, v, a, "acl");
        done = 1;
    }
    return done;
}
