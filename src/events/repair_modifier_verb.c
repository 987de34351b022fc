/* src/events/repair_modifier_verb.c -- repairs of a verb parsed as a modifier.
**
** A news sentence opening "Pakistani police arrested Imran Khan" or
** "Turkey hosted Russian negotiators" is at times parsed as a noun phrase:
** the noun is the root and the verb a participle modifying it ("police
** [arrested acl]", "[hosted amod] negotiators"), so the clause has no
** predicate and no subject and codes no event.  The repairs here make the
** modifying verb the clause's predicate again, with its subject and
** object (and, for a finite verb with no subject, hang the actor before it
** as its subject).  repair_clause in repair.c tries them and mends the
** plainest case itself.
*/
#include <string.h>

#include "repair_int.h"

/* "[Norway advmod] pledged $50 million": a finite root verb with no
** subject, and an actor before it hung on it as a modifier: the actor is
** the subject the tagger missed. */
int pgn__repair_subject(pgn__sent *s, pgn__token *tok, int root) {
    if (!finite_verb(&s->tok[root]) || !is(s->tok[root].upos, "VERB")) return 0;
    for (int c = 0; c < s->n; c++)
        if (s->head[c] == root && s->tok[c].deprel &&
            (strncmp(s->tok[c].deprel, "nsubj", 5) == 0 ||
             strncmp(s->tok[c].deprel, "csubj", 5) == 0 || is(s->tok[c].deprel, "expl")))
            return 0;
    for (int c = 0; c < root; c++) {
        if (s->head[c] != root || s->mention[c] < 0) continue;
        if (!(is(s->tok[c].deprel, "advmod") || is(s->tok[c].deprel, "compound") ||
              is(s->tok[c].deprel, "dep") || is(s->tok[c].deprel, "obl:npmod")))
            continue;
        pgn__repair_copy(s, tok);
        tok[c].deprel = "nsubj";
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "Iranian police [fired amod] tear [gas nmod/conj]": a past verb (or
** participle: the tagger says either)
** right after the noun root, hung as a modifier on a later noun that
** itself hangs on the root, with no other finite verb in the sentence.
** The verb becomes the root, the noun root its subject, the later noun its
** object; what hung on the old root after the verb hangs on the verb. */
int pgn__repair_amod_verb(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    int v = r + 1, o = v < s->n && r >= 0 ? s->head[v] : -1;
    if (r < 0 || !nominal(&s->tok[r]) || v >= s->n || !is(s->tok[v].upos, "VERB") ||
        !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")) ||
        !is(s->tok[v].deprel, "amod") || o <= v ||
        !nominal(&s->tok[o]) || !pgn__repair_under_root_after(s, o, r, v) || pgn__repair_has_case(s, o))
        return 0;
    if (pgn__repair_main_finite_verb(s, v)) return 0;
    pgn__repair_copy(s, tok);
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    pgn__repair_attach(s, tok, r, v, "nsubj");
    pgn__repair_attach(s, tok, o, v, "obj");
    for (int i = v + 1; i < s->n; i++)
        if (i != o && s->head[i] == r) pgn__repair_attach(s, tok, i, v, tok[i].deprel);
    s->tok = tok;
    return 1;
}

/* "[Malian soldiers nsubj] [executed amod] [civilians root] in the village
** of Moura, a UN report [said dep]": a past verb with its own subject before
** it, hung as a modifier on the noun root after it ("executed civilians"
** read as a noun phrase).  The verb becomes the root and the noun its
** object; a place phrase on the noun ("in", "near", "at") becomes the
** verb's, and a trailing "X said" stays a clause of its own (the only
** other finite verb allowed). */
int pgn__repair_subject_amod_verb(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 1 || !nominal(&s->tok[r])) return 0;
    int v = -1, n = -1;
    for (int i = 0; i < r; i++)
        if (s->head[i] == r && is(s->tok[i].deprel, "amod") && is(s->tok[i].upos, "VERB") &&
            (is(s->tok[i].xpos, "VBD") || is(s->tok[i].xpos, "VBN")))
            v = i;
    for (int i = 0; v >= 0 && i < v; i++)
        if (s->head[i] == v && is(s->tok[i].deprel, "nsubj") && nominal(&s->tok[i])) n = i;
    if (n < 0) return 0;
    int said = -1;
    for (int i = r + 1; i < s->n; i++)
        if (s->head[i] == r && (is(s->tok[i].deprel, "dep") || is(s->tok[i].deprel, "parataxis")) &&
            finite_verb(&s->tok[i]))
            said = i;
    if (pgn__repair_main_finite_verb_but(s, v, said)) return 0;
    pgn__repair_copy(s, tok);
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    pgn__repair_attach(s, tok, r, v, "obj");
    for (int i = r + 1; i < s->n; i++) {
        if (s->head[i] != r) continue;
        const char *cs = NULL;
        for (int d = i - 1; d > r && !cs; d--)
            if (s->head[d] == i && is(s->tok[d].deprel, "case")) cs = s->tok[d].lemma;
        if (i == said) pgn__repair_attach(s, tok, i, v, "parataxis");
        else if (is(s->tok[i].deprel, "nmod") && cs &&
                 (!strcmp(cs, "in") || !strcmp(cs, "near") || !strcmp(cs, "at")))
            pgn__repair_attach(s, tok, i, v, "obl");
        else if (is(s->tok[i].deprel, "punct"))
            pgn__repair_attach(s, tok, i, v, "punct");
    }
    s->tok = tok;
    return 1;
}

/* "Pakistani [jets nsubj] [struck acl] [suspected root] militant
** [hideouts obj]", "police [arrested acl] [suspected root] gang members":
** "suspected" or "alleged" before the object taken for the verb, the verb
** for a participle on the subject.  The participle becomes the root, with
** the subject, the object and the old root's other phrases; "suspected"
** goes back to modifying the object. */
int pgn__repair_suspected_object(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 2 || !(pgn__lemma_is(&s->tok[r], "suspect") || pgn__lemma_is(&s->tok[r], "allege")) ||
        !is(s->tok[r].xpos, "VBN"))
        return 0;
    int v = r - 1, n = s->head[v], o = -1;
    if (n < 0 || s->head[n] != r || !is(s->tok[n].deprel, "nsubj") || !nominal(&s->tok[n]) ||
        !is(s->tok[v].deprel, "acl") || !is(s->tok[v].upos, "VERB") ||
        !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")))
        return 0;
    for (int i = 0; i < s->n; i++) {
        if (s->head[i] != r) continue;
        if (is(s->tok[i].deprel, "aux") || is(s->tok[i].deprel, "aux:pass")) return 0;
        if (o < 0 && i > r && is(s->tok[i].deprel, "obj") && nominal(&s->tok[i])) o = i;
    }
    if (o < 0) return 0;
    pgn__repair_copy(s, tok);
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    for (int i = 0; i < s->n; i++)
        if (i != v && s->head[i] == r) pgn__repair_attach(s, tok, i, v, tok[i].deprel);
    pgn__repair_attach(s, tok, r, o, "amod");
    s->tok = tok;
    return 1;
}

/* "[Jordanian root] and French [planes conj] [dropped amod] food parcels":
** a subject opening with coordinated nationality adjectives, parsed with
** the first adjective as the root, the noun a conjunct of it and the verb
** a modifier of its object.  The verb becomes the root, the noun its
** subject (the adjectives coordinated on it, as in "Chinese and Indian
** troops clashed"), the modified noun its object; what followed the verb
** on the old root or the subject noun hangs on the verb. */
int pgn__repair_adjective_list_root(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 0 || !is(s->tok[r].upos, "ADJ") || s->mention[r] < 0) return 0;
    int n = -1;
    for (int i = r + 1; i + 1 < s->n && n < 0; i++)
        if (s->head[i] == r && is(s->tok[i].deprel, "conj") && nominal(&s->tok[i])) n = i;
    int v = n + 1, o = n >= 0 && v < s->n ? s->head[v] : -1;
    if (n < 0 || v >= s->n || !is(s->tok[v].upos, "VERB") ||
        !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")) ||
        !is(s->tok[v].deprel, "amod") || o <= v || !nominal(&s->tok[o]) ||
        (s->head[o] != r && s->head[o] != n) || pgn__repair_has_case(s, o))
        return 0;
    for (int i = 0; i < s->n; i++)
        if (i != v && finite_verb(&s->tok[i]) && !is(s->tok[i].deprel, "acl")) return 0;
    int second = -1, cc = -1; /* "French", "and" */
    for (int i = r + 1; i < n; i++) {
        if (s->head[i] == n && is(s->tok[i].upos, "ADJ") && s->mention[i] >= 0) second = i;
        if ((s->head[i] == n || s->head[i] == r) && is(s->tok[i].deprel, "cc")) cc = i;
    }
    pgn__repair_verb_as_root(s, tok, v);
    pgn__repair_attach(s, tok, n, v, "nsubj");
    pgn__repair_attach(s, tok, r, n, "amod");
    if (second >= 0) pgn__repair_attach(s, tok, second, r, "conj");
    if (second >= 0 && cc >= 0 && cc < second) pgn__repair_attach(s, tok, cc, second, "cc");
    pgn__repair_attach(s, tok, o, v, "obj");
    for (int i = v + 1; i < s->n; i++)
        if (i != o && (s->head[i] == r || s->head[i] == n))
            pgn__repair_attach(s, tok, i, v, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
    s->tok = tok;
    return 1;
}

/* "[The European Union nsubj] [banned amod] [imports appos] of Russian
** diamonds [as part root] of a package": a past verb (or participle) right
** after an actor's name, hung as a modifier on the noun after it, in a
** sentence with no predicate: the verb is the predicate, the name its
** subject, the noun its object.  (On the root noun itself, "[Turkey]
** [hosted amod] Russian [negotiators root]", repair_clause's own case.) */
int pgn__repair_amod_after_name(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    for (int v = 1; r >= 0 && v + 1 < s->n; v++) {
        int n = v - 1, o = s->head[v];
        if (!is(s->tok[v].upos, "VERB") || !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")) ||
            !is(s->tok[v].deprel, "amod") || s->mention[v] >= 0 || s->mention[n] < 0 || o == r ||
            !nominal(&s->tok[n]) || pgn__repair_has_case(s, n) || o <= v || !nominal(&s->tok[o]) ||
            pgn__repair_has_case(s, o) || s->mention[o] >= 0 || pgn__repair_main_finite_verb(s, v) ||
            !pgn__repair_lexicon_verb(s, v))
            continue;
        pgn__repair_make_clause(s, tok, r, v, n, o);
        return 1;
    }
    return 0;
}
